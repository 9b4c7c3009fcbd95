// SPDX-License-Identifier: MIT
#include "io/csvreportwriter.h"

#include "store/storereader.h"

namespace evalbench {

CsvReportWriter::CsvReportWriter(const StoreReader& reader, RunRecord run)
    : m_reader(reader)
    , m_run(std::move(run))
    , m_annotations(reader.annotations(m_run.id))
{ }

QByteArray CsvReportWriter::escape(const QString& field)
{
    QByteArray utf8 = field.toUtf8();
    const bool needsQuotes = utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r');
    if (!needsQuotes)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

QString CsvReportWriter::begin(QIODevice& out) const
{
    QByteArray header = "\xEF\xBB\xBFid,question,answer,ground_truth,weighted_score";
    for (const QString& metric : m_run.settings.metrics)
        header += ',' + escape(metric);
    header += ",skipped_metrics,errors";
    // Only runs someone annotated get the human columns, so other files keep their shape.
    if (!m_annotations.isEmpty())
        header += ",human_score,human_label,human_comment";
    header += "\r\n";
    return out.write(header) == header.size() ? QString() : out.errorString();
}

QString CsvReportWriter::add(QIODevice& out, const StoredSample& stored) const
{
    const QByteArray line = row(stored);
    return out.write(line) == line.size() ? QString() : out.errorString();
}

QByteArray CsvReportWriter::row(const StoredSample& stored) const
{
    const auto number = [](double value) { return QByteArray::number(value, 'g', 10); };
    const Sample& sample = stored.sample;
    QByteArray row = escape(sample.id) + ',' + escape(sample.question) + ',' + escape(sample.answer.value_or(QString()))
        + ',' + escape(sample.groundTruth.value_or(QString())) + ','
        + (stored.weightedScore ? number(*stored.weightedScore) : QByteArray());
    QStringList skipped;
    QStringList errors;
    for (const QString& metric : m_run.settings.metrics) {
        row += ',';
        const MetricScore* score = stored.score(metric);
        if (!score)
            continue;
        if (score->hasValue())
            row += number(score->value);
        else if (score->status == ScoreStatus::Skipped)
            skipped.append(metric);
        else
            errors.append(metric + QStringLiteral(": ") + score->reason);
    }
    row += ',' + escape(skipped.join(QLatin1Char(' '))) + ',' + escape(errors.join(QStringLiteral("; ")));
    if (!m_annotations.isEmpty()) {
        const SampleAnnotation* human = findAnnotation(m_annotations.value(stored.index), QString());
        row += ',';
        if (human && human->score)
            row += number(*human->score);
        row +=
            ',' + (human ? escape(human->label) : QByteArray()) + ',' + (human ? escape(human->comment) : QByteArray());
    }
    row += "\r\n";
    return row;
}

QString CsvReportWriter::write(QIODevice& out) const
{
    if (QString error = begin(out); !error.isEmpty())
        return error;
    QString error;
    m_reader.forEachSample(m_run.id, [&](const StoredSample& sample) {
        error = add(out, sample);
        return error.isEmpty();
    });
    return error;
}

} // namespace evalbench

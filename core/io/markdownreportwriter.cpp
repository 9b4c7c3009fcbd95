// SPDX-License-Identifier: MIT
#include "io/markdownreportwriter.h"

#include "io/annotationmarkdown.h"
#include "store/storereader.h"

#include <QLocale>

namespace evalbench {

namespace {
constexpr int kWeakestSamples = 5;

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QStringLiteral("—");
}
} // namespace

MarkdownReportWriter::MarkdownReportWriter(const StoreReader& reader, RunRecord run, QString advice)
    : m_reader(reader)
    , m_run(std::move(run))
    , m_advice(std::move(advice))
{ }

QString MarkdownReportWriter::cell(const QString& text, int maxLength)
{
    QString flat = text.simplified();
    if (flat.size() > maxLength)
        flat = flat.left(maxLength - 1) + QChar(0x2026);
    flat.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return flat.isEmpty() ? QStringLiteral("—") : flat;
}

QString MarkdownReportWriter::number(double value)
{
    return QString::number(value, 'f', 4);
}

QString MarkdownReportWriter::render() const
{
    QString md;
    md += QStringLiteral("# EvalBench report: %1\n\n").arg(cell(m_run.name, 200));
    md += QStringLiteral("| Setting | Value |\n|---|---|\n");
    md += QStringLiteral("| Run id | `%1` |\n").arg(m_run.id);
    md += QStringLiteral("| Status | %1 |\n").arg(runStatusName(m_run.status));
    if (!m_run.datasetPath.isEmpty())
        md += QStringLiteral("| Dataset | `%1` |\n").arg(cell(m_run.datasetPath, 300));
    md += QStringLiteral("| Created | %1 |\n| Finished | %2 |\n")
              .arg(timeText(m_run.createdAt), timeText(m_run.finishedAt));
    md += QStringLiteral("| Samples | %1 (scored %2) |\n").arg(m_run.sampleCount).arg(m_run.scoredCount);
    md += QStringLiteral("| Semantics | %1 |\n")
              .arg(m_run.settings.ragasCompat ? QStringLiteral("ragas-compat") : QStringLiteral("evalbench-1"));
    md +=
        QStringLiteral("| Judge | %1 |\n")
            .arg(m_run.settings.judge.isEmpty() ? QStringLiteral("none (offline metrics)")
                                                : cell(m_run.settings.judge.value(QStringLiteral("model")).toString()));
    if (const std::optional<QJsonObject> usage = m_reader.runJudgeUsage(m_run.id)) {
        const auto count = [&usage](const char* key) { return usage->value(QLatin1String(key)).toInteger(); };
        md += QStringLiteral("| Judge calls | %1 chat, %2 embedding, %3 from the cache; %4 + %5 tokens; cost %6 |\n")
                  .arg(count("chat_calls"))
                  .arg(count("embedding_calls"))
                  .arg(count("cache_hits"))
                  .arg(count("prompt_tokens"))
                  .arg(count("completion_tokens"))
                  .arg(usage->value(QStringLiteral("cost")).toDouble(), 0, 'f', 4);
    }
    md += QStringLiteral("| Weighted score | **%1** |\n\n")
              .arg(m_run.weightedScore ? number(*m_run.weightedScore) : QStringLiteral("—"));
    if (!m_run.error.isEmpty())
        md += QStringLiteral("> **Note:** %1\n\n").arg(m_run.error.simplified());

    md += QStringLiteral("## Metrics\n\n| Metric | Weight | Mean | Min | Max | Scored | Skipped | NaN |\n"
                         "|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const QString& metric : m_run.settings.metrics) {
        const MetricSummary s = m_run.summary.value(metric);
        const bool any = s.scored > 0;
        md += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(metric, QString::number(m_run.settings.weightOf(metric)),
                      any ? QStringLiteral("**%1**").arg(number(s.mean)) : QStringLiteral("—"),
                      any ? number(s.min) : QStringLiteral("—"), any ? number(s.max) : QStringLiteral("—"))
                  .arg(s.scored)
                  .arg(s.skipped)
                  .arg(s.nan);
    }

    const QList<StoredSample> weakest = m_reader.weakestSamples(m_run.id, kWeakestSamples);
    if (!weakest.isEmpty()) {
        md += QStringLiteral("\n## Weakest samples\n\n| Id | Question | Answer | Weighted | Lowest metric |\n"
                             "|---|---|---|---:|---|\n");
        for (const StoredSample& sample : weakest) {
            const MetricScore* lowest = nullptr;
            for (const MetricScore& score : sample.scores) {
                if (score.hasValue() && (!lowest || score.value < lowest->value))
                    lowest = &score;
            }
            md += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 |\n")
                      .arg(cell(sample.sample.id, 40), cell(sample.sample.question, 80),
                          cell(sample.sample.answer.value_or(QString()), 80),
                          sample.weightedScore ? number(*sample.weightedScore) : QStringLiteral("—"),
                          lowest ? QStringLiteral("`%1` %2").arg(lowest->metric, number(lowest->value))
                                 : QStringLiteral("—"));
        }
    }

    md += AnnotationMarkdown::render(m_reader, m_run);

    md += QStringLiteral("\n## Advice\n\n");
    QString advice = m_advice.trimmed();
    // The advice file has its own title; inside this report it is a section.
    if (advice.startsWith(QLatin1String("# ")))
        advice = advice.mid(advice.indexOf(QLatin1Char('\n')) + 1).trimmed();
    // ...and its headings move one level down, under "## Advice".
    QStringList lines = advice.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        if (line.startsWith(QLatin1Char('#')))
            line.prepend(QLatin1Char('#'));
    }
    md += lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    md += QStringLiteral("\n---\nGenerated by EvalBench %1.\n").arg(QStringLiteral(EVALBENCH_VERSION));
    return md;
}

} // namespace evalbench

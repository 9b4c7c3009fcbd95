// SPDX-License-Identifier: MIT
#include "io/mlreportwriter.h"

#include "io/markdownreportwriter.h"
#include "io/reportjson.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace evalbench {

namespace {

// Confusion matrices wider than this are left out of Markdown (unreadable), not of JSON.
constexpr int kMarkdownConfusionLimit = 20;

// Counts print as integers, scores with four decimals, null as a dash.
QString value(const QJsonValue& v, bool count = false)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isString())
        return MarkdownReportWriter::cell(v.toString());
    if (count)
        return QString::number(v.toInteger());
    return QString::number(v.toDouble(), 'f', 4);
}

QString count(const QJsonValue& v)
{
    return value(v, true);
}

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QString csvNumber(const QJsonValue& v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest); // round-trips, no noise digits
    if (v.isString())
        return csvField(v.toString());
    return {};
}

const char* const kCocoDescriptions[] = {
    "AP @[ IoU=0.50:0.95 | area=all | maxDets=100 ]",
    "AP @[ IoU=0.50 | area=all | maxDets=100 ]",
    "AP @[ IoU=0.75 | area=all | maxDets=100 ]",
    "AP @[ IoU=0.50:0.95 | area=small | maxDets=100 ]",
    "AP @[ IoU=0.50:0.95 | area=medium | maxDets=100 ]",
    "AP @[ IoU=0.50:0.95 | area=large | maxDets=100 ]",
    "AR @[ IoU=0.50:0.95 | area=all | maxDets=1 ]",
    "AR @[ IoU=0.50:0.95 | area=all | maxDets=10 ]",
    "AR @[ IoU=0.50:0.95 | area=all | maxDets=100 ]",
    "AR @[ IoU=0.50:0.95 | area=small | maxDets=100 ]",
    "AR @[ IoU=0.50:0.95 | area=medium | maxDets=100 ]",
    "AR @[ IoU=0.50:0.95 | area=large | maxDets=100 ]",
};

QString perClassMarkdown(const QJsonObject& details)
{
    QString md = QStringLiteral("## Per class\n\n| label | precision | recall | F1 | support | TP | FP | FN |\n"
                                "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (const QJsonValue& row : details.value(QStringLiteral("per_class")).toArray()) {
        const QJsonObject c = row.toObject();
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
                  .arg(MarkdownReportWriter::cell(c.value(QStringLiteral("label")).toString()),
                      value(c.value(QStringLiteral("precision"))), value(c.value(QStringLiteral("recall"))),
                      value(c.value(QStringLiteral("f1"))), count(c.value(QStringLiteral("support"))),
                      count(c.value(QStringLiteral("tp"))), count(c.value(QStringLiteral("fp"))),
                      count(c.value(QStringLiteral("fn"))));
    }
    const QJsonArray labels = details.value(QStringLiteral("labels")).toArray();
    const QJsonArray matrix = details.value(QStringLiteral("confusion_matrix")).toArray();
    if (matrix.isEmpty() || labels.size() > kMarkdownConfusionLimit)
        return md + QLatin1Char('\n');
    md += QStringLiteral(
        "\n## Confusion matrix\n\nRows are true labels, columns predicted ones.\n\n| true \\ predicted |");
    QString rule = QStringLiteral("| --- |");
    for (const QJsonValue& label : labels) {
        md += QLatin1Char(' ') + MarkdownReportWriter::cell(label.toString(), 24) + QStringLiteral(" |");
        rule += QStringLiteral(" ---: |");
    }
    md += QLatin1Char('\n') + rule + QLatin1Char('\n');
    for (qsizetype t = 0; t < matrix.size(); ++t) {
        md += QStringLiteral("| ") + MarkdownReportWriter::cell(labels.at(t).toString(), 24) + QStringLiteral(" |");
        for (const QJsonValue& cell : matrix.at(t).toArray())
            md += QLatin1Char(' ') + count(cell) + QStringLiteral(" |");
        md += QLatin1Char('\n');
    }
    return md + QLatin1Char('\n');
}

QString detectionMarkdown(const QJsonObject& details)
{
    QString md = QStringLiteral("## COCO bbox evaluation\n\n| stat | | value |\n| --- | --- | ---: |\n");
    const QJsonArray names = details.value(QStringLiteral("coco_stat_names")).toArray();
    const QJsonArray stats = details.value(QStringLiteral("coco_stats")).toArray();
    for (qsizetype i = 0; i < names.size() && i < qsizetype(std::size(kCocoDescriptions)); ++i) {
        const double v = stats.at(i).toDouble(-1);
        md += QStringLiteral("| %1 | %2 | %3 |\n")
                  .arg(names.at(i).toString(), QString::fromLatin1(kCocoDescriptions[i]),
                      v < 0 ? QStringLiteral("— (no ground truth)") : QString::number(v, 'f', 4));
    }
    md += QStringLiteral("\n## Per category\n\n| id | category | GT boxes | detections | AP | AP50 | AP75 | AR100 | "
                         "VOC AP@%1 |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
              .arg(details.value(QStringLiteral("voc_iou_threshold")).toDouble(0.5));
    for (const QJsonValue& row : details.value(QStringLiteral("per_category")).toArray()) {
        const QJsonObject c = row.toObject();
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 |\n")
                  .arg(count(c.value(QStringLiteral("category_id"))),
                      MarkdownReportWriter::cell(c.value(QStringLiteral("name")).toString()),
                      count(c.value(QStringLiteral("gt_count"))), count(c.value(QStringLiteral("det_count"))),
                      value(c.value(QStringLiteral("ap"))), value(c.value(QStringLiteral("ap50"))),
                      value(c.value(QStringLiteral("ap75"))), value(c.value(QStringLiteral("ar100"))),
                      value(c.value(QStringLiteral("voc_ap"))));
    }
    return md + QLatin1Char('\n');
}

} // namespace

MlReportWriter::MlReportWriter(RunRecord run, QJsonObject result, QString advice)
    : m_run(std::move(run))
    , m_result(std::move(result))
    , m_advice(std::move(advice))
{ }

QString MlReportWriter::taskType() const
{
    return m_result.value(QStringLiteral("details")).toObject().value(QStringLiteral("task_type")).toString();
}

QString MlReportWriter::markdown() const
{
    const QJsonObject summary = m_result.value(QStringLiteral("summary")).toObject();
    const QJsonObject versioning = m_result.value(QStringLiteral("versioning")).toObject();
    const QJsonObject details = m_result.value(QStringLiteral("details")).toObject();
    QString md = QStringLiteral("# %1\n\n| | |\n| --- | --- |\n").arg(m_run.name);
    auto row = [&md](const QString& key, const QString& text) {
        md += QStringLiteral("| %1 | %2 |\n").arg(key, MarkdownReportWriter::cell(text, 200));
    };
    row(QStringLiteral("Run"), m_run.id);
    row(QStringLiteral("Kind"),
        QStringLiteral("ML scoring") + (taskType().isEmpty() ? QString() : QStringLiteral(" (%1)").arg(taskType())));
    row(QStringLiteral("Scorer"),
        QStringLiteral("%1 %2").arg(
            versioning.value(QStringLiteral("scorer")).toString(m_run.settings.metrics.value(0)),
            versioning.value(QStringLiteral("version")).toString()));
    row(QStringLiteral("Workspace"), m_run.datasetPath);
    row(QStringLiteral("Status"), runStatusName(m_run.status));
    row(QStringLiteral("Created"), m_run.createdAt.toUTC().toString(Qt::ISODate));
    if (m_run.finishedAt.isValid())
        row(QStringLiteral("Finished"), m_run.finishedAt.toUTC().toString(Qt::ISODate));
    row(QStringLiteral("Samples"), QString::number(m_run.sampleCount));
    md += QLatin1Char('\n');

    if (m_result.value(QStringLiteral("status")).toString() == QLatin1String("error")) {
        const QJsonObject error = m_result.value(QStringLiteral("error")).toObject();
        md += QStringLiteral("## Error\n\n`%1` (%2): %3\n\n")
                  .arg(error.value(QStringLiteral("code")).toString(), error.value(QStringLiteral("stage")).toString(),
                      error.value(QStringLiteral("message")).toString());
        return md;
    }

    const QString primary = summary.value(QStringLiteral("primary_metric")).toString();
    md +=
        QStringLiteral("## Result\n\n**%1 = %2**")
            .arg(primary.isEmpty() ? QStringLiteral("score") : primary, value(summary.value(QStringLiteral("score"))));
    if (summary.contains(QStringLiteral("pass")))
        md += QStringLiteral(" — %1 (threshold %2)")
                  .arg(summary.value(QStringLiteral("pass")).toBool() ? QStringLiteral("pass") : QStringLiteral("fail"),
                      value(summary.value(QStringLiteral("pass_threshold"))));
    md += QStringLiteral("\n\n## Metrics\n\n| metric | value |\n| --- | ---: |\n");
    const QJsonObject metrics = m_result.value(QStringLiteral("metrics")).toObject();
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        md += QStringLiteral("| %1 | %2 |\n")
                  .arg(MarkdownReportWriter::cell(it.key()),
                      value(it.value(), it.key().startsWith(QLatin1String("num_"))));
    md += QLatin1Char('\n');

    if (details.contains(QStringLiteral("per_class")))
        md += perClassMarkdown(details);
    if (details.contains(QStringLiteral("coco_stats")))
        md += detectionMarkdown(details);

    const QJsonArray warnings = m_result.value(QStringLiteral("warnings")).toArray();
    if (!warnings.isEmpty()) {
        md += QStringLiteral("## Warnings\n\n");
        for (const QJsonValue& w : warnings)
            md += QStringLiteral("- %1\n").arg(w.toObject().value(QStringLiteral("message")).toString());
        md += QLatin1Char('\n');
    }
    if (!m_advice.isEmpty()) {
        // The advice file has its own title; nest it under this report's section.
        QString advice = m_advice;
        advice.replace(
            QRegularExpression(QStringLiteral("^#"), QRegularExpression::MultilineOption), QStringLiteral("##"));
        md += QStringLiteral("## Advice\n\n") + advice.section(QLatin1Char('\n'), 1).trimmed() + QLatin1Char('\n');
    }
    return md;
}

QJsonObject MlReportWriter::json() const
{
    return QJsonObject {
        { QStringLiteral("schema"), QString::fromLatin1(reportjson::kSchema) },
        { QStringLiteral("run"), reportjson::run(m_run) },
        { QStringLiteral("summary"), reportjson::summary(m_run) },
        { QStringLiteral("samples"), QJsonArray() },
        { QStringLiteral("result"), m_result },
        { QStringLiteral("advice"), m_advice },
    };
}

QByteArray MlReportWriter::csv() const
{
    const QJsonObject details = m_result.value(QStringLiteral("details")).toObject();
    QString out;
    if (details.contains(QStringLiteral("per_class"))) {
        out = QStringLiteral("label,precision,recall,f1,support,tp,fp,fn\n");
        for (const QJsonValue& row : details.value(QStringLiteral("per_class")).toArray()) {
            const QJsonObject c = row.toObject();
            out += csvField(c.value(QStringLiteral("label")).toString());
            for (const char* key : { "precision", "recall", "f1", "support", "tp", "fp", "fn" })
                out += QLatin1Char(',') + csvNumber(c.value(QLatin1String(key)));
            out += QLatin1Char('\n');
        }
    } else if (details.contains(QStringLiteral("per_category"))) {
        out = QStringLiteral("category_id,name,gt_count,det_count,ap,ap50,ap75,ar100,voc_ap\n");
        for (const QJsonValue& row : details.value(QStringLiteral("per_category")).toArray()) {
            const QJsonObject c = row.toObject();
            out += csvNumber(c.value(QStringLiteral("category_id"))) + QLatin1Char(',')
                + csvField(c.value(QStringLiteral("name")).toString());
            for (const char* key : { "gt_count", "det_count", "ap", "ap50", "ap75", "ar100", "voc_ap" })
                out += QLatin1Char(',') + csvNumber(c.value(QLatin1String(key)));
            out += QLatin1Char('\n');
        }
    } else {
        out = QStringLiteral("metric,value\n");
        const QJsonObject metrics = m_result.value(QStringLiteral("metrics")).toObject();
        for (auto it = metrics.begin(); it != metrics.end(); ++it)
            out += csvField(it.key()) + QLatin1Char(',') + csvNumber(it.value()) + QLatin1Char('\n');
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace evalbench

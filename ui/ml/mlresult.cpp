// SPDX-License-Identifier: MIT
#include "ui/ml/mlresult.h"

#include <cmath>

#include <QJsonArray>
#include <QVariant>

namespace evalbench {

namespace {

std::optional<double> number(const QJsonValue& value)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

// -1 is pycocotools' "no ground truth here"; the JSON writers also use null for it.
std::optional<double> score(const QJsonValue& value)
{
    const std::optional<double> v = number(value);
    return v && *v >= 0 ? v : std::nullopt;
}

QList<double> numbers(const QJsonValue& value)
{
    QList<double> out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue& v : array)
        out.append(v.toDouble(-1));
    return out;
}

// A count is written as a JSON integer. Whole numbers in [-1, 1] stay fractions (an accuracy of
// 1 read back from a file is an integer too) unless the name says it is a count.
bool isCount(const QString& name, const QJsonValue& value)
{
    if (value.toVariant().typeId() != QMetaType::LongLong)
        return false;
    return std::abs(value.toDouble()) > 1 || name.startsWith(QLatin1String("num_"));
}

QString warningText(const QJsonValue& warning)
{
    if (warning.isString())
        return warning.toString();
    const QJsonObject object = warning.toObject();
    const QString message = object.value(QLatin1String("message")).toString();
    return message.isEmpty() ? object.value(QLatin1String("code")).toString() : message;
}

void readClassification(const QJsonObject& details, MlResult& out)
{
    for (const QJsonValue& v : details.value(QLatin1String("per_class")).toArray()) {
        const QJsonObject c = v.toObject();
        out.perClass.append(
            { c.value(QLatin1String("label")).toVariant().toString(), number(c.value(QLatin1String("precision"))),
                number(c.value(QLatin1String("recall"))), number(c.value(QLatin1String("f1"))),
                c.value(QLatin1String("support")).toInteger(), c.value(QLatin1String("tp")).toInteger(),
                c.value(QLatin1String("fp")).toInteger(), c.value(QLatin1String("fn")).toInteger() });
    }
    for (const QJsonValue& v : details.value(QLatin1String("labels")).toArray())
        out.labels.append(v.toVariant().toString());
    if (out.labels.isEmpty()) {
        for (const MlResult::ClassRow& row : std::as_const(out.perClass))
            out.labels.append(row.label);
    }
    out.confusionOmitted = details.value(QLatin1String("confusion_matrix_omitted")).toString();
    const QJsonArray matrix = details.value(QLatin1String("confusion_matrix")).toArray();
    const qsizetype k = out.labels.size();
    bool square = matrix.size() == k;
    QList<QList<qint64>> rows;
    for (const QJsonValue& rowValue : matrix) {
        const QJsonArray row = rowValue.toArray();
        square = square && row.size() == k;
        QList<qint64> counts;
        counts.reserve(row.size());
        for (const QJsonValue& count : row)
            counts.append(count.toInteger());
        rows.append(counts);
    }
    // A matrix that does not match the labels cannot be read; show it as absent.
    if (square && k > 0)
        out.confusion = std::move(rows);
}

void readDetection(const QJsonObject& details, MlResult& out)
{
    static const QStringList defaultNames { QStringLiteral("AP"), QStringLiteral("AP50"), QStringLiteral("AP75"),
        QStringLiteral("APs"), QStringLiteral("APm"), QStringLiteral("APl"), QStringLiteral("AR1"),
        QStringLiteral("AR10"), QStringLiteral("AR100"), QStringLiteral("ARs"), QStringLiteral("ARm"),
        QStringLiteral("ARl") };
    const QJsonArray names = details.value(QLatin1String("coco_stat_names")).toArray();
    const QJsonArray stats = details.value(QLatin1String("coco_stats")).toArray();
    for (qsizetype i = 0; i < stats.size(); ++i) {
        const QString name = i < names.size() ? names.at(i).toString() : defaultNames.value(i);
        out.cocoStats.append({ name, score(stats.at(i)) });
    }
    out.recallThresholds = numbers(details.value(QLatin1String("recall_thresholds")));
    for (const QJsonValue& v : details.value(QLatin1String("per_category")).toArray()) {
        const QJsonObject c = v.toObject();
        out.perCategory.append({ c.value(QLatin1String("category_id")).toInteger(),
            c.value(QLatin1String("name")).toString(), c.value(QLatin1String("gt_count")).toInteger(),
            c.value(QLatin1String("det_count")).toInteger(), score(c.value(QLatin1String("ap"))),
            score(c.value(QLatin1String("ap50"))), numbers(c.value(QLatin1String("precision_at_50"))),
            numbers(c.value(QLatin1String("precision_averaged"))) });
    }
}

} // namespace

MlResult MlResult::fromJson(const QJsonObject& result)
{
    MlResult out;
    const QJsonObject versioning = result.value(QLatin1String("versioning")).toObject();
    out.scorer = versioning.value(QLatin1String("scorer")).toString();
    out.version = versioning.value(QLatin1String("version")).toString();

    const QJsonObject summary = result.value(QLatin1String("summary")).toObject();
    out.score = number(summary.value(QLatin1String("score")));
    out.primaryMetric = summary.value(QLatin1String("primary_metric")).toString();
    out.higherIsBetter = summary.value(QLatin1String("higher_is_better")).toBool(true);
    if (summary.value(QLatin1String("pass")).isBool())
        out.pass = summary.value(QLatin1String("pass")).toBool();
    out.passThreshold = number(summary.value(QLatin1String("pass_threshold")));

    for (const QJsonValue& warning : result.value(QLatin1String("warnings")).toArray()) {
        const QString text = warningText(warning);
        if (!text.isEmpty())
            out.warnings.append(text);
    }

    const QJsonObject metrics = result.value(QLatin1String("metrics")).toObject();
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        out.metrics.append({ it.key(), number(it.value()), isCount(it.key(), it.value()) });

    const QJsonObject details = result.value(QLatin1String("details")).toObject();
    out.taskType = details.value(QLatin1String("task_type")).toString();
    if (out.taskType == QLatin1String("classification"))
        out.task = Task::Classification;
    else if (out.taskType == QLatin1String("regression"))
        out.task = Task::Regression;
    else if (out.taskType == QLatin1String("detection"))
        out.task = Task::Detection;
    if (details.value(QLatin1String("per_class")).isArray())
        readClassification(details, out);
    if (details.value(QLatin1String("coco_stats")).isArray())
        readDetection(details, out);
    return out;
}

} // namespace evalbench

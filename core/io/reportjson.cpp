// SPDX-License-Identifier: MIT
#include "io/reportjson.h"

#include <QJsonArray>

namespace evalbench::reportjson {

namespace {
QJsonValue time(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue number(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject run(const RunRecord& run)
{
    QJsonObject json {
        { QStringLiteral("id"), run.id },
        { QStringLiteral("name"), run.name },
        { QStringLiteral("kind"), run.kind },
        { QStringLiteral("source"), run.source },
        { QStringLiteral("status"), runStatusName(run.status) },
        { QStringLiteral("created_at"), time(run.createdAt) },
        { QStringLiteral("finished_at"), time(run.finishedAt) },
        { QStringLiteral("sample_count"), run.sampleCount },
        { QStringLiteral("scored_count"), run.scoredCount },
        { QStringLiteral("dataset"), run.datasetPath },
        { QStringLiteral("settings"), run.settings.toJson() },
    };
    if (!run.error.isEmpty())
        json.insert(QStringLiteral("error"), run.error);
    return json;
}

QJsonObject summary(const RunRecord& run)
{
    QJsonObject metrics;
    for (auto it = run.summary.cbegin(); it != run.summary.cend(); ++it)
        metrics.insert(it.key(), it->toJson());
    return {
        { QStringLiteral("weighted_score"), number(run.weightedScore) },
        { QStringLiteral("metrics"), metrics },
    };
}

QJsonObject sample(const StoredSample& stored, const QStringList& metrics)
{
    QJsonObject json = stored.sample.toJson();
    QJsonObject scores;
    QJsonArray skipped;
    QJsonObject errors;
    QJsonObject evidence;
    for (const QString& metric : metrics) {
        const MetricScore* score = stored.score(metric);
        if (!score) {
            scores.insert(metric, QJsonValue::Null);
            continue;
        }
        scores.insert(metric, score->hasValue() ? QJsonValue(score->value) : QJsonValue(QJsonValue::Null));
        if (score->status == ScoreStatus::Skipped)
            skipped.append(metric);
        else if (score->status == ScoreStatus::Failed)
            errors.insert(metric, score->reason);
        if (!score->evidence.isEmpty())
            evidence.insert(metric, score->evidence);
    }
    json.insert(QStringLiteral("index"), stored.index);
    json.insert(QStringLiteral("scores"), scores);
    json.insert(QStringLiteral("weighted_score"), number(stored.weightedScore));
    json.insert(QStringLiteral("skipped_metrics"), skipped);
    json.insert(QStringLiteral("errors"), errors);
    json.insert(QStringLiteral("evidence"), evidence);
    return json;
}

} // namespace evalbench::reportjson

// SPDX-License-Identifier: MIT
#include "jobs/apijobstatus.h"

#include <QJsonArray>

namespace evalbench {

namespace {

QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject ApiJobStatus::toJson() const
{
    QJsonObject scoresJson;
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        scoresJson.insert(it.key(), it.value() ? QJsonValue(*it.value()) : QJsonValue(QJsonValue::Null));
    return {
        { QStringLiteral("job_id"), jobId },
        { QStringLiteral("status"), jobStateName(state) },
        { QStringLiteral("created_at"), timeOrNull(createdAt) },
        { QStringLiteral("finished_at"), timeOrNull(finishedAt) },
        { QStringLiteral("request_summary"), requestSummary },
        { QStringLiteral("scores"), scoresJson },
        { QStringLiteral("weighted_score"), weightedScore ? QJsonValue(*weightedScore) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("latency_ms"), latencyMs ? QJsonValue(double(*latencyMs)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("skipped_metrics"), QJsonArray::fromStringList(skippedMetrics) },
        { QStringLiteral("error"), error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error) },
        { QStringLiteral("run_id"), runId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(runId) },
    };
}

} // namespace evalbench

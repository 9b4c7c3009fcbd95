// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <limits>

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace evalbench {

// How one metric ended for one sample: a number, skipped because the sample lacks
// an input (not 0), or failed (NaN) with a reason the report shows.
enum class ScoreStatus
{
    Value = 0,
    Skipped = 1,
    Failed = 2
};

struct MetricScore
{
    QString metric;
    ScoreStatus status = ScoreStatus::Failed;
    double value = std::numeric_limits<double>::quiet_NaN();
    QString reason; // why skipped / why NaN; empty for a value
    QJsonObject evidence; // what the metric saw (tokens, matches, judge verdicts)

    static MetricScore ofValue(QString metric, double value, QJsonObject evidence = {})
    {
        if (std::isnan(value))
            return failed(std::move(metric), QStringLiteral("the metric is undefined for this sample"));
        return { std::move(metric), ScoreStatus::Value, value, {}, std::move(evidence) };
    }
    static MetricScore skipped(QString metric, QString reason)
    {
        return { std::move(metric), ScoreStatus::Skipped, std::numeric_limits<double>::quiet_NaN(), std::move(reason),
            {} };
    }
    static MetricScore failed(QString metric, QString reason, QJsonObject evidence = {})
    {
        return { std::move(metric), ScoreStatus::Failed, std::numeric_limits<double>::quiet_NaN(), std::move(reason),
            std::move(evidence) };
    }
    bool hasValue() const { return status == ScoreStatus::Value; }
};

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::MetricScore)

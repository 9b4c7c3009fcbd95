// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"

#include <optional>

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace evalbench {

// Runs that belong together over time: those of one dataset file, or the runs the
// HTTP API filled under one run name.
struct TrendSeries
{
    enum class Kind
    {
        Dataset, // `key` is runs.dataset_path
        ApiName // `key` is runs.name of runs with source 'api'
    };
    Kind kind = Kind::Dataset;
    QString key;
    int runCount = 0;
    QDateTime lastRunAt;

    friend bool operator==(const TrendSeries&, const TrendSeries&) = default;
};

// One run of a series: its metric averages as finishRun (or the API's batches) stored them.
struct TrendPoint
{
    QString runId;
    QString runName;
    QDateTime createdAt;
    int scoredCount = 0;
    std::optional<double> weightedScore;
    QMap<QString, MetricSummary> summary; // metric id -> aggregate

    // The run's average of `metric`, or its weighted score for an empty id; nullopt when the
    // run scored no sample for it.
    std::optional<double> valueOf(const QString& metric) const
    {
        if (metric.isEmpty())
            return weightedScore;
        const auto it = summary.constFind(metric);
        if (it == summary.cend() || it->scored == 0)
            return std::nullopt;
        return it->mean;
    }
    // How many samples that average is over (the scored samples for the weighted score).
    int scoredFor(const QString& metric) const { return metric.isEmpty() ? scoredCount : summary.value(metric).scored; }
};

} // namespace evalbench

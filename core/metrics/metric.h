// SPDX-License-Identifier: MIT
#pragma once

#include "common/metricscore.h"
#include "common/sample.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace evalbench {

enum class MetricKind
{
    Offline,
    Llm,
    Ml,
    Retrieval
};

QString metricKindName(MetricKind kind);

// What the registry knows of a metric: `evalbench metrics --json` prints this.
struct MetricInfo
{
    QString id;
    MetricKind kind = MetricKind::Offline;
    QList<SampleField> inputs; // every one must be present, else the metric is skipped
    double rangeMin = 0.0;
    double rangeMax = 1.0;
    bool higherIsBetter = true;
    QString description; // one English sentence; the UI translates it by id

    QJsonObject toJson() const;
};

struct MetricOptions
{
    // Reproduce RAGAS's deterministic formulas exactly, quirks included (METRICS.md §1).
    bool ragasCompat = false;
};

// A metric scores one sample. Implementations are stateless and const, so one
// instance is shared by every scoring thread.
class Metric
{
public:
    virtual ~Metric() = default;
    virtual const MetricInfo& info() const = 0;
    // Called only when every input in info().inputs is present (see scoreSample).
    virtual MetricScore score(const Sample& sample, const MetricOptions& options) const = 0;
};

// Skips the metric (with the missing fields as reason) when the sample lacks an
// input, otherwise scores it.
MetricScore scoreSample(const Metric& metric, const Sample& sample, const MetricOptions& options);

} // namespace evalbench

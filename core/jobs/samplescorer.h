// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"
#include "metrics/metric.h"
#include "store/storedsample.h"

#include <QList>
#include <QStringList>

namespace evalbench {

class MetricRegistry;

// Scores samples with a run's metrics. CPU-bound: pages are spread over the
// global QThreadPool. Holds only const metric pointers, so it is thread-safe.
class SampleScorer
{
public:
    SampleScorer(const RunSettings& settings, const MetricRegistry& registry);

    // Requested ids the registry does not know (the run must not start).
    QStringList unknownMetrics() const { return m_unknown; }

    // Whether any metric reads contexts or reference contexts (else the store may skip them).
    bool needsLists() const;

    SampleResult score(const StoredSample& sample) const;
    QList<SampleResult> scoreAll(const QList<StoredSample>& samples) const;

private:
    RunSettings m_settings;
    MetricOptions m_options;
    QList<const Metric*> m_metrics;
    QStringList m_unknown;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "jobs/samplescorer.h"

#include "metrics/metricregistry.h"
#include "metrics/weightedscore.h"

#include <QThreadPool>
#include <QtConcurrent>

namespace evalbench {

SampleScorer::SampleScorer(const RunSettings& settings, const MetricRegistry& registry)
    : m_settings(settings)
{
    m_options.ragasCompat = settings.ragasCompat;
    for (const QString& id : settings.metrics) {
        if (const Metric* metric = registry.find(id))
            m_metrics.append(metric);
        else
            m_unknown.append(id);
    }
}

bool SampleScorer::needsLists() const
{
    for (const Metric* metric : m_metrics) {
        for (SampleField field : metric->info().inputs) {
            if (field == SampleField::Contexts || field == SampleField::ReferenceContexts)
                return true;
        }
    }
    return false;
}

SampleResult SampleScorer::score(const StoredSample& sample) const
{
    SampleResult result;
    result.index = sample.index;
    result.key = sample.key;
    result.scores.reserve(m_metrics.size());
    for (const Metric* metric : m_metrics)
        result.scores.append(scoreSample(*metric, sample.sample, m_options));
    result.weightedScore = weightedScore(result.scores, m_settings);
    return result;
}

QList<SampleResult> SampleScorer::scoreAll(const QList<StoredSample>& samples) const
{
    // Small pages are not worth a thread hop.
    if (samples.size() < 16) {
        QList<SampleResult> results;
        results.reserve(samples.size());
        for (const StoredSample& sample : samples)
            results.append(score(sample));
        return results;
    }
    return QtConcurrent::blockingMapped<QList<SampleResult>>(
        QThreadPool::globalInstance(), samples, [this](const StoredSample& sample) { return score(sample); });
}

} // namespace evalbench

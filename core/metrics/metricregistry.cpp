// SPDX-License-Identifier: MIT
#include "metrics/metricregistry.h"

#include "metrics/bleumetric.h"
#include "metrics/exactmatchmetric.h"
#include "metrics/judgedmetricentry.h"
#include "metrics/nonllmcontextprecisionmetric.h"
#include "metrics/nonllmcontextrecallmetric.h"
#include "metrics/rougelmetric.h"
#include "metrics/stringsimilaritymetric.h"
#include "metrics/tokenf1metric.h"

#include <algorithm>

namespace evalbench {

const MetricRegistry& MetricRegistry::builtin()
{
    static const MetricRegistry registry = [] {
        MetricRegistry r;
        r.add(std::make_unique<ExactMatchMetric>());
        r.add(std::make_unique<TokenF1Metric>());
        r.add(std::make_unique<RougeLMetric>());
        r.add(std::make_unique<BleuMetric>());
        r.add(std::make_unique<StringSimilarityMetric>());
        r.add(std::make_unique<NonLlmContextRecallMetric>());
        r.add(std::make_unique<NonLlmContextPrecisionMetric>());
        for (MetricInfo info : JudgedMetricEntry::judgedMetrics())
            r.add(std::make_unique<JudgedMetricEntry>(std::move(info)));
        return r;
    }();
    return registry;
}

const Metric* MetricRegistry::find(const QString& id) const
{
    for (const auto& metric : m_metrics) {
        if (metric->info().id == id)
            return metric.get();
    }
    return nullptr;
}

QList<MetricInfo> MetricRegistry::infos() const
{
    QList<MetricInfo> out;
    out.reserve(qsizetype(m_metrics.size()));
    for (const auto& metric : m_metrics)
        out.append(metric->info());
    return out;
}

QStringList MetricRegistry::ids() const
{
    QStringList out;
    out.reserve(qsizetype(m_metrics.size()));
    for (const auto& metric : m_metrics)
        out.append(metric->info().id);
    return out;
}

QStringList MetricRegistry::defaultOfflineMetrics() const
{
    static const QStringList order { QStringLiteral("exact_match"), QStringLiteral("token_f1"),
        QStringLiteral("rouge_l"), QStringLiteral("bleu"), QStringLiteral("string_similarity"),
        QStringLiteral("non_llm_context_recall"), QStringLiteral("non_llm_context_precision") };
    QStringList out;
    for (const QString& id : order) {
        if (find(id))
            out.append(id);
    }
    return out;
}

void MetricRegistry::add(std::unique_ptr<Metric> metric)
{
    if (!metric)
        return;
    // A metric with an id already registered replaces the old one, so ids stay unique.
    const QString id = metric->info().id;
    const auto same = std::find_if(
        m_metrics.begin(), m_metrics.end(), [&id](const auto& existing) { return existing->info().id == id; });
    if (same != m_metrics.end())
        *same = std::move(metric);
    else
        m_metrics.push_back(std::move(metric));
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/metric.h"

#include <QList>

namespace evalbench {

// A metric the LLM judge scores (core/judge). It is registered here so that the
// registry, `evalbench metrics`, the window and the API know its id, inputs and
// range; its scoring needs the network, so it runs in the judge's coroutines and
// never through score(), which answers NaN with the reason.
class JudgedMetricEntry : public Metric
{
public:
    explicit JudgedMetricEntry(MetricInfo info);

    // faithfulness, answer_relevancy, context_precision, context_recall, answer_correctness,
    // semantic_similarity, rubric, hallucination.
    static QList<MetricInfo> judgedMetrics();

    const MetricInfo& info() const override { return m_info; }
    MetricScore score(const Sample& sample, const MetricOptions& options) const override;

private:
    MetricInfo m_info;
};

} // namespace evalbench

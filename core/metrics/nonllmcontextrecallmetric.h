// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/metric.h"

namespace evalbench {

// non_llm_context_recall: share of reference contexts whose best Levenshtein similarity to a retrieved context is above
// 0.5.
class NonLlmContextRecallMetric : public Metric
{
public:
    const MetricInfo& info() const override;
    MetricScore score(const Sample& sample, const MetricOptions& options) const override;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/metric.h"

namespace evalbench {

// non_llm_context_precision: average precision of the retrieved contexts, a context being relevant when its best
// similarity to a reference context is at least 0.5.
class NonLlmContextPrecisionMetric : public Metric
{
public:
    const MetricInfo& info() const override;
    MetricScore score(const Sample& sample, const MetricOptions& options) const override;
};

} // namespace evalbench

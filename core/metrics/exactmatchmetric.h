// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/metric.h"

namespace evalbench {

// exact_match: 1 when answer and ground truth are equal after SQuAD normalisation (ragas_compat: code-point equality),
// else 0.
class ExactMatchMetric : public Metric
{
public:
    const MetricInfo& info() const override;
    MetricScore score(const Sample& sample, const MetricOptions& options) const override;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/metric.h"

namespace evalbench {

// rouge_l: ROUGE-L F-measure (token LCS) of answer against ground truth, as Google rouge_score with the Porter stemmer.
class RougeLMetric : public Metric
{
public:
    const MetricInfo& info() const override;
    MetricScore score(const Sample& sample, const MetricOptions& options) const override;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/metric.h"

namespace evalbench {

// string_similarity: 1 - normalised Levenshtein distance of answer and ground truth, on code points.
class StringSimilarityMetric : public Metric
{
public:
    const MetricInfo& info() const override;
    MetricScore score(const Sample& sample, const MetricOptions& options) const override;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/metric.h"

namespace evalbench {

// token_f1: SQuAD token-level F1 of answer against ground truth (CJK characters are tokens); the same in both modes.
class TokenF1Metric : public Metric
{
public:
    const MetricInfo& info() const override;
    MetricScore score(const Sample& sample, const MetricOptions& options) const override;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/metric.h"

namespace evalbench {

// bleu: sacrebleu BLEU of the answer against the ground truth (ragas_compat: RAGAS's first-sentence quirk).
class BleuMetric : public Metric
{
public:
    const MetricInfo& info() const override;
    MetricScore score(const Sample& sample, const MetricOptions& options) const override;
};

} // namespace evalbench

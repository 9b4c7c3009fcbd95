// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgedmetric.h"

namespace evalbench {

// context_precision: one verdict per retrieved context (useful for the ground truth or not), in rank order; their
// average precision.
class ContextPrecisionJudge : public JudgedMetric
{
public:
    QString id() const override { return QStringLiteral("context_precision"); }
    QCoro::Task<MetricScore> score(Sample sample, JudgeSession* session, JudgedMetricOptions options) const override;
};

} // namespace evalbench

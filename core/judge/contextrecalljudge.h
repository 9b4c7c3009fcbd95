// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgedmetric.h"

namespace evalbench {

// context_recall: each sentence of the ground truth is attributed to the contexts or not; the share attributed.
class ContextRecallJudge : public JudgedMetric
{
public:
    QString id() const override { return QStringLiteral("context_recall"); }
    QCoro::Task<MetricScore> score(Sample sample, JudgeSession* session, JudgedMetricOptions options) const override;
};

} // namespace evalbench

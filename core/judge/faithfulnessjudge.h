// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgedmetric.h"

namespace evalbench {

// faithfulness: the answer is split into statements, then each is checked against the joined contexts; the share
// supported.
class FaithfulnessJudge : public JudgedMetric
{
public:
    QString id() const override { return QStringLiteral("faithfulness"); }
    QCoro::Task<MetricScore> score(Sample sample, JudgeSession* session, JudgedMetricOptions options) const override;
};

} // namespace evalbench

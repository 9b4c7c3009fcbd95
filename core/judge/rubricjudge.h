// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgedmetric.h"

namespace evalbench {

// rubric (G-Eval): the run's criteria become evaluation steps (one call, shared by the run), then the judge scores each
// answer 1 to 5, weighted by the score tokens' probabilities when the server returns them; normalised to 0..1.
class RubricJudge : public JudgedMetric
{
public:
    QString id() const override { return QStringLiteral("rubric"); }
    QCoro::Task<MetricScore> score(Sample sample, JudgeSession* session, JudgedMetricOptions options) const override;
};

} // namespace evalbench

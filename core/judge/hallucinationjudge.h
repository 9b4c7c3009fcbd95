// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgedmetric.h"

namespace evalbench {

// hallucination: one verdict per context, 1 when the answer contradicts it; the share contradicted (lower is better).
class HallucinationJudge : public JudgedMetric
{
public:
    QString id() const override { return QStringLiteral("hallucination"); }
    QCoro::Task<MetricScore> score(Sample sample, JudgeSession* session, JudgedMetricOptions options) const override;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgedmetric.h"

namespace evalbench {

// answer_relevancy: questions regenerated from the answer (n = strictness in one call) are embedded with the asked
// question; the mean cosine, zero when every generation is non-committal.
class AnswerRelevancyJudge : public JudgedMetric
{
public:
    QString id() const override { return QStringLiteral("answer_relevancy"); }
    bool needsEmbeddings() const override { return true; }
    QCoro::Task<MetricScore> score(Sample sample, JudgeSession* session, JudgedMetricOptions options) const override;
};

} // namespace evalbench

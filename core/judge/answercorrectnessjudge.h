// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgedmetric.h"

namespace evalbench {

// answer_correctness: statements of answer and ground truth classified TP / FP / FN; 0.75 × their F1 + 0.25 × the
// semantic similarity.
class AnswerCorrectnessJudge : public JudgedMetric
{
public:
    QString id() const override { return QStringLiteral("answer_correctness"); }
    bool needsEmbeddings() const override { return true; }
    QCoro::Task<MetricScore> score(Sample sample, JudgeSession* session, JudgedMetricOptions options) const override;
};

} // namespace evalbench

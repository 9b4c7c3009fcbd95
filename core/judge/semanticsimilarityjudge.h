// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgedmetric.h"

namespace evalbench {

// semantic_similarity: the cosine of the embeddings of answer and ground truth.
class SemanticSimilarityJudge : public JudgedMetric
{
public:
    QString id() const override { return QStringLiteral("semantic_similarity"); }
    bool needsEmbeddings() const override { return true; }
    QCoro::Task<MetricScore> score(Sample sample, JudgeSession* session, JudgedMetricOptions options) const override;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "judge/semanticsimilarityjudge.h"

#include "judge/judgesession.h"
#include "metrics/judgedformulas.h"

namespace evalbench {

QCoro::Task<MetricScore> SemanticSimilarityJudge::score(Sample sample, JudgeSession* session, JudgedMetricOptions) const
{
    const QStringList texts { *sample.answer, *sample.groundTruth };
    const EmbeddingAnswer vectors = co_await session->embed(texts);
    if (!vectors.ok()) {
        JudgeAnswer failed;
        failed.error = vectors.error;
        co_return failure(QStringLiteral("embeddings"), failed);
    }
    const double similarity = JudgedFormulas::cosine(vectors.vectors.at(0), vectors.vectors.at(1));
    const QJsonObject evidence { { QStringLiteral("cosine"), similarity } };
    co_return MetricScore::ofValue(id(), similarity, evidence);
}

} // namespace evalbench

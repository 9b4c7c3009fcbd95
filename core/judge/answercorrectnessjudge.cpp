// SPDX-License-Identifier: MIT
#include "judge/answercorrectnessjudge.h"

#include "judge/judgesession.h"
#include "metrics/judgedformulas.h"

namespace evalbench {

namespace {
// RAGAS's defaults: factuality weighs three times the semantic similarity.
constexpr double kFactualityWeight = 0.75;
constexpr double kSimilarityWeight = 0.25;
} // namespace

QCoro::Task<MetricScore> AnswerCorrectnessJudge::score(Sample sample, JudgeSession* session, JudgedMetricOptions) const
{
    // Both statement lists and the similarity are independent: all three in flight together.
    const PromptFields answerInput { { QStringLiteral("question"), sample.question },
        { QStringLiteral("answer"), *sample.answer } };
    const PromptFields truthInput { { QStringLiteral("question"), sample.question },
        { QStringLiteral("answer"), *sample.groundTruth } };
    const QStringList texts { *sample.answer, *sample.groundTruth };
    QCoro::Task<JudgeAnswer> answerCall = session->ask(QStringLiteral("statement_generator"), answerInput);
    QCoro::Task<JudgeAnswer> truthCall = session->ask(QStringLiteral("statement_generator"), truthInput);
    QCoro::Task<EmbeddingAnswer> embedCall = session->embed(texts);

    const JudgeAnswer answerStatements = co_await answerCall;
    const JudgeAnswer truthStatements = co_await truthCall;
    const EmbeddingAnswer vectors = co_await embedCall;
    if (!answerStatements.ok())
        co_return failure(QStringLiteral("statement_generator"), answerStatements);
    if (!truthStatements.ok())
        co_return failure(QStringLiteral("statement_generator"), truthStatements);
    const QJsonArray answerList = answerStatements.outputs.first().value(QStringLiteral("statements")).toArray();
    const QJsonArray truthList = truthStatements.outputs.first().value(QStringLiteral("statements")).toArray();
    QJsonObject evidence;
    evidence.insert(QStringLiteral("answer_statements"), answerList);
    evidence.insert(QStringLiteral("ground_truth_statements"), truthList);

    double factuality = 1.0; // RAGAS: nothing to classify on either side counts as fully factual
    if (!answerList.isEmpty() || !truthList.isEmpty()) {
        const PromptFields input { { QStringLiteral("question"), sample.question },
            { QStringLiteral("answer"), answerList }, { QStringLiteral("ground_truth"), truthList } };
        const JudgeAnswer classified = co_await session->ask(QStringLiteral("correctness_classifier"), input);
        if (!classified.ok())
            co_return failure(QStringLiteral("correctness_classifier"), classified, evidence);
        const QJsonObject& output = classified.outputs.first();
        evidence.insert(QStringLiteral("TP"), output.value(QStringLiteral("TP")));
        evidence.insert(QStringLiteral("FP"), output.value(QStringLiteral("FP")));
        evidence.insert(QStringLiteral("FN"), output.value(QStringLiteral("FN")));
        factuality = JudgedFormulas::fbeta(int(output.value(QStringLiteral("TP")).toArray().size()),
            int(output.value(QStringLiteral("FP")).toArray().size()),
            int(output.value(QStringLiteral("FN")).toArray().size()));
    }
    evidence.insert(QStringLiteral("factuality"), factuality);

    if (!vectors.ok()) {
        JudgeAnswer failed;
        failed.error = vectors.error;
        co_return failure(QStringLiteral("embeddings"), failed, evidence);
    }
    const double similarity = JudgedFormulas::cosine(vectors.vectors.at(0), vectors.vectors.at(1));
    evidence.insert(QStringLiteral("similarity"), similarity);
    co_return MetricScore::ofValue(id(),
        (kFactualityWeight * factuality + kSimilarityWeight * similarity) / (kFactualityWeight + kSimilarityWeight),
        evidence);
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "judge/answerrelevancyjudge.h"

#include "judge/judgesession.h"
#include "metrics/judgedformulas.h"

namespace evalbench {

QCoro::Task<MetricScore> AnswerRelevancyJudge::score(
    Sample sample, JudgeSession* session, JudgedMetricOptions options) const
{
    const int strictness = std::max(1, options.strictness);
    const PromptFields input { { QStringLiteral("response"), *sample.answer } };
    const JudgeAnswer generated = co_await session->ask(QStringLiteral("response_relevance"), input, strictness);
    if (!generated.ok())
        co_return failure(QStringLiteral("response_relevance"), generated);
    QStringList questions;
    QList<int> noncommittal;
    QJsonArray flags;
    for (const QJsonObject& output : generated.outputs) {
        questions.append(output.value(QStringLiteral("question")).toString());
        noncommittal.append(output.value(QStringLiteral("noncommittal")).toInt() != 0 ? 1 : 0);
        flags.append(noncommittal.last());
    }
    QJsonObject evidence { { QStringLiteral("generated_questions"), QJsonArray::fromStringList(questions) },
        { QStringLiteral("noncommittal"), flags } };
    if (generated.outputs.size() < strictness)
        evidence.insert(QStringLiteral("generations"),
            QStringLiteral("%1 of %2 (the server returned fewer completions, or some did not parse)")
                .arg(generated.outputs.size())
                .arg(strictness));
    bool allEmpty = true;
    for (const QString& question : std::as_const(questions))
        allEmpty = allEmpty && question.isEmpty();
    if (allEmpty)
        co_return MetricScore::failed(
            id(), QStringLiteral("the judge generated no question from the answer"), evidence);

    // One embeddings call for the asked question and the generated ones.
    const QStringList texts = QStringList { sample.question } + questions;
    const EmbeddingAnswer vectors = co_await session->embed(texts);
    if (!vectors.ok()) {
        JudgeAnswer failed;
        failed.error = vectors.error;
        co_return failure(QStringLiteral("embeddings"), failed, evidence);
    }
    QJsonArray similarities;
    const QList<QVector<double>> generatedVectors = vectors.vectors.mid(1);
    for (const QVector<double>& vector : generatedVectors)
        similarities.append(JudgedFormulas::cosine(vector, vectors.vectors.first()));
    evidence.insert(QStringLiteral("similarities"), similarities);
    co_return MetricScore::ofValue(
        id(), JudgedFormulas::answerRelevancy(vectors.vectors.first(), generatedVectors, noncommittal), evidence);
}

} // namespace evalbench

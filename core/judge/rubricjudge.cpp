// SPDX-License-Identifier: MIT
#include "judge/rubricjudge.h"

#include "judge/judgesession.h"

#include <cmath>

namespace evalbench {

namespace {

// G-Eval's probability weighting: the score token's alternatives among 1..5,
// each weighted by its probability. nullopt when the server sent no usable logprobs.
std::optional<double> weightedScore(const QJsonArray& tokens, int score)
{
    const QString digit = QString::number(score);
    for (qsizetype i = tokens.size() - 1; i >= 0; --i) {
        const QJsonObject token = tokens.at(i).toObject();
        if (token.value(QStringLiteral("token")).toString().trimmed() != digit)
            continue;
        double total = 0.0;
        double weighted = 0.0;
        for (const QJsonValue& alternative : token.value(QStringLiteral("top_logprobs")).toArray()) {
            const QJsonObject option = alternative.toObject();
            bool isNumber = false;
            const int value = option.value(QStringLiteral("token")).toString().trimmed().toInt(&isNumber);
            if (!isNumber || value < 1 || value > 5)
                continue;
            const double p = std::exp(option.value(QStringLiteral("logprob")).toDouble());
            total += p;
            weighted += p * value;
        }
        if (total > 0.0)
            return weighted / total;
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace

QCoro::Task<MetricScore> RubricJudge::score(Sample sample, JudgeSession* session, JudgedMetricOptions options) const
{
    const QString criteria = options.rubricCriteria.trimmed();
    if (criteria.isEmpty())
        co_return MetricScore::failed(id(),
            QStringLiteral("the rubric metric needs criteria: describe what a good answer is in the run's settings"));
    // The same criteria give the same prompt, so every sample shares one cached call for the steps.
    const PromptFields stepsInput { { QStringLiteral("criteria"), criteria } };
    const JudgeAnswer steps = co_await session->ask(QStringLiteral("rubric_steps"), stepsInput);
    if (!steps.ok())
        co_return failure(QStringLiteral("rubric_steps"), steps);
    const QJsonArray stepList = steps.outputs.first().value(QStringLiteral("steps")).toArray();
    QJsonObject evidence;
    evidence.insert(QStringLiteral("criteria"), criteria);
    evidence.insert(QStringLiteral("steps"), stepList);

    PromptFields input;
    input.append({ QStringLiteral("criteria"), criteria });
    input.append({ QStringLiteral("steps"), stepList });
    input.append({ QStringLiteral("question"), sample.question });
    input.append({ QStringLiteral("answer"), *sample.answer });
    if (sample.contexts)
        input.append({ QStringLiteral("contexts"), sample.contexts->join(QLatin1Char('\n')) });
    if (sample.groundTruth)
        input.append({ QStringLiteral("ground_truth"), *sample.groundTruth });
    const JudgeAnswer scored = co_await session->ask(QStringLiteral("rubric_score"), input, 1, true);
    if (!scored.ok())
        co_return failure(QStringLiteral("rubric_score"), scored, evidence);
    const QJsonObject& output = scored.outputs.first();
    const int integer = output.value(QStringLiteral("score")).toInt();
    evidence.insert(QStringLiteral("score_1_to_5"), integer);
    evidence.insert(QStringLiteral("reason"), output.value(QStringLiteral("reason")));
    const std::optional<double> weighted = weightedScore(scored.logprobs.value(0), integer);
    evidence.insert(QStringLiteral("probability_weighted"), weighted.has_value());
    if (weighted)
        evidence.insert(QStringLiteral("weighted_score_1_to_5"), *weighted);
    co_return MetricScore::ofValue(id(), (weighted.value_or(double(integer)) - 1.0) / 4.0, evidence);
}

} // namespace evalbench

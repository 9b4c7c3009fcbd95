// SPDX-License-Identifier: MIT
#include "judge/judgedmetric.h"

#include "judge/answercorrectnessjudge.h"
#include "judge/answerrelevancyjudge.h"
#include "judge/contextprecisionjudge.h"
#include "judge/contextrecalljudge.h"
#include "judge/faithfulnessjudge.h"
#include "judge/hallucinationjudge.h"
#include "judge/judgeanswer.h"
#include "judge/rubricjudge.h"
#include "judge/semanticsimilarityjudge.h"

#include <memory>
#include <vector>

namespace evalbench {

const JudgedMetric* JudgedMetric::find(const QString& id)
{
    static const std::vector<std::unique_ptr<JudgedMetric>> metrics = [] {
        std::vector<std::unique_ptr<JudgedMetric>> all;
        all.push_back(std::make_unique<FaithfulnessJudge>());
        all.push_back(std::make_unique<AnswerRelevancyJudge>());
        all.push_back(std::make_unique<ContextPrecisionJudge>());
        all.push_back(std::make_unique<ContextRecallJudge>());
        all.push_back(std::make_unique<AnswerCorrectnessJudge>());
        all.push_back(std::make_unique<SemanticSimilarityJudge>());
        all.push_back(std::make_unique<RubricJudge>());
        all.push_back(std::make_unique<HallucinationJudge>());
        return all;
    }();
    for (const auto& metric : metrics) {
        if (metric->id() == id)
            return metric.get();
    }
    return nullptr;
}

MetricScore JudgedMetric::failure(const QString& stage, const JudgeAnswer& answer, QJsonObject evidence) const
{
    evidence.insert(QStringLiteral("failed_prompt"), stage);
    if (!answer.rawOutputs.isEmpty())
        evidence.insert(QStringLiteral("raw_output"), QJsonArray::fromStringList(answer.rawOutputs));
    evidence.insert(QStringLiteral("error_code"),
        answer.timedOut
            ? QStringLiteral("TIMEOUT_ERROR")
            : (answer.rawOutputs.isEmpty() ? QStringLiteral("JUDGE_UNAVAILABLE") : QStringLiteral("JUDGE_BAD_OUTPUT")));
    return MetricScore::failed(id(), answer.error, evidence);
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "judge/hallucinationjudge.h"

#include "judge/judgesession.h"

namespace evalbench {

QCoro::Task<MetricScore> HallucinationJudge::score(Sample sample, JudgeSession* session, JudgedMetricOptions) const
{
    const PromptFields input { { QStringLiteral("answer"), *sample.answer },
        { QStringLiteral("contexts"), QJsonArray::fromStringList(*sample.contexts) } };
    const JudgeAnswer answer = co_await session->ask(QStringLiteral("hallucination"), input);
    if (!answer.ok())
        co_return failure(QStringLiteral("hallucination"), answer);
    const QJsonArray verdicts = answer.outputs.first().value(QStringLiteral("verdicts")).toArray();
    QJsonObject evidence { { QStringLiteral("verdicts"), verdicts } };
    if (verdicts.isEmpty())
        co_return MetricScore::failed(id(), QStringLiteral("the judge gave no verdict for the contexts"), evidence);
    int contradicted = 0;
    for (const QJsonValue& verdict : verdicts)
        contradicted += verdict.toObject().value(QStringLiteral("verdict")).toInt() != 0 ? 1 : 0;
    evidence.insert(QStringLiteral("contradicted"), contradicted);
    evidence.insert(QStringLiteral("contexts"), int(sample.contexts->size()));
    co_return MetricScore::ofValue(id(), double(contradicted) / double(verdicts.size()), evidence);
}

} // namespace evalbench

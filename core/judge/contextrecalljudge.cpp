// SPDX-License-Identifier: MIT
#include "judge/contextrecalljudge.h"

#include "judge/judgesession.h"

namespace evalbench {

QCoro::Task<MetricScore> ContextRecallJudge::score(Sample sample, JudgeSession* session, JudgedMetricOptions) const
{
    const PromptFields input { { QStringLiteral("question"), sample.question },
        { QStringLiteral("context"), sample.contexts->join(QLatin1Char('\n')) },
        { QStringLiteral("answer"), *sample.groundTruth } };
    const JudgeAnswer answer = co_await session->ask(QStringLiteral("context_recall"), input);
    if (!answer.ok())
        co_return failure(QStringLiteral("context_recall"), answer);
    const QJsonArray items = answer.outputs.first().value(QStringLiteral("classifications")).toArray();
    const QJsonObject evidence { { QStringLiteral("classifications"), items } };
    if (items.isEmpty())
        co_return MetricScore::failed(
            id(), QStringLiteral("the judge classified no sentence of the ground truth"), evidence);
    int attributed = 0;
    for (const QJsonValue& item : items)
        attributed += item.toObject().value(QStringLiteral("attributed")).toInt() != 0 ? 1 : 0;
    co_return MetricScore::ofValue(id(), double(attributed) / double(items.size()), evidence);
}

} // namespace evalbench

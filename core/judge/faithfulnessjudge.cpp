// SPDX-License-Identifier: MIT
#include "judge/faithfulnessjudge.h"

#include "judge/judgesession.h"

namespace evalbench {

QCoro::Task<MetricScore> FaithfulnessJudge::score(Sample sample, JudgeSession* session, JudgedMetricOptions) const
{
    // Inputs are built before co_await: GCC 12 miscompiles brace lists that live across a suspension.
    const PromptFields statementInput { { QStringLiteral("question"), sample.question },
        { QStringLiteral("answer"), *sample.answer } };
    const JudgeAnswer statements = co_await session->ask(QStringLiteral("statement_generator"), statementInput);
    if (!statements.ok())
        co_return failure(QStringLiteral("statement_generator"), statements);
    const QJsonArray list = statements.outputs.first().value(QStringLiteral("statements")).toArray();
    QJsonObject evidence { { QStringLiteral("statements"), list } };
    // RAGAS: an answer without statements (a refusal, "I don't know") has no faithfulness.
    if (list.isEmpty())
        co_return MetricScore::failed(id(), QStringLiteral("the judge found no statements in the answer"), evidence);

    const PromptFields verdictInput { { QStringLiteral("context"), sample.contexts->join(QLatin1Char('\n')) },
        { QStringLiteral("statements"), list } };
    const JudgeAnswer verdicts = co_await session->ask(QStringLiteral("nli_statement"), verdictInput);
    if (!verdicts.ok())
        co_return failure(QStringLiteral("nli_statement"), verdicts, evidence);
    const QJsonArray items = verdicts.outputs.first().value(QStringLiteral("statements")).toArray();
    evidence.insert(QStringLiteral("verdicts"), items);
    if (items.isEmpty())
        co_return MetricScore::failed(id(), QStringLiteral("the judge gave no verdicts"), evidence);
    int supported = 0;
    for (const QJsonValue& item : items)
        supported += item.toObject().value(QStringLiteral("verdict")).toInt() != 0 ? 1 : 0;
    // The denominator is the verdict list the judge returned, as in RAGAS.
    co_return MetricScore::ofValue(id(), double(supported) / double(items.size()), evidence);
}

} // namespace evalbench

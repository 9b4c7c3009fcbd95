// SPDX-License-Identifier: MIT
#include "judge/contextprecisionjudge.h"

#include "judge/judgesession.h"
#include "metrics/judgedformulas.h"

#include <vector>

namespace evalbench {

QCoro::Task<MetricScore> ContextPrecisionJudge::score(
    Sample sample, JudgeSession* session, JudgedMetricOptions options) const
{
    // One call per retrieved context, all in flight together; verdicts stay in rank order.
    std::vector<QCoro::Task<JudgeAnswer>> calls;
    for (const QString& context : std::as_const(*sample.contexts)) {
        calls.push_back(session->ask(QStringLiteral("context_precision"),
            { { QStringLiteral("question"), sample.question }, { QStringLiteral("context"), context },
                { QStringLiteral("answer"), *sample.groundTruth } }));
    }
    QList<int> verdicts;
    QJsonArray items;
    std::optional<JudgeAnswer> firstFailure;
    int index = 0;
    for (QCoro::Task<JudgeAnswer>& call : calls) {
        const JudgeAnswer answer = co_await call;
        if (!answer.ok()) {
            if (!firstFailure)
                firstFailure = answer;
            ++index;
            continue;
        }
        const QJsonObject& output = answer.outputs.first();
        verdicts.append(output.value(QStringLiteral("verdict")).toInt() != 0 ? 1 : 0);
        items.append(
            QJsonObject { { QStringLiteral("context_index"), index }, { QStringLiteral("verdict"), verdicts.last() },
                { QStringLiteral("reason"), output.value(QStringLiteral("reason")) } });
        ++index;
    }
    QJsonObject evidence { { QStringLiteral("verdicts"), items } };
    if (firstFailure)
        co_return failure(QStringLiteral("context_precision"), *firstFailure, evidence);
    co_return MetricScore::ofValue(id(), JudgedFormulas::averagePrecision(verdicts, options.ragasCompat), evidence);
}

} // namespace evalbench

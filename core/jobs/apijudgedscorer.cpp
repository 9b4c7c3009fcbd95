// SPDX-License-Identifier: MIT
#include "jobs/apijudgedscorer.h"

#include "judge/judgecache.h"
#include "judge/judgeclient.h"
#include "judge/judgelanguage.h"
#include "judge/judgerunner.h"
#include "judge/judgesession.h"

#include <deque>

#include <QCoro/QCoroTask>
#include <QHash>

namespace evalbench {

namespace {

JudgeLanguage languageOf(const Sample& sample)
{
    const QString text = sample.question + QLatin1Char('\n') + sample.answer.value_or(QString());
    return detectJudgeLanguage(text);
}

} // namespace

ApiJudgedScorer::ApiJudgedScorer(StoreWriter& writer)
    : m_writer(writer)
{ }

void ApiJudgedScorer::score(const JudgeProfile& profile, QList<Item>& items, const std::atomic<bool>& cancelled)
{
    // Items judged with the same session and runner: same language, metrics and models.
    QHash<QString, QList<qsizetype>> groups;
    QStringList order;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item& item = items.at(i);
        const QString key = QString::number(int(languageOf(item.sample.sample))) + QLatin1Char('|')
            + item.metrics.join(QLatin1Char(',')) + QLatin1Char('|') + item.chatModel + QLatin1Char('|')
            + item.embeddingModel;
        if (!groups.contains(key))
            order.append(key);
        groups[key].append(i);
    }
    // One cache for the whole batch; its destructor writes what is still pending.
    JudgeCache cache(m_writer);
    for (const QString& key : std::as_const(order)) {
        if (cancelled.load())
            return;
        const QList<qsizetype> members = groups.value(key);
        const Item& first = items.at(members.first());
        JudgeProfile groupProfile = profile;
        if (!first.chatModel.isEmpty())
            groupProfile.chatModel = first.chatModel;
        if (!first.embeddingModel.isEmpty())
            groupProfile.embeddingModel = first.embeddingModel;

        // Client and session live on this thread for this group only: the scoring loop's pool
        // thread may be a different one next batch.
        JudgeClient client(groupProfile);
        JudgeSession session(client, cache, languageOf(first.sample.sample), false);
        JudgeRunner runner(session, client, first.metrics, JudgedMetricOptions {});
        std::deque<qsizetype> queue(members.cbegin(), members.cend());
        QHash<qint64, qsizetype> byKey;
        for (qsizetype member : members)
            byKey.insert(items.at(member).sample.key, member);
        const auto next = [&]() -> std::optional<StoredSample> {
            if (queue.empty())
                return std::nullopt;
            const qsizetype member = queue.front();
            queue.pop_front();
            return items.at(member).sample;
        };
        const auto done = [&](const StoredSample& sample, QList<MetricScore> scores) {
            Item& item = items[byKey.value(sample.key)];
            item.scores = std::move(scores);
            item.judged = true;
        };
        QCoro::waitFor(runner.run(next, done, &cancelled));
    }
}

} // namespace evalbench

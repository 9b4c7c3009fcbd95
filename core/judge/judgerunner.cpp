// SPDX-License-Identifier: MIT
#include "judge/judgerunner.h"

#include "judge/judgeclient.h"
#include "judge/judgesession.h"
#include "metrics/metric.h"
#include "metrics/metricregistry.h"

#include <vector>

#include <QTimer>

namespace evalbench {

JudgeRunner::JudgeRunner(JudgeSession& session, JudgeClient& client, QStringList metrics, JudgedMetricOptions options)
    : m_session(session)
    , m_client(client)
    , m_options(std::move(options))
{
    for (const QString& id : std::as_const(metrics)) {
        if (const JudgedMetric* metric = JudgedMetric::find(id))
            m_metrics.append(metric);
    }
}

int JudgeRunner::workers() const
{
    // Each sample has at least one call in flight until it is done; twice the cap keeps the
    // cap filled while samples wait on their second, dependent call.
    return std::max(2, 2 * m_client.profile().maxConcurrency);
}

QCoro::Task<> JudgeRunner::run(NextSample next, SampleDone done, const std::atomic<bool>* cancelled)
{
    // The cancel flag is set from another thread; look at it often enough to stop within
    // a moment, and abort the calls in flight so nothing waits for a slow judge.
    QTimer watch;
    watch.setInterval(50);
    // cancelAll() ends the calls of that moment only: a sample between two calls may start
    // another, so keep cutting until every worker has returned.
    QObject::connect(&watch, &QTimer::timeout, &watch, [this, cancelled] {
        if (cancelled && cancelled->load())
            m_client.cancelAll();
    });
    watch.start();

    std::vector<QCoro::Task<>> running;
    const int count = workers();
    running.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        running.push_back(worker(&next, &done, cancelled));
    for (QCoro::Task<>& task : running)
        co_await task;
}

QCoro::Task<> JudgeRunner::worker(NextSample* next, SampleDone* done, const std::atomic<bool>* cancelled)
{
    while (!(cancelled && cancelled->load())) {
        std::optional<StoredSample> sample = (*next)();
        if (!sample)
            co_return;
        QList<MetricScore> scores = co_await scoreSample(sample->sample);
        if (cancelled && cancelled->load())
            co_return; // cut short: scored again on resume, from the cache where it got answers
        (*done)(*sample, std::move(scores));
    }
}

QCoro::Task<QList<MetricScore>> JudgeRunner::scoreSample(Sample sample)
{
    QList<MetricScore> scores;
    std::vector<std::pair<qsizetype, QCoro::Task<MetricScore>>> calls;
    const MetricRegistry& registry = MetricRegistry::builtin();
    for (const JudgedMetric* metric : std::as_const(m_metrics)) {
        // The registry entry skips, with the same reason as any metric, a sample lacking an input.
        if (MetricScore skipped = evalbench::scoreSample(*registry.find(metric->id()), sample, {});
            skipped.status == ScoreStatus::Skipped) {
            scores.append(std::move(skipped));
            continue;
        }
        if (metric->needsEmbeddings() && !m_session.hasEmbeddings()) {
            scores.append(MetricScore::failed(
                metric->id(), QStringLiteral("needs an embedding model: set one in the judge profile")));
            continue;
        }
        scores.append(MetricScore {});
        calls.emplace_back(scores.size() - 1, metric->score(sample, &m_session, m_options));
    }
    for (auto& [slot, task] : calls)
        scores[slot] = co_await task;
    co_return scores;
}

} // namespace evalbench

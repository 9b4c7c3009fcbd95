// SPDX-License-Identifier: MIT
#pragma once

#include "common/metricscore.h"
#include "judge/judgedmetric.h"
#include "store/storedsample.h"

#include <atomic>
#include <functional>
#include <optional>

#include <QCoro/QCoroTask>
#include <QList>
#include <QStringList>

namespace evalbench {

class JudgeClient;
class JudgeSession;

// Scores samples with the judged metrics, many samples at once so that the
// judge's concurrency is always used: a fixed set of worker coroutines each take
// the next sample, run all its judged metrics together, and hand the scores
// over as soon as that sample is done. No page barrier: a slow sample never holds
// up the others.
class JudgeRunner
{
public:
    using NextSample = std::function<std::optional<StoredSample>()>;
    using SampleDone = std::function<void(const StoredSample&, QList<MetricScore>)>;

    JudgeRunner(JudgeSession& session, JudgeClient& client, QStringList metrics, JudgedMetricOptions options);

    // Returns when every sample is scored, or soon after `cancelled` turns true
    // (calls in flight are aborted; a sample cut short is not handed over).
    QCoro::Task<> run(NextSample next, SampleDone done, const std::atomic<bool>* cancelled);

    int workers() const;

private:
    QCoro::Task<> worker(NextSample* next, SampleDone* done, const std::atomic<bool>* cancelled);
    QCoro::Task<QList<MetricScore>> scoreSample(Sample sample);

    JudgeSession& m_session;
    JudgeClient& m_client;
    QList<const JudgedMetric*> m_metrics;
    JudgedMetricOptions m_options;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"
#include "jobs/apijobstatus.h"
#include "jobs/apijudgedscorer.h"
#include "jobs/apiqueuedjob.h"
#include "judge/judgeprofile.h"
#include "store/apijobreader.h"
#include "store/apijobrows.h"
#include "store/storereader.h"

#include <atomic>
#include <memory>
#include <optional>

#include <QHash>
#include <QList>
#include <QMap>

namespace evalbench {

class SampleScorer;
class StoreWriter;

// Scores a batch of API jobs with the offline metrics (SampleScorer, spread over the global
// pool) and, given the listener's judge, the judged ones (ApiJudgedScorer), and prepares what
// the store commits for it: each job's outcome and each run's updated aggregate. Keeps the
// aggregates of the runs it has seen, so a batch costs nothing per sample already in the run.
// Used by one thread at a time (the service's scoring loop).
class ApiBatchScorer
{
public:
    struct Batch
    {
        QList<ApiJobOutcome> outcomes;
        QList<ApiJobStatus> statuses; // the jobs as they end, for the signals
        QList<ApiRunUpdate> runs;
        // Jobs whose judging a stop cut short: not in the batch, still queued in the store.
        QList<ApiQueuedJob> unfinished;
    };

    explicit ApiBatchScorer(StoreWriter& writer);
    ~ApiBatchScorer();

    // Reads the requests of jobs queued without them.
    void loadRequests(QList<ApiQueuedJob>& jobs) const;
    // Without a judge, judged metrics are NaN with the reason; `cancelled` cuts judging short.
    Batch score(const QList<ApiQueuedJob>& jobs, const QDateTime& finishedAt,
        const std::optional<JudgeProfile>& judge = std::nullopt, const std::atomic<bool>* cancelled = nullptr);
    // The batch was not stored: its runs' aggregates are read again next time.
    void forget(const QList<ApiRunUpdate>& runs);

private:
    struct RunAggregate
    {
        RunSettings settings;
        QMap<QString, MetricSummary> summary;
    };

    std::shared_ptr<const SampleScorer> scorerFor(const ScoreRequest& request, QString* error);
    RunAggregate& aggregate(const QString& runId, bool reload);

    StoreReader m_store;
    ApiJobReader m_jobs;
    ApiJudgedScorer m_judged;
    QHash<QString, std::shared_ptr<const SampleScorer>> m_scorers; // by metrics, weights and semantics
    QHash<QString, RunAggregate> m_runs;
};

} // namespace evalbench

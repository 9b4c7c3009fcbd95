// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "common/evalerror.h"
#include "common/jobrecord.h"
#include "common/runrecord.h"
#include "jobs/jobprogress.h"
#include "jobs/workspacerequest.h"

#include <atomic>
#include <functional>

namespace evalbench {

class ScorerCatalog;
class StoreWriter;

// One ML scoring run, start to end on a job thread: commit the run and job, score the workspace
// (WorkspaceScorer writes its output/result.json), then store the result and the run's headline
// metrics in one transaction and write the report files. A workspace that fails validation
// leaves no run behind (as a dataset with a bad row does); a scorer that fails later (timeout,
// bad output) leaves a failed run with the error, so the attempt stays visible.
class MlScoreJob
{
public:
    struct Callbacks
    {
        std::function<void()> accepted;
        std::function<void(const JobProgress&)> progress;
        std::function<void(JobState state, const EvalError& error)> finished;
    };

    MlScoreJob(StoreWriter& writer, DataDir dataDir, const ScorerCatalog& catalog, RunRecord run, JobRecord job,
        bool isNew, Callbacks callbacks);

    void run();
    // Thread-safe: a built-in scorer stops between loading and computing, a custom one is killed.
    void cancel() { m_cancelled.store(true); }

    const QString& jobId() const { return m_job.id; }
    const QString& runId() const { return m_run.id; }

private:
    void finish(JobState state, const EvalError& error);

    StoreWriter& m_writer;
    DataDir m_dataDir;
    const ScorerCatalog& m_catalog;
    RunRecord m_run;
    JobRecord m_job;
    bool m_isNew;
    Callbacks m_callbacks;
    std::atomic<bool> m_cancelled { false };
};

} // namespace evalbench

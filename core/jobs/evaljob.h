// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "common/evalerror.h"
#include "common/jobrecord.h"
#include "common/runrecord.h"
#include "jobs/jobprogress.h"

#include <atomic>
#include <functional>

#include <QString>

namespace evalbench {

class StoreWriter;

// One evaluation, run start to end on a job thread: commit the run and job,
// import the dataset (unless already imported), score every unscored sample in
// pages, aggregate, write the artifacts. Each scored page is committed as it
// finishes, so a cancel or a crash keeps what was scored and a restart resumes
// where it stopped.
class EvalJob
{
public:
    struct Callbacks
    {
        std::function<void()> accepted; // the run and job are committed
        std::function<void(const JobProgress&)> progress;
        std::function<void(JobState state, const EvalError& error)> finished;
    };

    // `isNew`: the run and job rows still have to be inserted (a fresh submit);
    // false when resuming rows found in the database.
    EvalJob(StoreWriter& writer, DataDir dataDir, RunRecord run, JobRecord job, bool isNew, Callbacks callbacks);

    void run();
    // Thread-safe; the job stops at the next page boundary (well under a second).
    void cancel() { m_cancelled.store(true); }
    // The judge profile's API key, read by the manager before the job starts; kept in memory only.
    void setJudgeKey(QString key) { m_judgeKey = std::move(key); }
    bool isCancelled() const { return m_cancelled.load(); }

    const QString& jobId() const { return m_job.id; }
    const QString& runId() const { return m_run.id; }

private:
    bool importDataset(EvalError* error);
    bool scoreSamples(EvalError* error);
    void finish(JobState state, const EvalError& error);
    void reportProgress(JobPhase phase, qint64 done, qint64 total);

    StoreWriter& m_writer;
    DataDir m_dataDir;
    RunRecord m_run;
    JobRecord m_job;
    bool m_isNew;
    Callbacks m_callbacks;
    std::atomic<bool> m_cancelled { false };
    QString m_judgeKey;
};

} // namespace evalbench

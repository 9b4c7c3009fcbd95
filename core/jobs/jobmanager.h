// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "common/evalerror.h"
#include "common/jobrecord.h"
#include "jobs/evalrequest.h"
#include "jobs/jobprogress.h"
#include "jobs/workspacerequest.h"
#include "workspace/scorercatalog.h"

#include <functional>
#include <memory>
#include <variant>

#include <QCoro/QCoroTask>
#include <QHash>
#include <QObject>
#include <QThreadPool>

namespace evalbench {

class EvalJob;
class StoreWriter;

// Starts, tracks and cancels evaluation jobs. Lives on the thread that created
// it (the GUI thread, or the CLI's main thread); every signal arrives there.
// Jobs themselves run on a small pool of their own, and their scoring on the
// global pool, so a running job never starves the scoring of another.
class JobManager : public QObject
{
    Q_OBJECT
public:
    // `watchScorers`: notice custom scorers added or changed while running (the window does).
    JobManager(StoreWriter& writer, DataDir dataDir, QObject* parent = nullptr,
        ScorerCatalog::Watch watchScorers = ScorerCatalog::Watch::No);
    ~JobManager() override;

    // Checks the request (file present, metrics known) and starts the job. The
    // run and job are committed before jobAccepted is emitted.
    std::variant<JobTicket, EvalError> submit(const EvalRequest& request);
    // Checks that the workspace folder exists and starts an ML scoring job (kind "ml"); everything
    // else about the workspace is reported by the job when it ends (jobFinished's error).
    std::variant<JobTicket, EvalError> submitWorkspace(const WorkspaceRequest& request);
    // Built-in and custom scorers (DATA_DIR/scorers).
    ScorerCatalog& scorerCatalog() { return m_scorers; }
    // The writer the jobs write through (the Runs page renames and deletes runs with it).
    StoreWriter& writer() const { return m_writer; }
    void cancel(const QString& jobId);
    void cancelRun(const QString& runId);
    void cancelAll();
    int activeCount() const { return int(m_active.size()); }

    // Start-up: resumes jobs a crash left queued or running (an interrupted
    // import starts over; a job whose dataset is gone fails with the reason).
    // Returns how many jobs were resumed.
    int recoverInterrupted();

    // Blocks until every job has ended (shutdown, tests).
    void waitForAll();

Q_SIGNALS:
    void jobAccepted(const QString& jobId, const QString& runId);
    void jobProgress(const evalbench::JobProgress& progress);
    void jobFinished(
        const QString& jobId, const QString& runId, evalbench::JobState state, const evalbench::EvalError& error);

private:
    // What the manager keeps of a running job: enough to cancel it.
    struct ActiveJob
    {
        QString runId;
        std::function<void()> cancel;
    };

    void start(const RunRecord& run, const JobRecord& job, bool isNew);
    // Runs with judged metrics: the judge profile's key is read here, on the manager's thread
    // (the keychain wants the thread that owns its connection), before the job starts.
    QCoro::Task<> startWithJudgeKey(std::shared_ptr<EvalJob> job, QString profileId);
    void startMl(const RunRecord& run, const JobRecord& job, bool isNew);
    template <typename Job> typename Job::Callbacks callbacksFor(const QString& jobId, const QString& runId);

    StoreWriter& m_writer;
    DataDir m_dataDir;
    ScorerCatalog m_scorers;
    QThreadPool m_jobPool;
    QHash<QString, ActiveJob> m_active;
};

} // namespace evalbench

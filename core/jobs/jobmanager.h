// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "common/evalerror.h"
#include "common/jobrecord.h"
#include "jobs/evalrequest.h"
#include "jobs/jobprogress.h"

#include <memory>
#include <variant>

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
    JobManager(StoreWriter& writer, DataDir dataDir, QObject* parent = nullptr);
    ~JobManager() override;

    // Checks the request (file present, metrics known) and starts the job. The
    // run and job are committed before jobAccepted is emitted.
    std::variant<JobTicket, EvalError> submit(const EvalRequest& request);
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
    void start(const RunRecord& run, const JobRecord& job, bool isNew);

    StoreWriter& m_writer;
    DataDir m_dataDir;
    QThreadPool m_jobPool;
    QHash<QString, std::shared_ptr<EvalJob>> m_active;
};

} // namespace evalbench

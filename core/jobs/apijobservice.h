// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "common/evalerror.h"
#include "jobs/apijobstatus.h"
#include "jobs/scorerequest.h"
#include "judge/judgeprofile.h"

#include <optional>
#include <variant>

#include <QObject>

namespace evalbench {

class StoreWriter;

// The engine behind the HTTP API. accept() commits a posted answer as a queued job (and its
// sample in its run: the named one, else the daily "API inbox YYYY-MM-DD" run) before it
// returns, so a 202 always means "stored"; a repeated request id returns the first job.
// Queued jobs are scored in the background on the thread pool, in batches, with the offline
// metrics and, once setJudge() gave it a judge, the judged ones; each scored batch commits the scores and the jobs'
// final states together, so a job is never scored twice into its run. After a crash, start() resumes every queued or
// running job.
//
// accept(), job(), jobs() and scoreNow() may be called from any thread (the HTTP listener's);
// the signals are emitted on the thread that created the service.
class ApiJobService : public QObject
{
    Q_OBJECT
public:
    ApiJobService(StoreWriter& writer, DataDir dataDir, QObject* parent = nullptr);
    ~ApiJobService() override; // stops: see stop()

    // Resumes jobs a crash or a stop left queued or running; returns how many.
    int start();
    // Graceful stop: no new job is taken; batches being scored finish (or their jobs go back to
    // queued, never half-stored). Blocks until then.
    void stop();

    // Validates the request (metrics known) and commits it. Errors: UNKNOWN_METRIC (→ 422),
    // INTERNAL when the store fails (→ 500; never for a caller's mistake).
    std::variant<ApiAcceptance, EvalError> accept(const ScoreRequest& request);
    std::optional<ApiJobStatus> job(const QString& jobId) const;
    ApiJobPage jobs(const ApiJobQuery& query) const;
    // POST /api/score: scores at once, in the calling thread, and stores nothing.
    std::variant<ApiJobStatus, EvalError> scoreNow(const ScoreRequest& request) const;

    int queuedCount() const;

    // The judge for posts that ask for judged metrics (its key filled in), or none: those
    // metrics are then NaN with "needs an LLM judge". A post's judge_model / embedding_model
    // replace the profile's models. Applies from the next batch.
    void setJudge(std::optional<JudgeProfile> profile);
    bool hasJudge() const;

Q_SIGNALS:
    // For live lists (the Score jobs page): a job was accepted, or changed state.
    void jobAccepted(const evalbench::ApiJobStatus& job);
    void jobChanged(const evalbench::ApiJobStatus& job);

private:
    class Private;
    Private* d;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "common/jobrecord.h"
#include "common/runrecord.h"
#include "common/sample.h"
#include "common/sampleannotation.h"
#include "store/apijobrows.h"
#include "store/batchinserter.h"
#include "store/judgerows.h"
#include "store/mlrunoutcome.h"
#include "store/storedsample.h"
#include "store/writeresult.h"

#include <functional>
#include <memory>
#include <optional>

#include <QFuture>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QThread>

namespace evalbench {

class ApiAcceptBatch;
class ApiJobWrites;
class WalCheckpointer;

// The one writer of the database. It owns a thread with its own connection;
// every method queues one transaction there and returns a future that finishes
// once the transaction has committed (or rolled back, with the error). Queued
// transactions run in the order they were submitted.
class StoreWriter
{
public:
    explicit StoreWriter(QString databasePath);
    ~StoreWriter();
    StoreWriter(const StoreWriter&) = delete;
    StoreWriter& operator=(const StoreWriter&) = delete;

    // Empty when the database is open and at the latest schema; otherwise the
    // reason (e.g. a newer schema), and every write fails with it.
    QString openError() const { return m_openError; }
    QString databasePath() const { return m_path; }

    QFuture<WriteResult> insertRunWithJob(const RunRecord& run, const JobRecord& job);
    QFuture<WriteResult> appendSamples(const QString& runId, int firstIndex, const QList<Sample>& samples);
    // The import is complete: the run becomes `status` with its sample count.
    QFuture<WriteResult> markImported(const QString& runId, const QString& jobId, int sampleCount, RunStatus status);
    // Drops a run's samples and scores (an import that starts over after a crash).
    QFuture<WriteResult> clearSamples(const QString& runId);
    // Removes a run with its samples, scores and jobs (a failed import, or a delete).
    QFuture<WriteResult> deleteRun(const QString& runId);
    // Gives a run a new display name; an empty (or blank) name is refused, and so is an unknown run.
    QFuture<WriteResult> renameRun(const QString& runId, const QString& name);
    QFuture<WriteResult> saveResults(const QString& runId, const QString& jobId, const QList<SampleResult>& results);
    QFuture<WriteResult> setJobState(const QString& jobId, JobState state, const QString& error = {});
    QFuture<WriteResult> setRunStatus(const QString& runId, RunStatus status, const QString& error = {});
    QFuture<WriteResult> finishRun(const QString& runId, RunStatus status, const QMap<QString, MetricSummary>& summary,
        std::optional<double> weightedScore, const QString& error = {});
    // An ML scoring run has ended: its result.json (or error envelope), the run's status,
    // headline metrics and sample count, and the job's state, in one transaction.
    QFuture<WriteResult> finishMlRun(const MlRunOutcome& outcome);
    QFuture<WriteResult> setSetting(const QString& key, const QString& value);

    // LLM judge. A profile's name is unique; saving an existing id replaces it.
    QFuture<WriteResult> saveJudgeProfile(const JudgeProfileRow& profile);
    QFuture<WriteResult> deleteJudgeProfile(const QString& profileId);
    // Answers already cached (a concurrent run asked the same) are kept as they are.
    QFuture<WriteResult> putJudgeAnswers(const QList<JudgeCacheRow>& answers);
    QFuture<WriteResult> setRunJudgeUsage(const QString& runId, const QJsonObject& usage);
    QFuture<WriteResult> setRunJudgeAdvice(const QString& runId, const QString& markdown);

    // HTTP API jobs. Group commit: `batch` is sealed when its transaction begins, and every post
    // added to it until then is committed in that one transaction; its outcomes are set before
    // the future finishes.
    QFuture<WriteResult> acceptApiJobs(std::shared_ptr<ApiAcceptBatch> batch);
    // One scoring batch: the new scores, the jobs' final states and the runs' aggregates
    // together. Runs left without queued or running jobs become completed; their ids are put
    // in *drained before the future finishes.
    QFuture<WriteResult> finishApiJobs(
        const QList<ApiJobOutcome>& jobs, const QList<ApiRunUpdate>& runs, std::shared_ptr<QStringList> drained);

    // Human annotations of a sample (`sampleKey` is StoredSample::key), one per metric and one
    // overall (empty metric). Saving replaces the one there (last writer wins) and stamps the time.
    QFuture<WriteResult> saveAnnotation(qint64 sampleKey, const SampleAnnotation& annotation);
    QFuture<WriteResult> deleteAnnotation(qint64 sampleKey, const QString& metric);

    // Blocks until everything queued so far is written.
    void flush();

private:
    QFuture<WriteResult> transact(std::function<QString(QSqlDatabase&)> work);
    // Runs on the writer thread only.
    qint64 metricKey(QSqlDatabase& db, const QString& name, QString* error);
    // Inserts the scores and outcomes of `results` (writer thread).
    QString insertResults(QSqlDatabase& db, const QList<SampleResult>& results);

    QString m_path;
    QString m_openError;
    QThread m_thread;
    QObject* m_context = nullptr; // lives in m_thread; queued work runs through it
    QHash<QString, qint64> m_metricKeys; // writer thread only
    BatchInserter::StatementCache m_batchStatements; // writer thread only
    std::unique_ptr<ApiJobWrites> m_api; // used on the writer thread only
    std::unique_ptr<WalCheckpointer> m_checkpointer; // poked after each commit
};

} // namespace evalbench

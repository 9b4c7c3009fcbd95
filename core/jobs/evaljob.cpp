// SPDX-License-Identifier: MIT
#include "jobs/evaljob.h"

#include "io/artifactwriter.h"
#include "io/datasetreader.h"
#include "jobs/judgedscoring.h"
#include "jobs/runsummarizer.h"
#include "jobs/samplescorer.h"
#include "metrics/metricregistry.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QFileInfo>

namespace evalbench {

namespace {
constexpr int kScoringPage = 2048;

EvalError internalError(const QString& message)
{
    return EvalError { ErrorCode::Internal, message, QStringLiteral("store"), {} };
}
} // namespace

EvalJob::EvalJob(StoreWriter& writer, DataDir dataDir, RunRecord run, JobRecord job, bool isNew, Callbacks callbacks)
    : m_writer(writer)
    , m_dataDir(std::move(dataDir))
    , m_run(std::move(run))
    , m_job(std::move(job))
    , m_isNew(isNew)
    , m_callbacks(std::move(callbacks))
{ }

void EvalJob::reportProgress(JobPhase phase, qint64 done, qint64 total)
{
    if (m_callbacks.progress)
        m_callbacks.progress(JobProgress { m_job.id, m_run.id, phase, done, total });
}

void EvalJob::finish(JobState state, const EvalError& error)
{
    if (m_callbacks.finished)
        m_callbacks.finished(state, error);
}

void EvalJob::run()
{
    if (m_isNew) {
        const WriteResult inserted = m_writer.insertRunWithJob(m_run, m_job).result();
        if (!inserted.ok()) {
            finish(JobState::Failed, internalError(inserted.error));
            return;
        }
    }
    if (m_callbacks.accepted)
        m_callbacks.accepted();
    if (isCancelled()) {
        // Cancelled before it started: nothing was imported, so nothing stays.
        m_writer.deleteRun(m_run.id).waitForFinished();
        finish(JobState::Cancelled, EvalError {});
        return;
    }
    m_writer.setJobState(m_job.id, JobState::Running);

    EvalError error;
    if (m_run.status == RunStatus::Importing) {
        if (!importDataset(&error)) {
            // A failed or cancelled import leaves the database as it was.
            m_writer.deleteRun(m_run.id).waitForFinished();
            finish(isCancelled() ? JobState::Cancelled : JobState::Failed, error);
            return;
        }
    } else {
        m_writer.setRunStatus(m_run.id, RunStatus::Running);
    }

    const bool scored = scoreSamples(&error);
    const JobState state = !scored ? JobState::Failed : isCancelled() ? JobState::Cancelled : JobState::Completed;
    const RunStatus runStatus = state == JobState::Completed ? RunStatus::Completed
        : state == JobState::Cancelled                       ? RunStatus::Cancelled
                                                             : RunStatus::Failed;

    reportProgress(JobPhase::WritingReport, 0, 1);
    StoreReader reader(m_writer.databasePath());
    const QMap<QString, MetricSummary> summary = reader.metricSummary(m_run.id);
    m_writer.finishRun(m_run.id, runStatus, summary, runWeightedScore(summary, m_run.settings), error.message)
        .waitForFinished();

    if (state != JobState::Failed) {
        const QString artifactError = ArtifactWriter(m_dataDir, reader).write(m_run.id);
        if (!artifactError.isEmpty())
            m_writer.setRunStatus(m_run.id, runStatus, QStringLiteral("report files: %1").arg(artifactError));
    }
    m_writer.setJobState(m_job.id, state, error.message).waitForFinished();
    finish(state, error);
}

bool EvalJob::importDataset(EvalError* error)
{
    if (!QFileInfo::exists(m_run.datasetPath)) {
        *error = EvalError { ErrorCode::MissingFile,
            QStringLiteral("the dataset file %1 no longer exists").arg(m_run.datasetPath), QStringLiteral("import"),
            {} };
        return false;
    }
    // A restarted import begins again from the first record.
    m_writer.clearSamples(m_run.id).waitForFinished();

    DatasetReader datasetReader(m_run.datasetPath);
    int nextIndex = 0;
    QFuture<WriteResult> pending;
    QString writeError;
    const std::optional<EvalError> readError = datasetReader.read([&](QList<Sample>&& chunk) {
        // One batch in flight at a time: parsing overlaps writing, memory stays bounded.
        if (pending.isValid() && !pending.result().ok()) {
            writeError = pending.result().error;
            return false;
        }
        const int first = nextIndex;
        nextIndex += int(chunk.size());
        pending = m_writer.appendSamples(m_run.id, first, chunk);
        reportProgress(JobPhase::Importing, datasetReader.bytesRead(), datasetReader.fileSize());
        return !isCancelled();
    });
    if (pending.isValid() && !pending.result().ok() && writeError.isEmpty())
        writeError = pending.result().error;
    if (readError) {
        *error = *readError;
        return false;
    }
    if (!writeError.isEmpty()) {
        *error = internalError(QStringLiteral("could not store the samples: %1").arg(writeError));
        return false;
    }
    if (isCancelled())
        return false;
    m_run.sampleCount = nextIndex;
    const WriteResult imported = m_writer.markImported(m_run.id, m_job.id, nextIndex, RunStatus::Running).result();
    if (!imported.ok()) {
        *error = internalError(imported.error);
        return false;
    }
    m_run.status = RunStatus::Running;
    return true;
}

bool EvalJob::scoreSamples(EvalError* error)
{
    const SampleScorer scorer(m_run.settings, MetricRegistry::builtin());
    if (!scorer.unknownMetrics().isEmpty()) {
        *error = EvalError { ErrorCode::UnknownMetric,
            QStringLiteral("unknown metric(s): %1; `evalbench metrics` lists the known ones")
                .arg(scorer.unknownMetrics().join(QStringLiteral(", "))),
            QStringLiteral("scoring"), {} };
        return false;
    }
    if (!JudgedScoring::judgedMetrics(m_run.settings).isEmpty()) {
        JudgedScoring judged(m_writer, m_run, m_job.id, m_judgeKey);
        return judged.run(
            m_cancelled, [this](qint64 done, qint64 total) { reportProgress(JobPhase::Scoring, done, total); }, error);
    }
    StoreReader reader(m_writer.databasePath());
    const int total = reader.run(m_run.id).value_or(m_run).sampleCount;
    qint64 done = reader.scoredSampleCount(m_run.id);
    reportProgress(JobPhase::Scoring, done, total);

    int afterIndex = -1;
    QFuture<WriteResult> pending;
    while (!isCancelled()) {
        const QList<StoredSample> page =
            reader.unscoredSamples(m_run.id, afterIndex, kScoringPage, scorer.needsLists());
        if (page.isEmpty())
            break;
        const QList<SampleResult> results = scorer.scoreAll(page);
        // Scoring of this page overlapped the write of the previous one.
        if (pending.isValid() && !pending.result().ok()) {
            *error = internalError(QStringLiteral("could not store scores: %1").arg(pending.result().error));
            return false;
        }
        pending = m_writer.saveResults(m_run.id, m_job.id, results);
        afterIndex = page.last().index;
        done += page.size();
        reportProgress(JobPhase::Scoring, done, total);
    }
    if (pending.isValid() && !pending.result().ok()) {
        *error = internalError(QStringLiteral("could not store scores: %1").arg(pending.result().error));
        return false;
    }
    return true;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "jobs/mlscorejob.h"

#include "io/artifactwriter.h"
#include "store/storereader.h"
#include "store/storewriter.h"
#include "workspace/workspacelayout.h"
#include "workspace/workspacescorer.h"

#include <cmath>

namespace evalbench {

namespace {

// The run's summary lists each numeric metric as a one-value aggregate, so the Runs page, the
// report header and comparisons treat ML runs like the others.
QMap<QString, MetricSummary> summaryOf(const QJsonObject& metrics)
{
    QMap<QString, MetricSummary> summary;
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        MetricSummary s;
        if (it.value().isDouble() && std::isfinite(it.value().toDouble())) {
            s.mean = s.min = s.max = it.value().toDouble();
            s.scored = 1;
        } else {
            s.nan = 1;
        }
        summary.insert(it.key(), s);
    }
    return summary;
}

int sampleCountOf(const QJsonObject& metrics)
{
    for (const char* key : { "num_samples", "num_images" }) {
        if (metrics.value(QLatin1String(key)).isDouble())
            return int(metrics.value(QLatin1String(key)).toInteger());
    }
    return 0;
}

} // namespace

MlScoreJob::MlScoreJob(StoreWriter& writer, DataDir dataDir, const ScorerCatalog& catalog, RunRecord run, JobRecord job,
    bool isNew, Callbacks callbacks)
    : m_writer(writer)
    , m_dataDir(std::move(dataDir))
    , m_catalog(catalog)
    , m_run(std::move(run))
    , m_job(std::move(job))
    , m_isNew(isNew)
    , m_callbacks(std::move(callbacks))
{ }

void MlScoreJob::finish(JobState state, const EvalError& error)
{
    if (m_callbacks.finished)
        m_callbacks.finished(state, error);
}

void MlScoreJob::run()
{
    if (m_isNew) {
        const WriteResult inserted = m_writer.insertRunWithJob(m_run, m_job).result();
        if (!inserted.ok()) {
            finish(JobState::Failed,
                EvalError { ErrorCode::Internal, QStringLiteral("cannot store the run: %1").arg(inserted.error),
                    QStringLiteral("storage"), {} });
            return;
        }
    }
    if (m_callbacks.accepted)
        m_callbacks.accepted();
    if (m_cancelled.load()) {
        m_writer.deleteRun(m_run.id).waitForFinished();
        finish(JobState::Cancelled, EvalError {});
        return;
    }
    m_writer.setJobState(m_job.id, JobState::Running);
    m_writer.setRunStatus(m_run.id, RunStatus::Running);
    if (m_callbacks.progress)
        m_callbacks.progress(JobProgress { m_job.id, m_run.id, JobPhase::ScoringWorkspace, 0, 1 });

    const WorkspaceRequest request = WorkspaceRequest::fromPayload(m_job.payload);
    const WorkspaceScore scored = WorkspaceScorer::score(
        WorkspaceLayout(request.workspacePath), m_catalog, request.scorerId, request.params, &m_cancelled);

    const bool cancelled = m_cancelled.load();
    const EvalError& error = scored.outcome.error;
    if (cancelled || (!scored.outcome.ok() && error.stage == QLatin1String("validation"))) {
        // Nothing was scored: leave the database as it was.
        m_writer.deleteRun(m_run.id).waitForFinished();
        finish(cancelled ? JobState::Cancelled : JobState::Failed, cancelled ? EvalError {} : error);
        return;
    }

    MlRunOutcome outcome;
    outcome.runId = m_run.id;
    outcome.jobId = m_job.id;
    outcome.scorer = scored.scorer ? scored.scorer->id : request.scorerId;
    outcome.result = scored.resultFile();
    outcome.settings = m_run.settings;
    outcome.settings.metrics = QStringList { outcome.scorer };
    if (scored.outcome.ok()) {
        const QJsonObject metrics = scored.outcome.result->value(QStringLiteral("metrics")).toObject();
        const QJsonValue score =
            scored.outcome.result->value(QStringLiteral("summary")).toObject().value(QStringLiteral("score"));
        outcome.summary = summaryOf(metrics);
        outcome.sampleCount = sampleCountOf(metrics);
        if (score.isDouble()) {
            outcome.score = score.toDouble();
            // The scorer's id is the run's one "metric" (settings.metrics): its value is the
            // headline, so the Runs page column and comparisons by metric id show it.
            MetricSummary headline;
            headline.mean = headline.min = headline.max = score.toDouble();
            headline.scored = 1;
            outcome.summary.insert(outcome.scorer, headline);
        }
        if (!scored.writeError.isEmpty())
            outcome.error = QStringLiteral("output/result.json: %1").arg(scored.writeError);
    } else {
        outcome.status = RunStatus::Failed;
        outcome.jobState = JobState::Failed;
        outcome.error = error.message;
    }
    const WriteResult stored = m_writer.finishMlRun(outcome).result();
    if (!stored.ok()) {
        finish(JobState::Failed,
            EvalError { ErrorCode::Internal, QStringLiteral("cannot store the result: %1").arg(stored.error),
                QStringLiteral("storage"), {} });
        return;
    }
    if (m_callbacks.progress)
        m_callbacks.progress(JobProgress { m_job.id, m_run.id, JobPhase::WritingReport, 1, 1 });
    StoreReader reader(m_writer.databasePath());
    const QString artifactError = ArtifactWriter(m_dataDir, reader).write(m_run.id);
    if (!artifactError.isEmpty())
        m_writer.setRunStatus(m_run.id, outcome.status, QStringLiteral("report files: %1").arg(artifactError))
            .waitForFinished();
    finish(outcome.jobState, scored.outcome.ok() ? EvalError {} : error);
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "jobs/jobmanager.h"

#include "jobs/evaljob.h"
#include "jobs/judgedscoring.h"
#include "jobs/mlscorejob.h"
#include "judge/apikeystore.h"
#include "metrics/metricregistry.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QFileInfo>
#include <QPointer>
#include <QUuid>

namespace evalbench {

JobManager::JobManager(StoreWriter& writer, DataDir dataDir, QObject* parent, ScorerCatalog::Watch watchScorers)
    : QObject(parent)
    , m_writer(writer)
    , m_dataDir(std::move(dataDir))
    , m_scorers(m_dataDir.scorersPath(), watchScorers)
{
    qRegisterMetaType<evalbench::JobProgress>();
    qRegisterMetaType<evalbench::JobState>();
    qRegisterMetaType<evalbench::EvalError>();
    m_jobPool.setMaxThreadCount(2);
    m_jobPool.setObjectName(QStringLiteral("evalbench-jobs"));
}

JobManager::~JobManager()
{
    cancelAll();
    waitForAll();
}

std::variant<JobTicket, EvalError> JobManager::submit(const EvalRequest& request)
{
    const QFileInfo file(request.datasetPath);
    if (!file.exists() || !file.isFile())
        return EvalError { ErrorCode::MissingFile,
            QStringLiteral("%1 does not exist; give the path of a .jsonl, .json or .csv dataset")
                .arg(request.datasetPath),
            QStringLiteral("validation"), { { QStringLiteral("file"), request.datasetPath } } };
    if (request.settings.metrics.isEmpty())
        return EvalError { ErrorCode::UnknownMetric, QStringLiteral("no metric chosen; pick at least one"),
            QStringLiteral("validation"), {} };
    QStringList unknown;
    for (const QString& id : request.settings.metrics) {
        if (!MetricRegistry::builtin().find(id))
            unknown.append(id);
    }
    if (!unknown.isEmpty())
        return EvalError { ErrorCode::UnknownMetric,
            QStringLiteral("unknown metric(s): %1; `evalbench metrics` lists the known ones")
                .arg(unknown.join(QStringLiteral(", "))),
            QStringLiteral("validation"), { { QStringLiteral("metrics"), QJsonArray::fromStringList(unknown) } } };

    const QStringList judged = JudgedScoring::judgedMetrics(request.settings);
    if (!judged.isEmpty() && request.settings.judge.isEmpty())
        return EvalError { ErrorCode::JudgeUnavailable,
            QStringLiteral("%1 need(s) an LLM judge: choose a judge profile (LLM profiles page), or pass --judge "
                           "PROFILE, or --judge-url URL and --judge-model MODEL")
                .arg(judged.join(QStringLiteral(", "))),
            QStringLiteral("validation"), { { QStringLiteral("metrics"), QJsonArray::fromStringList(judged) } } };

    const QDateTime now = QDateTime::currentDateTimeUtc();
    RunRecord run;
    run.id = RunRecord::newId(now);
    run.name = request.name.isEmpty() ? file.completeBaseName() : request.name;
    run.status = RunStatus::Importing;
    run.createdAt = now;
    run.datasetPath = file.absoluteFilePath();
    run.settings = request.settings;

    JobRecord job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.runId = run.id;
    job.createdAt = now;
    job.state = JobState::Queued;

    start(run, job, true);
    return JobTicket { job.id, run.id };
}

template <typename Job> typename Job::Callbacks JobManager::callbacksFor(const QString& jobId, const QString& runId)
{
    QPointer<JobManager> self(this);
    // The callbacks run on the job thread; each hops to this object's thread.
    typename Job::Callbacks callbacks;
    callbacks.accepted = [self, jobId, runId] {
        QMetaObject::invokeMethod(self, [self, jobId, runId] {
            if (self)
                Q_EMIT self->jobAccepted(jobId, runId);
        });
    };
    callbacks.progress = [self](const JobProgress& progress) {
        QMetaObject::invokeMethod(self, [self, progress] {
            if (self)
                Q_EMIT self->jobProgress(progress);
        });
    };
    callbacks.finished = [self, jobId, runId](JobState state, const EvalError& error) {
        QMetaObject::invokeMethod(self, [self, jobId, runId, state, error] {
            if (!self)
                return;
            self->m_active.remove(jobId);
            Q_EMIT self->jobFinished(jobId, runId, state, error);
        });
    };
    return callbacks;
}

void JobManager::start(const RunRecord& run, const JobRecord& record, bool isNew)
{
    auto job =
        std::make_shared<EvalJob>(m_writer, m_dataDir, run, record, isNew, callbacksFor<EvalJob>(record.id, run.id));
    m_active.insert(record.id, ActiveJob { run.id, [job] { job->cancel(); } });
    if (!run.settings.judge.isEmpty() && !JudgedScoring::judgedMetrics(run.settings).isEmpty()) {
        startWithJudgeKey(job, run.settings.judge.value(QStringLiteral("id")).toString());
        return;
    }
    m_jobPool.start([job] { job->run(); });
}

QCoro::Task<> JobManager::startWithJudgeKey(std::shared_ptr<EvalJob> job, QString profileId)
{
    QPointer<JobManager> self(this);
    // EVALBENCH_JUDGE_API_KEY wins over every stored key.
    QString key = ApiKeyStore::environmentKey();
    if (key.isEmpty()) {
        ApiKeyStore keys(m_dataDir);
        QCoro::Task<KeyResult> reading = keys.readKey(profileId);
        key = (co_await reading).key;
    }
    if (!self)
        co_return; // shutting down: the job never started, so nothing of it was committed
    job->setJudgeKey(key);
    m_jobPool.start([job] { job->run(); });
}

void JobManager::startMl(const RunRecord& run, const JobRecord& record, bool isNew)
{
    auto job = std::make_shared<MlScoreJob>(
        m_writer, m_dataDir, m_scorers, run, record, isNew, callbacksFor<MlScoreJob>(record.id, run.id));
    m_active.insert(record.id, ActiveJob { run.id, [job] { job->cancel(); } });
    m_jobPool.start([job] { job->run(); });
}

std::variant<JobTicket, EvalError> JobManager::submitWorkspace(const WorkspaceRequest& request)
{
    const QFileInfo folder(request.workspacePath);
    if (!folder.isDir())
        return EvalError { ErrorCode::MissingFile,
            QStringLiteral("the workspace folder %1 does not exist; give the folder that holds meta.json, input/ and "
                           "output/")
                .arg(request.workspacePath),
            QStringLiteral("validation"), { { QStringLiteral("workspace"), request.workspacePath } } };
    WorkspaceRequest absolute = request;
    absolute.workspacePath = folder.absoluteFilePath();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    RunRecord run;
    run.id = RunRecord::newId(now);
    run.name = request.name.isEmpty() ? folder.fileName() : request.name;
    run.kind = QStringLiteral("ml");
    run.source = QStringLiteral("workspace");
    run.status = RunStatus::Queued;
    run.createdAt = now;
    run.datasetPath = absolute.workspacePath;
    if (!request.scorerId.isEmpty())
        run.settings.metrics = QStringList { request.scorerId };

    JobRecord job;
    job.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job.runId = run.id;
    job.kind = QStringLiteral("ml");
    job.createdAt = now;
    job.total = 1;
    job.payload = absolute.toPayload();

    startMl(run, job, true);
    return JobTicket { job.id, run.id };
}

void JobManager::cancel(const QString& jobId)
{
    if (const auto it = m_active.constFind(jobId); it != m_active.cend())
        it->cancel();
}

void JobManager::cancelRun(const QString& runId)
{
    for (const ActiveJob& job : std::as_const(m_active)) {
        if (job.runId == runId)
            job.cancel();
    }
}

void JobManager::cancelAll()
{
    for (const ActiveJob& job : std::as_const(m_active))
        job.cancel();
}

void JobManager::waitForAll()
{
    m_jobPool.waitForDone();
}

int JobManager::recoverInterrupted()
{
    StoreReader reader(m_writer.databasePath());
    int resumed = 0;
    QList<JobRecord> pending = reader.jobs(JobState::Running);
    pending += reader.jobs(JobState::Queued);
    for (const JobRecord& job : std::as_const(pending)) {
        // HTTP API jobs are ApiJobService's: it resumes them itself.
        if (m_active.contains(job.id) || job.kind == QLatin1String("api"))
            continue;
        const std::optional<RunRecord> run = reader.run(job.runId);
        if (!run) {
            m_writer.setJobState(job.id, JobState::Failed, QStringLiteral("its run no longer exists"));
            continue;
        }
        if (job.kind == QLatin1String("ml"))
            startMl(*run, job, false);
        else
            start(*run, job, false);
        ++resumed;
    }
    return resumed;
}

} // namespace evalbench

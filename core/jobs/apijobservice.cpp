// SPDX-License-Identifier: MIT
#include "jobs/apijobservice.h"

#include "io/artifactwriter.h"
#include "jobs/apibatchscorer.h"
#include "jobs/apigroupcommit.h"
#include "jobs/apijobnotifier.h"
#include "jobs/apistatusbuilder.h"
#include "jobs/samplescorer.h"
#include "metrics/metricregistry.h"
#include "store/apijobreader.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <deque>

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QThreadPool>
#include <QUuid>
#include <QWaitCondition>

Q_LOGGING_CATEGORY(lcApiJobs, "evalbench.apijobs")

namespace evalbench {

namespace {

constexpr qsizetype kBatchSize = 128;
// Past this backlog, queued jobs are kept without their request (read back from the store when
// their batch comes), so memory stays flat under a burst.
constexpr qsizetype kRequestsInMemory = 20000;
// A drained run's report files are written once the queue has stayed empty this long: under a
// steady stream of posts the queue empties many times a second, and each write reads the whole,
// growing run (rewriting them at every drain took half the server's CPU under load). A stream
// that never pauses still gets them written after kReportMaxDelay.
constexpr std::chrono::milliseconds kReportQuietPeriod { 2000 };
constexpr std::chrono::minutes kReportMaxDelay { 5 };
// A scoring batch is stored in one transaction, which costs about the same for 3 jobs as for
// 100. Under load posts arrive a few at a time, so the loop waits this long for a batch to
// fill before it scores a partial one (nobody waits on scoring: the 202 has been sent).
constexpr std::chrono::milliseconds kBatchGatherTime { 25 };

// Fills in the default metrics; an error names the unknown ones.
std::optional<EvalError> resolveMetrics(ScoreRequest& request)
{
    const MetricRegistry& registry = MetricRegistry::builtin();
    if (request.metrics.isEmpty())
        request.metrics = registry.defaultOfflineMetrics();
    request.metrics.removeDuplicates();
    QStringList unknown;
    for (const QString& id : std::as_const(request.metrics)) {
        if (!registry.find(id))
            unknown.append(id);
    }
    if (unknown.isEmpty())
        return std::nullopt;
    return EvalError { ErrorCode::UnknownMetric,
        QStringLiteral("unknown metric(s): %1; `evalbench metrics` lists the known ones")
            .arg(unknown.join(QStringLiteral(", "))),
        QStringLiteral("validation"), { { QStringLiteral("metrics"), QJsonArray::fromStringList(unknown) } } };
}

// A UUID (version 7) that starts with the time in milliseconds: jobs get ids in about the
// order they are inserted, so the indexes on job ids grow at their end instead of touching a
// random page per insert (which made the writer rewrite a page per job).
QString newJobId(const QDateTime& now)
{
    QByteArray bytes(16, Qt::Uninitialized);
    const quint64 ms = quint64(now.toMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = char((ms >> (8 * (5 - i))) & 0xff);
    quint32 random[3];
    QRandomGenerator::global()->fillRange(random);
    std::memcpy(bytes.data() + 6, random, 10);
    bytes[6] = char((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

RunSettings settingsOf(const ScoreRequest& request)
{
    RunSettings settings;
    settings.metrics = request.metrics;
    settings.weights = request.weights;
    settings.ragasCompat = request.ragasCompat;
    return settings;
}

} // namespace

class ApiJobService::Private
{
public:
    Private(ApiJobService& service, StoreWriter& writer, DataDir dataDir)
        : writer(writer)
        , dataDir(std::move(dataDir))
        , commits(writer)
        , jobs(writer.databasePath())
        , notifier(service)
        , scorer(writer)
    {
        loop.setMaxThreadCount(1);
        loop.setObjectName(QStringLiteral("evalbench-api-jobs"));
    }

    // With `mutex` held: starts the scoring loop unless it runs (or the service is stopped).
    void kick();
    void runLoop();
    void scoreBatch(QList<ApiQueuedJob> batch);
    void writeReports();

    StoreWriter& writer;
    DataDir dataDir;
    ApiGroupCommit commits;
    ApiJobReader jobs;
    ApiJobNotifier notifier;
    QThreadPool loop; // one thread: the scoring loop

    mutable QMutex mutex; // guards what follows
    QWaitCondition workArrived; // wakes the loop while it waits for a quiet queue or a full batch
    bool waitingForQuiet = false;
    std::deque<ApiQueuedJob> queue;
    // The jobs being scored now. Their stored state stays "queued" until they end (one state
    // change per job in the store, not two: the second index update and transaction cost a fifth
    // of the accepted posts per second); job() and jobs() report them as running, and a crash
    // leaves them queued, to be resumed like any other.
    QSet<QString> running;
    bool started = false;
    bool looping = false;
    std::optional<JudgeProfile> judge; // the listener's judge (with its key), if any
    qint64 startSeq = 0; // jobs up to this one were read by start(); later ones are queued by accept()

    // Set by stop(): judging in progress is cut short (its jobs stay queued).
    std::atomic<bool> stopping = false;

    // Scoring loop only.
    ApiBatchScorer scorer;
    QSet<QString> drainedRuns; // their report files are refreshed once the queue stays empty
    QDeadlineTimer reportsOverdue; // since the first of drainedRuns drained, plus kReportMaxDelay
};

void ApiJobService::Private::kick()
{
    if (!started || queue.empty())
        return;
    if (looping) {
        // Woken only when there is something to do now: not at every post of a filling batch.
        if (waitingForQuiet || qsizetype(queue.size()) >= kBatchSize)
            workArrived.wakeOne();
        return;
    }
    looping = true;
    loop.start([this] { runLoop(); });
}

void ApiJobService::Private::runLoop()
{
    for (;;) {
        QList<ApiQueuedJob> batch;
        {
            const QMutexLocker lock(&mutex);
            if (!stopping && started && !queue.empty() && qsizetype(queue.size()) < kBatchSize) {
                const QDeadlineTimer gathered(kBatchGatherTime);
                while (!stopping && started && qsizetype(queue.size()) < kBatchSize && !gathered.hasExpired())
                    workArrived.wait(&mutex, gathered);
            }
            while (started && !queue.empty() && batch.size() < kBatchSize) {
                batch.append(std::move(queue.front()));
                queue.pop_front();
            }
            if (batch.isEmpty() && drainedRuns.isEmpty()) {
                looping = false;
                return;
            }
            // Idle with report files to write: first wait for the queue to stay empty. A post
            // (kick) or stop() wakes the wait and is looked at first.
            if (batch.isEmpty() && !stopping && !reportsOverdue.hasExpired()) {
                waitingForQuiet = true;
                const bool woken = workArrived.wait(&mutex, QDeadlineTimer(kReportQuietPeriod));
                waitingForQuiet = false;
                if (woken)
                    continue;
            }
        }
        if (batch.isEmpty())
            writeReports(); // quiet, overdue or stopping: the runs that drained get their files
        else
            scoreBatch(std::move(batch));
    }
}

void ApiJobService::Private::scoreBatch(QList<ApiQueuedJob> batch)
{
    scorer.loadRequests(batch);
    QStringList ids;
    QList<ApiJobStatus> running;
    ids.reserve(batch.size());
    running.reserve(batch.size());
    for (const ApiQueuedJob& job : std::as_const(batch)) {
        ids.append(job.jobId);
        running.append(apistatus::fromQueued(job, JobState::Running));
    }
    {
        const QMutexLocker lock(&mutex);
        for (const QString& id : std::as_const(ids))
            this->running.insert(id);
    }
    notifier.changed(running);
    const auto done = qScopeGuard([this, &ids] {
        const QMutexLocker lock(&mutex);
        for (const QString& id : std::as_const(ids))
            this->running.remove(id);
    });

    std::optional<JudgeProfile> judgeProfile;
    {
        const QMutexLocker lock(&mutex);
        judgeProfile = judge;
    }
    ApiBatchScorer::Batch scored = scorer.score(batch, QDateTime::currentDateTimeUtc(), judgeProfile, &stopping);
    if (!scored.unfinished.isEmpty()) {
        // Cut short by a stop: still queued in the store, resumed by the next start().
        QList<ApiJobStatus> queued;
        for (const ApiQueuedJob& job : std::as_const(scored.unfinished))
            queued.append(apistatus::fromQueued(job, JobState::Queued));
        notifier.changed(queued);
    }
    auto drained = std::make_shared<QStringList>();
    const WriteResult stored = writer.finishApiJobs(scored.outcomes, scored.runs, drained).result();
    if (stored.ok()) {
        notifier.changed(scored.statuses);
        if (drainedRuns.isEmpty() && !drained->isEmpty())
            reportsOverdue = QDeadlineTimer(kReportMaxDelay);
        for (const QString& runId : std::as_const(*drained))
            drainedRuns.insert(runId);
        return;
    }
    // Nothing of the batch was stored: the jobs fail with the reason (if even that cannot be
    // stored, they stay running and the next start() resumes them).
    scorer.forget(scored.runs);
    const QString error = QStringLiteral("could not store the scores: %1").arg(stored.error);
    qCWarning(lcApiJobs) << error;
    QList<ApiJobOutcome> failed = scored.outcomes;
    for (qsizetype i = 0; i < failed.size(); ++i) {
        failed[i].state = JobState::Failed;
        failed[i].error = error;
        failed[i].result.reset();
        scored.statuses[i].state = JobState::Failed;
        scored.statuses[i].error = error;
        scored.statuses[i].scores.clear();
        scored.statuses[i].skippedMetrics.clear();
        scored.statuses[i].weightedScore.reset();
    }
    if (writer.finishApiJobs(failed, {}, drained).result().ok())
        notifier.changed(scored.statuses);
}

void ApiJobService::Private::writeReports()
{
    const QSet<QString> runs = std::exchange(drainedRuns, {});
    const StoreReader reader(writer.databasePath());
    for (const QString& runId : runs) {
        if (const QString error = ArtifactWriter(dataDir, reader).write(runId); !error.isEmpty())
            qCWarning(lcApiJobs) << "report files of run" << runId << ":" << error;
    }
}

ApiJobService::ApiJobService(StoreWriter& writer, DataDir dataDir, QObject* parent)
    : QObject(parent)
    , d(new Private(*this, writer, std::move(dataDir)))
{
    qRegisterMetaType<evalbench::ApiJobStatus>();
    qRegisterMetaType<evalbench::ScoreRequest>();
    qRegisterMetaType<evalbench::EvalError>();
}

ApiJobService::~ApiJobService()
{
    stop();
    delete d;
}

int ApiJobService::start()
{
    const QMutexLocker lock(&d->mutex);
    if (d->started)
        return 0;
    d->started = true;
    // Under the lock: an accept() that commits meanwhile waits here, then queues its job itself
    // (its seq is past startSeq), so no job is queued twice or missed.
    d->startSeq = d->jobs.lastSeq();
    const QList<StoredApiJob> unfinished = d->jobs.unfinished(d->startSeq);
    for (const StoredApiJob& stored : unfinished) {
        ApiQueuedJob job;
        job.jobId = stored.job.id;
        job.runId = stored.job.runId;
        job.sampleKey = stored.sampleKey;
        job.sampleIndex = stored.sampleIndex;
        job.createdAt = stored.job.createdAt;
        job.scored = stored.scored;
        d->queue.push_back(std::move(job));
    }
    d->kick();
    return int(unfinished.size());
}

void ApiJobService::stop()
{
    {
        const QMutexLocker lock(&d->mutex);
        d->started = false;
        // Still queued in the store; the next start() reads them again.
        d->queue.clear();
    }
    d->stopping = true;
    {
        // After `stopping` is set: a loop waiting for a quiet queue writes its report files now.
        const QMutexLocker lock(&d->mutex);
        d->workArrived.wakeAll();
    }
    d->loop.waitForDone();
    d->stopping = false;
}

void ApiJobService::setJudge(std::optional<JudgeProfile> profile)
{
    const QMutexLocker lock(&d->mutex);
    d->judge = std::move(profile);
}

bool ApiJobService::hasJudge() const
{
    const QMutexLocker lock(&d->mutex);
    return d->judge.has_value();
}

std::variant<ApiAcceptance, EvalError> ApiJobService::accept(const ScoreRequest& request)
{
    auto resolved = std::make_shared<ScoreRequest>(request);
    if (std::optional<EvalError> error = resolveMetrics(*resolved))
        return *error;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    ApiJobInsert insert;
    insert.runName = resolved->runName.isEmpty() ? QStringLiteral("API inbox ") + now.date().toString(Qt::ISODate)
                                                 : resolved->runName;
    // newRun.id stays empty: the writer makes one only if the run must be created.
    insert.newRun.kind = QStringLiteral("rag");
    insert.newRun.source = QStringLiteral("api");
    insert.newRun.createdAt = now;
    insert.newRun.settings = settingsOf(*resolved);
    insert.metrics = resolved->metrics;
    insert.job.id = newJobId(now);
    insert.job.kind = QStringLiteral("api");
    insert.job.state = JobState::Queued;
    insert.job.createdAt = now;
    insert.job.total = 1;
    // Without the sample: it is stored once, as the run's sample, and ApiJobReader puts it back
    // (this halves what an accept writes).
    {
        ScoreRequest withoutSample = *resolved;
        withoutSample.sample = {};
        insert.job.payload = withoutSample.toPayload();
        insert.job.payload.remove(QStringLiteral("sample"));
    }
    insert.requestId = resolved->requestId;
    if (resolved->sample.id.isEmpty())
        resolved->sample.id = insert.job.id; // "View report" finds the sample by its job
    insert.sample = resolved->sample;

    const auto committed = d->commits.commit(std::move(insert));
    if (const QString* error = std::get_if<QString>(&committed))
        return EvalError { ErrorCode::Internal, QStringLiteral("could not store the job: %1").arg(*error),
            QStringLiteral("store"), {} };
    const ApiJobInserted& inserted = std::get<ApiJobInserted>(committed);

    if (inserted.duplicate) {
        if (std::optional<ApiJobStatus> first = job(inserted.jobId))
            return ApiAcceptance { *first, true };
    }
    ApiQueuedJob queued;
    queued.jobId = inserted.jobId;
    queued.runId = inserted.runId;
    queued.sampleKey = inserted.sampleKey;
    queued.sampleIndex = inserted.sampleIndex;
    queued.createdAt = now;
    queued.request = resolved;
    const ApiJobStatus status = apistatus::fromQueued(queued, JobState::Queued);
    if (inserted.duplicate) // the first job vanished between the commit and the read
        return ApiAcceptance { status, true };

    d->notifier.accepted(status);
    {
        const QMutexLocker lock(&d->mutex);
        if (d->started && inserted.seq > d->startSeq) {
            if (qsizetype(d->queue.size()) >= kRequestsInMemory)
                queued.request.reset();
            d->queue.push_back(std::move(queued));
            d->kick();
        }
    }
    return ApiAcceptance { status, false };
}

std::optional<ApiJobStatus> ApiJobService::job(const QString& jobId) const
{
    const std::optional<StoredApiJob> stored = d->jobs.job(jobId);
    if (!stored)
        return std::nullopt;
    ApiJobStatus status = apistatus::fromStored(*stored);
    const QMutexLocker lock(&d->mutex);
    if (status.state == JobState::Queued && d->running.contains(jobId))
        status.state = JobState::Running;
    return status;
}

ApiJobPage ApiJobService::jobs(const ApiJobQuery& query) const
{
    QSet<QString> running;
    {
        const QMutexLocker lock(&d->mutex);
        running = d->running;
    }
    const int limit = std::max(query.limit, 0);
    const int offset = std::max(query.offset, 0);
    ApiJobPage page;
    auto overlay = [&running](ApiJobStatus status) {
        if (status.state == JobState::Queued && running.contains(status.jobId))
            status.state = JobState::Running;
        return status;
    };
    if (query.state == JobState::Running) {
        // The jobs being scored (stored as queued), and any a crash left marked running.
        QList<StoredApiJob> matching;
        for (const QString& id : std::as_const(running)) {
            const std::optional<StoredApiJob> stored = d->jobs.job(id);
            if (stored && stored->job.state == JobState::Queued
                && (query.search.isEmpty() || stored->question.contains(query.search, Qt::CaseInsensitive)))
                matching.append(*stored);
        }
        int storedRunning = 0;
        matching += d->jobs.jobs(StoredApiJobQuery { JobState::Running, query.search, 100000, 0 }, &storedRunning);
        std::sort(matching.begin(), matching.end(),
            [](const StoredApiJob& a, const StoredApiJob& b) { return a.seq > b.seq; });
        page.total = int(matching.size());
        for (qsizetype i = offset; i < matching.size() && page.jobs.size() < limit; ++i)
            page.jobs.append(overlay(apistatus::fromStored(matching[i])));
        return page;
    }
    // "queued" leaves out the ones being scored: they are the oldest queued, at the end of the
    // newest-first list, so reading as many more rows and dropping them keeps the page exact.
    const bool queuedOnly = query.state == JobState::Queued;
    const int extra = queuedOnly ? int(running.size()) : 0;
    const QList<StoredApiJob> stored =
        d->jobs.jobs(StoredApiJobQuery { query.state, query.search, limit + extra, offset }, &page.total);
    if (queuedOnly) {
        for (const QString& id : std::as_const(running)) {
            const std::optional<StoredApiJob> job = d->jobs.job(id);
            if (job && job->job.state == JobState::Queued
                && (query.search.isEmpty() || job->question.contains(query.search, Qt::CaseInsensitive)))
                --page.total;
        }
    }
    for (const StoredApiJob& job : stored) {
        if (page.jobs.size() >= limit)
            break;
        if (queuedOnly && running.contains(job.job.id))
            continue;
        page.jobs.append(overlay(apistatus::fromStored(job)));
    }
    return page;
}

std::variant<ApiJobStatus, EvalError> ApiJobService::scoreNow(const ScoreRequest& request) const
{
    QElapsedTimer timer;
    timer.start();
    ScoreRequest resolved = request;
    if (std::optional<EvalError> error = resolveMetrics(resolved))
        return *error;
    const SampleScorer scorer(settingsOf(resolved), MetricRegistry::builtin());
    StoredSample sample;
    sample.sample = resolved.sample;
    const SampleResult result = scorer.score(sample);

    ApiJobStatus status;
    status.state = JobState::Completed;
    status.createdAt = QDateTime::currentDateTimeUtc();
    status.finishedAt = status.createdAt;
    status.requestSummary = resolved.summary();
    apistatus::setScores(status, result.scores, result.weightedScore);
    status.latencyMs = timer.elapsed();
    return status;
}

int ApiJobService::queuedCount() const
{
    int total = 0;
    d->jobs.jobs(StoredApiJobQuery { JobState::Queued, {}, 0, 0 }, &total);
    return total;
}

} // namespace evalbench

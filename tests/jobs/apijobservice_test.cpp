// SPDX-License-Identifier: MIT
#include "common/enginetest.h"
#include "common/testprinters.h"
#include "io/reportexporter.h"
#include "jobs/apijobservice.h"
#include "metrics/exactmatchmetric.h"
#include "metrics/metricregistry.h"
#include "metrics/rougelmetric.h"
#include "metrics/tokenf1metric.h"
#include "store/connectionpool.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <gtest/gtest.h>
#include <thread>

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace evalbench;

namespace {

class ApiJobServiceTest : public EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        makeService();
    }
    void TearDown() override
    {
        m_service.reset();
        EngineTest::TearDown();
    }

    void makeService()
    {
        m_service.reset();
        m_service = std::make_unique<ApiJobService>(*m_writer, *m_dataDir);
        m_changed = std::make_unique<QSignalSpy>(m_service.get(), &ApiJobService::jobChanged);
    }

    static ScoreRequest request(const QString& question, const QString& answer = QStringLiteral("Paris is the capital"),
        std::optional<QString> groundTruth = QStringLiteral("The capital is Paris"))
    {
        ScoreRequest r;
        r.sample.question = question;
        r.sample.answer = answer;
        r.sample.groundTruth = std::move(groundTruth);
        r.sample.contexts = QStringList { QStringLiteral("Paris is the capital of France.") };
        r.metrics = { QStringLiteral("exact_match"), QStringLiteral("token_f1"), QStringLiteral("rouge_l") };
        return r;
    }

    ApiAcceptance accept(const ScoreRequest& r)
    {
        const auto accepted = m_service->accept(r);
        EXPECT_TRUE(std::holds_alternative<ApiAcceptance>(accepted));
        if (const EvalError* error = std::get_if<EvalError>(&accepted))
            ADD_FAILURE() << error->message.toStdString();
        return std::holds_alternative<ApiAcceptance>(accepted) ? std::get<ApiAcceptance>(accepted) : ApiAcceptance {};
    }

    // Waits until every job in `ids` was reported final; returns how often each was.
    QHash<QString, int> waitForFinal(const QSet<QString>& ids)
    {
        QHash<QString, int> finals;
        QSet<QString> open = ids;
        while (!open.isEmpty()) {
            if (m_changed->isEmpty() && !m_changed->wait(60000))
                break;
            while (!m_changed->isEmpty()) {
                const auto status = m_changed->takeFirst().at(0).value<ApiJobStatus>();
                if (isFinal(status.state)) {
                    ++finals[status.jobId];
                    open.remove(status.jobId);
                }
            }
        }
        EXPECT_TRUE(open.isEmpty()) << open.size() << " jobs did not finish";
        return finals;
    }

    StoreReader reader() const { return StoreReader(m_dataDir->databasePath()); }

    int count(const QString& sql) const
    {
        QSqlQuery query(ConnectionPool::forCurrentThread(m_dataDir->databasePath()));
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }
    void exec(const QString& sql) const
    {
        QSqlQuery query(ConnectionPool::forCurrentThread(m_dataDir->databasePath()));
        ASSERT_TRUE(query.exec(sql)) << sql.toStdString();
    }

    std::unique_ptr<ApiJobService> m_service;
    std::unique_ptr<QSignalSpy> m_changed;
};

QString inboxName()
{
    return QStringLiteral("API inbox ") + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

TEST_F(ApiJobServiceTest, AcceptCommitsThenScoresAndReportsTheContractShape)
{
    QSignalSpy acceptedSpy(m_service.get(), &ApiJobService::jobAccepted);
    const ScoreRequest r = request(QStringLiteral("What is the capital of France?"));
    const ApiAcceptance accepted = accept(r);
    EXPECT_FALSE(accepted.duplicate);
    EXPECT_EQ(accepted.job.state, JobState::Queued);
    EXPECT_EQ(accepted.job.sampleIndex, 0);

    // Committed before accept() returned: another connection sees the job, its sample and run.
    const auto stored = reader().job(accepted.job.jobId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->kind, QStringLiteral("api"));
    EXPECT_EQ(stored->state, JobState::Queued);
    EXPECT_EQ(ScoreRequest::fromPayload(stored->payload).metrics, r.metrics);
    const auto run = reader().run(accepted.job.runId);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->name, inboxName());
    EXPECT_EQ(run->kind, QStringLiteral("rag"));
    EXPECT_EQ(run->source, QStringLiteral("api"));
    EXPECT_EQ(run->status, RunStatus::Running);
    EXPECT_EQ(run->sampleCount, 1);
    EXPECT_EQ(run->settings.metrics, r.metrics);
    const QList<StoredSample> samples = reader().samples(run->id, 0, -1);
    ASSERT_EQ(samples.size(), 1);
    EXPECT_EQ(samples[0].sample.question, r.sample.question);
    EXPECT_EQ(samples[0].sample.contexts, r.sample.contexts);
    EXPECT_EQ(samples[0].sample.id, accepted.job.jobId);

    const QJsonObject queued = accepted.job.toJson();
    EXPECT_EQ(queued.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    EXPECT_TRUE(queued.value(QStringLiteral("finished_at")).isNull());
    EXPECT_TRUE(queued.value(QStringLiteral("latency_ms")).isNull());

    EXPECT_EQ(m_service->start(), 1);
    waitForFinal({ accepted.job.jobId });
    if (acceptedSpy.isEmpty()) {
        EXPECT_TRUE(acceptedSpy.wait(10000));
    }
    EXPECT_EQ(acceptedSpy.size(), 1);

    const std::optional<ApiJobStatus> done = m_service->job(accepted.job.jobId);
    ASSERT_TRUE(done);
    ASSERT_EQ(done->state, JobState::Completed) << done->error.toStdString();
    const MetricOptions options;
    const double exact = ExactMatchMetric().score(r.sample, options).value;
    const double f1 = TokenF1Metric().score(r.sample, options).value;
    const double rouge = RougeLMetric().score(r.sample, options).value;
    ASSERT_EQ(done->scores.size(), 3);
    EXPECT_DOUBLE_EQ(done->scores.value(QStringLiteral("exact_match")).value_or(-1), exact);
    EXPECT_DOUBLE_EQ(done->scores.value(QStringLiteral("token_f1")).value_or(-1), f1);
    EXPECT_DOUBLE_EQ(done->scores.value(QStringLiteral("rouge_l")).value_or(-1), rouge);
    ASSERT_TRUE(done->weightedScore);
    EXPECT_NEAR(*done->weightedScore, (exact + f1 + rouge) / 3, 1e-12);
    EXPECT_TRUE(done->skippedMetrics.isEmpty());
    ASSERT_TRUE(done->latencyMs);
    EXPECT_EQ(*done->latencyMs, done->createdAt.msecsTo(done->finishedAt));

    const QJsonObject json = done->toJson();
    QStringList keys = json.keys();
    keys.sort();
    EXPECT_EQ(keys,
        QStringList({ QStringLiteral("created_at"), QStringLiteral("error"), QStringLiteral("finished_at"),
            QStringLiteral("job_id"), QStringLiteral("latency_ms"), QStringLiteral("request_summary"),
            QStringLiteral("run_id"), QStringLiteral("scores"), QStringLiteral("skipped_metrics"),
            QStringLiteral("status"), QStringLiteral("weighted_score") }));
    EXPECT_EQ(json.value(QStringLiteral("job_id")).toString(), accepted.job.jobId);
    EXPECT_EQ(json.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(json.value(QStringLiteral("run_id")).toString(), accepted.job.runId);
    EXPECT_TRUE(json.value(QStringLiteral("error")).isNull());
    for (const char* time : { "created_at", "finished_at" }) {
        const QString text = json.value(QLatin1String(time)).toString();
        EXPECT_TRUE(text.endsWith(QLatin1Char('Z'))) << text.toStdString();
        EXPECT_TRUE(QDateTime::fromString(text, Qt::ISODateWithMs).isValid()) << text.toStdString();
    }
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("scores")).toObject().value(QStringLiteral("token_f1")).toDouble(), f1);
    EXPECT_TRUE(json.value(QStringLiteral("skipped_metrics")).isArray());
    EXPECT_TRUE(json.value(QStringLiteral("latency_ms")).isDouble());
    const QJsonObject summary = json.value(QStringLiteral("request_summary")).toObject();
    EXPECT_EQ(summary.value(QStringLiteral("question")).toString(), r.sample.question);
    EXPECT_EQ(summary.value(QStringLiteral("metrics")).toArray().size(), 3);
    EXPECT_TRUE(summary.value(QStringLiteral("has_contexts")).toBool());
    EXPECT_TRUE(summary.value(QStringLiteral("has_ground_truth")).toBool());
    EXPECT_TRUE(summary.value(QStringLiteral("judge_model")).isNull());

    // The run drained: completed with its aggregate; its report files are written once the
    // loop is idle (stop() waits for that) and the export works like for any run.
    m_service->stop();
    const auto finished = reader().run(accepted.job.runId);
    ASSERT_TRUE(finished);
    EXPECT_EQ(finished->status, RunStatus::Completed);
    EXPECT_EQ(finished->scoredCount, 1);
    EXPECT_DOUBLE_EQ(finished->summary.value(QStringLiteral("token_f1")).mean, f1);
    ASSERT_TRUE(finished->weightedScore);
    EXPECT_NEAR(*finished->weightedScore, (exact + f1 + rouge) / 3, 1e-12);
    const QString folder = m_dataDir->runPath(accepted.job.runId);
    for (const char* file : { "report.json", "summary.md", "scores.csv", "metadata.json" })
        EXPECT_TRUE(QFile::exists(folder + QLatin1Char('/') + QLatin1String(file))) << file;
    const StoreReader storeReader = reader();
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    EXPECT_FALSE(ReportExporter(*m_dataDir, storeReader).write(accepted.job.runId, ExportFormat::Json, out));
    const QJsonObject report = QJsonDocument::fromJson(out.data()).object();
    EXPECT_EQ(report.value(QStringLiteral("samples")).toArray().size(), 1);
}

// A drained run's report files are written by the idle loop once the queue has stayed empty
// for its quiet period, with no stop() needed: a listener that runs for days still has them.
TEST_F(ApiJobServiceTest, ReportFilesAreWrittenOnceTheQueueStaysQuiet)
{
    m_service->start();
    const ApiAcceptance accepted = accept(request(QStringLiteral("quiet")));
    waitForFinal({ accepted.job.jobId });
    const QString folder = m_dataDir->runPath(accepted.job.runId);
    ASSERT_TRUE(QDir().mkpath(folder));
    QFileSystemWatcher watcher({ folder });
    QSignalSpy folderChanged(&watcher, &QFileSystemWatcher::directoryChanged);
    const QString report = folder + QStringLiteral("/report.json");
    while (!QFile::exists(report) && folderChanged.wait(30000)) { }
    EXPECT_TRUE(QFile::exists(report));
    EXPECT_TRUE(QFile::exists(folder + QStringLiteral("/scores.csv")));
}

TEST_F(ApiJobServiceTest, RepeatedRequestIdReturnsTheFirstJobEvenAfterARestart)
{
    ScoreRequest r = request(QStringLiteral("q"));
    r.requestId = QStringLiteral("wf-run-1-score");
    const ApiAcceptance first = accept(r);
    EXPECT_FALSE(first.duplicate);
    const ApiAcceptance second = accept(r);
    EXPECT_TRUE(second.duplicate);
    EXPECT_EQ(second.job.jobId, first.job.jobId);
    EXPECT_EQ(second.job.runId, first.job.runId);

    makeService(); // a new service on the same database: the key is stored, not remembered
    const ApiAcceptance third = accept(r);
    EXPECT_TRUE(third.duplicate);
    EXPECT_EQ(third.job.jobId, first.job.jobId);
    EXPECT_EQ(third.job.sampleIndex, 0);

    r.requestId = QStringLiteral("wf-run-2-score");
    EXPECT_FALSE(accept(r).duplicate);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE kind = 'api'")), 2);
    EXPECT_EQ(reader().run(first.job.runId)->sampleCount, 2);
}

TEST_F(ApiJobServiceTest, SamplesOfOneRunNameLandInOneRunInOrder)
{
    QStringList runIds;
    for (int i = 0; i < 3; ++i) {
        ScoreRequest r = request(QStringLiteral("named %1").arg(i));
        r.runName = QStringLiteral("nightly");
        const ApiAcceptance accepted = accept(r);
        EXPECT_EQ(accepted.job.sampleIndex, i);
        runIds.append(accepted.job.runId);
    }
    for (int i = 0; i < 2; ++i)
        runIds.append(accept(request(QStringLiteral("inbox %1").arg(i))).job.runId);
    EXPECT_EQ(runIds[0], runIds[1]);
    EXPECT_EQ(runIds[0], runIds[2]);
    EXPECT_EQ(runIds[3], runIds[4]);
    EXPECT_NE(runIds[0], runIds[3]);

    // After a restart the run is found by name and continues after its last sample.
    makeService();
    ScoreRequest more = request(QStringLiteral("named 3"));
    more.runName = QStringLiteral("nightly");
    more.metrics = { QStringLiteral("bleu") };
    const ApiAcceptance later = accept(more);
    EXPECT_EQ(later.job.runId, runIds[0]);
    EXPECT_EQ(later.job.sampleIndex, 3);

    const auto nightly = reader().run(runIds[0]);
    ASSERT_TRUE(nightly);
    EXPECT_EQ(nightly->name, QStringLiteral("nightly"));
    EXPECT_EQ(nightly->sampleCount, 4);
    EXPECT_TRUE(nightly->settings.metrics.contains(QStringLiteral("bleu"))); // the union of metrics seen
    EXPECT_TRUE(nightly->settings.metrics.contains(QStringLiteral("token_f1")));
    const QList<StoredSample> samples = reader().samples(runIds[0], 0, -1);
    ASSERT_EQ(samples.size(), 4);
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(samples[i].sample.question, QStringLiteral("named %1").arg(i));
    const auto inbox = reader().run(runIds[3]);
    ASSERT_TRUE(inbox);
    EXPECT_EQ(inbox->name, inboxName());
    EXPECT_EQ(inbox->sampleCount, 2);
}

TEST_F(ApiJobServiceTest, UnknownMetricsAreRejectedAndNothingIsStored)
{
    ScoreRequest r = request(QStringLiteral("q"));
    r.metrics = { QStringLiteral("token_f1"), QStringLiteral("nope"), QStringLiteral("bogus") };
    const auto accepted = m_service->accept(r);
    ASSERT_TRUE(std::holds_alternative<EvalError>(accepted));
    const EvalError& error = std::get<EvalError>(accepted);
    EXPECT_EQ(error.code, ErrorCode::UnknownMetric);
    EXPECT_TRUE(error.message.contains(QStringLiteral("nope, bogus"))) << error.message.toStdString();
    EXPECT_EQ(error.details.value(QStringLiteral("metrics")).toArray().size(), 2);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM jobs")), 0);
    EXPECT_TRUE(std::holds_alternative<EvalError>(m_service->scoreNow(r)));
}

TEST_F(ApiJobServiceTest, MetricsASampleCannotFeedAreSkippedNotFailed)
{
    ScoreRequest r = request(QStringLiteral("no ground truth"), QStringLiteral("an answer"), std::nullopt);
    r.metrics.clear(); // the default offline metrics
    m_service->start();
    const ApiAcceptance accepted = accept(r);
    waitForFinal({ accepted.job.jobId });
    const std::optional<ApiJobStatus> done = m_service->job(accepted.job.jobId);
    ASSERT_TRUE(done);
    EXPECT_EQ(done->state, JobState::Completed);
    const QStringList defaults = MetricRegistry::builtin().defaultOfflineMetrics();
    EXPECT_EQ(done->requestSummary.value(QStringLiteral("metrics")).toArray().size(), defaults.size());
    // Every default metric needs the ground truth or reference contexts.
    QStringList skipped = done->skippedMetrics;
    skipped.sort();
    QStringList expected = defaults;
    expected.sort();
    EXPECT_EQ(skipped, expected);
    for (const QString& metric : defaults) {
        ASSERT_TRUE(done->scores.contains(metric));
        EXPECT_FALSE(done->scores.value(metric).has_value());
    }
    EXPECT_FALSE(done->weightedScore);
    EXPECT_FALSE(done->toJson()
                     .value(QStringLiteral("request_summary"))
                     .toObject()
                     .value(QStringLiteral("has_ground_truth"))
                     .toBool());
}

TEST_F(ApiJobServiceTest, ManyThreadsAcceptAtOnceAndEveryJobCompletesOnce)
{
    constexpr int kThreads = 8;
    constexpr int kPerThread = 500;
    m_service->start();
    QMutex mutex;
    QSet<QString> ids;
    QSet<int> indexes;
    QString runId;
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < kPerThread; ++i) {
                ScoreRequest r = request(QStringLiteral("thread %1 question %2").arg(t).arg(i));
                r.runName = QStringLiteral("load");
                const auto accepted = m_service->accept(r);
                const QMutexLocker lock(&mutex);
                if (const ApiAcceptance* ok = std::get_if<ApiAcceptance>(&accepted)) {
                    ids.insert(ok->job.jobId);
                    indexes.insert(ok->job.sampleIndex);
                    runId = ok->job.runId;
                }
            }
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    ASSERT_EQ(ids.size(), kThreads * kPerThread);
    EXPECT_EQ(indexes.size(), kThreads * kPerThread);

    const QHash<QString, int> finals = waitForFinal(ids);
    for (auto it = finals.cbegin(); it != finals.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
    m_service->stop();

    const auto run = reader().run(runId);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->sampleCount, kThreads * kPerThread);
    EXPECT_EQ(run->scoredCount, kThreads * kPerThread);
    EXPECT_EQ(run->status, RunStatus::Completed);
    EXPECT_EQ(run->summary.value(QStringLiteral("token_f1")).scored, kThreads * kPerThread);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM samples")), kThreads * kPerThread);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'completed'")), kThreads * kPerThread);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM scores")), kThreads * kPerThread * 3);
}

TEST_F(ApiJobServiceTest, StopLeavesTheRestQueuedAndANewServiceCompletesThemOnce)
{
    constexpr int kJobs = 1500;
    m_service->start();
    QSet<QString> ids;
    QString runId;
    for (int i = 0; i < kJobs; ++i) {
        const ApiAcceptance accepted = accept(request(QStringLiteral("q %1").arg(i)));
        ids.insert(accepted.job.jobId);
        runId = accepted.job.runId;
    }
    m_service->stop();

    // Never half-stored: a job is completed with its sample scored, or queued with it unscored.
    const int completed = count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'completed'"));
    const int queued = count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'queued'"));
    EXPECT_EQ(completed + queued, kJobs);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sample_outcomes")), completed);
    EXPECT_EQ(reader().run(runId)->scoredCount, completed);
    EXPECT_EQ(m_service->queuedCount(), queued);

    makeService();
    EXPECT_EQ(m_service->start(), queued);
    QSet<QString> rest;
    for (const JobRecord& job : reader().jobs(JobState::Queued))
        rest.insert(job.id);
    rest += [&] {
        QSet<QString> running;
        for (const JobRecord& job : reader().jobs(JobState::Running))
            running.insert(job.id);
        return running;
    }();
    if (!rest.isEmpty()) {
        const QHash<QString, int> finals = waitForFinal(rest);
        for (auto it = finals.cbegin(); it != finals.cend(); ++it)
            EXPECT_EQ(it.value(), 1);
    }
    m_service->stop();
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = 'completed'")), kJobs);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM sample_outcomes")), kJobs);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM scores")), kJobs * 3);
    const auto run = reader().run(runId);
    EXPECT_EQ(run->scoredCount, kJobs);
    EXPECT_EQ(run->summary.value(QStringLiteral("rouge_l")).scored, kJobs);
    EXPECT_EQ(run->status, RunStatus::Completed);
}

TEST_F(ApiJobServiceTest, AJobLeftRunningByACrashIsCompletedOnce)
{
    const ApiAcceptance accepted = accept(request(QStringLiteral("crashed")));
    makeService(); // the first one never started: the job is only in the store
    exec(QStringLiteral("UPDATE jobs SET state = 'running', started_at = created_at WHERE id = '%1'")
             .arg(accepted.job.jobId));

    EXPECT_EQ(m_service->start(), 1);
    const QHash<QString, int> finals = waitForFinal({ accepted.job.jobId });
    EXPECT_EQ(finals.value(accepted.job.jobId), 1);
    m_service->stop();
    // Rebuilt from the store (payload and sample): the same scores as the request itself gets.
    const ApiJobStatus done = *m_service->job(accepted.job.jobId);
    EXPECT_EQ(done.state, JobState::Completed);
    const auto direct = m_service->scoreNow(request(QStringLiteral("crashed")));
    ASSERT_TRUE(std::holds_alternative<ApiJobStatus>(direct));
    EXPECT_EQ(done.scores, std::get<ApiJobStatus>(direct).scores);
    EXPECT_EQ(done.requestSummary, accepted.job.requestSummary);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM scores")), 3);
    EXPECT_EQ(reader().run(accepted.job.runId)->scoredCount, 1);
}

TEST_F(ApiJobServiceTest, AJobWhoseSampleWasScoredIsCompletedFromTheStoredScores)
{
    m_service->start();
    const ApiAcceptance accepted = accept(request(QStringLiteral("scored before the crash")));
    waitForFinal({ accepted.job.jobId });
    m_service->stop();
    const ApiJobStatus before = *m_service->job(accepted.job.jobId);
    makeService();
    // As if the process died between storing the scores and the job's final state.
    exec(QStringLiteral("UPDATE jobs SET state = 'running', finished_at = NULL WHERE id = '%1'")
             .arg(accepted.job.jobId));
    exec(QStringLiteral("UPDATE runs SET status = 'running'"));

    EXPECT_EQ(m_service->start(), 1);
    waitForFinal({ accepted.job.jobId });
    m_service->stop();
    const ApiJobStatus after = *m_service->job(accepted.job.jobId);
    EXPECT_EQ(after.state, JobState::Completed);
    EXPECT_EQ(after.scores, before.scores);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM scores")), 3);
    const auto run = reader().run(accepted.job.runId);
    EXPECT_EQ(run->scoredCount, 1);
    EXPECT_EQ(run->summary.value(QStringLiteral("token_f1")).scored, 1);
    EXPECT_EQ(run->status, RunStatus::Completed);
}

TEST_F(ApiJobServiceTest, JobsAreListedNewestFirstFilteredPagedAndSearched)
{
    QStringList questions;
    for (const QString& q : { QStringLiteral("alpha 0"), QStringLiteral("alpha 1"), QStringLiteral("alpha 2"),
             QStringLiteral("beta 0"), QStringLiteral("beta_1 100%") }) {
        accept(request(q));
        questions.prepend(q);
    }
    const auto questionsOf = [](const ApiJobPage& page) {
        QStringList out;
        for (const ApiJobStatus& job : page.jobs)
            out.append(job.requestSummary.value(QStringLiteral("question")).toString());
        return out;
    };
    const ApiJobPage all = m_service->jobs({});
    EXPECT_EQ(all.total, 5);
    EXPECT_EQ(questionsOf(all), questions);

    ApiJobQuery paged;
    paged.limit = 2;
    paged.offset = 1;
    const ApiJobPage page = m_service->jobs(paged);
    EXPECT_EQ(page.total, 5);
    EXPECT_EQ(questionsOf(page), QStringList({ QStringLiteral("beta 0"), QStringLiteral("alpha 2") }));

    ApiJobQuery search;
    search.search = QStringLiteral("alpha");
    EXPECT_EQ(m_service->jobs(search).total, 3);
    search.search = QStringLiteral("_1 100%"); // LIKE wildcards are taken literally
    EXPECT_EQ(questionsOf(m_service->jobs(search)), QStringList({ QStringLiteral("beta_1 100%") }));
    search.search = QStringLiteral("a_p");
    EXPECT_EQ(m_service->jobs(search).total, 0);

    ApiJobQuery completed;
    completed.state = JobState::Completed;
    EXPECT_EQ(m_service->jobs(completed).total, 0);
    EXPECT_EQ(m_service->queuedCount(), 5);

    QSet<QString> ids;
    for (const ApiJobStatus& job : all.jobs)
        ids.insert(job.jobId);
    m_service->start();
    waitForFinal(ids);
    const ApiJobPage done = m_service->jobs(completed);
    EXPECT_EQ(done.total, 5);
    for (const ApiJobStatus& job : done.jobs) {
        EXPECT_EQ(job.scores.size(), 3);
        EXPECT_TRUE(job.weightedScore);
    }
    completed.state = JobState::Queued;
    EXPECT_EQ(m_service->jobs(completed).total, 0);
}

TEST_F(ApiJobServiceTest, ScoreNowScoresInTheCallingThreadAndStoresNothing)
{
    const ScoreRequest r = request(QStringLiteral("now"));
    const auto scored = m_service->scoreNow(r);
    ASSERT_TRUE(std::holds_alternative<ApiJobStatus>(scored));
    const ApiJobStatus& status = std::get<ApiJobStatus>(scored);
    EXPECT_EQ(status.state, JobState::Completed);
    EXPECT_DOUBLE_EQ(status.scores.value(QStringLiteral("token_f1")).value_or(-1),
        TokenF1Metric().score(r.sample, MetricOptions {}).value);
    ASSERT_TRUE(status.latencyMs);
    EXPECT_GE(*status.latencyMs, 0);
    EXPECT_TRUE(status.weightedScore);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM jobs")), 0);
    EXPECT_EQ(count(QStringLiteral("SELECT COUNT(*) FROM runs")), 0);
}

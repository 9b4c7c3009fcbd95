// SPDX-License-Identifier: MIT
#include "common/enginetest.h"
#include "common/testprinters.h"
#include "datasetfixture.h"
#include "jobs/jobmanager.h"
#include "store/connectionpool.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace evalbench;

namespace {

class JobManagerTest : public EngineTest
{
protected:
    EvalRequest request(
        const QString& path, QStringList metrics = { QStringLiteral("exact_match"), QStringLiteral("token_f1") })
    {
        EvalRequest r;
        r.datasetPath = path;
        r.settings.metrics = std::move(metrics);
        return r;
    }

    // Waits for the job to end and returns its final state and error.
    std::pair<JobState, EvalError> waitForEnd(QSignalSpy& finished)
    {
        if (finished.isEmpty()) {
            EXPECT_TRUE(finished.wait(60000));
        }
        if (finished.isEmpty())
            return { JobState::Failed, {} };
        const QList<QVariant> args = finished.takeFirst();
        return { args.at(2).value<JobState>(), args.at(3).value<EvalError>() };
    }

    StoreReader reader() const { return StoreReader(m_dataDir->databasePath()); }
};

} // namespace

TEST_F(JobManagerTest, ScoresADatasetStoresItAndWritesTheArtifacts)
{
    const QString dataset = testdata::writeRagJsonl(m_dir.filePath(QStringLiteral("small.jsonl")), 30);
    QSignalSpy accepted(m_jobs.get(), &JobManager::jobAccepted);
    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    const auto submitted = m_jobs->submit(request(dataset));
    ASSERT_TRUE(std::holds_alternative<JobTicket>(submitted));
    const JobTicket ticket = std::get<JobTicket>(submitted);

    const auto [state, error] = waitForEnd(finished);
    ASSERT_EQ(state, JobState::Completed) << error.message.toStdString();
    EXPECT_EQ(accepted.size(), 1);

    const auto run = reader().run(ticket.runId);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->status, RunStatus::Completed);
    EXPECT_EQ(run->sampleCount, 30);
    EXPECT_EQ(run->scoredCount, 30);
    EXPECT_EQ(run->name, QStringLiteral("small"));
    // Every third answer is the ground truth itself: exact_match averages 10/30.
    EXPECT_NEAR(run->summary.value(QStringLiteral("exact_match")).mean, 10.0 / 30.0, 1e-12);
    EXPECT_EQ(run->summary.value(QStringLiteral("token_f1")).scored, 30);
    ASSERT_TRUE(run->weightedScore);
    EXPECT_NEAR(*run->weightedScore,
        (run->summary.value(QStringLiteral("exact_match")).mean + run->summary.value(QStringLiteral("token_f1")).mean)
            / 2,
        1e-12);
    const auto job = reader().job(ticket.jobId);
    ASSERT_TRUE(job);
    EXPECT_EQ(job->state, JobState::Completed);
    EXPECT_EQ(job->done, 30);

    const QDir folder(m_dataDir->runPath(ticket.runId));
    for (const char* name : { "metadata.json", "scores.csv", "summary.md", "optimization_advice.md", "report.json" })
        EXPECT_TRUE(folder.exists(QLatin1String(name))) << name;
    QFile report(folder.filePath(QStringLiteral("report.json")));
    ASSERT_TRUE(report.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(report.readAll(), &parseError).object();
    ASSERT_EQ(parseError.error, QJsonParseError::NoError) << parseError.errorString().toStdString();
    EXPECT_EQ(json.value(QStringLiteral("schema")).toString(), QStringLiteral("evalbench.report/1"));
    EXPECT_EQ(json.value(QStringLiteral("samples")).toArray().size(), 30);
    EXPECT_EQ(json.value(QStringLiteral("run")).toObject().value(QStringLiteral("id")).toString(), ticket.runId);
    const QJsonObject first = json.value(QStringLiteral("samples")).toArray().first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("q0"));
    EXPECT_DOUBLE_EQ(
        first.value(QStringLiteral("scores")).toObject().value(QStringLiteral("exact_match")).toDouble(), 1.0);
}

TEST_F(JobManagerTest, ABadRowFailsTheImportAndLeavesTheDatabaseAsItWas)
{
    const QString good = testdata::writeRagJsonl(m_dir.filePath(QStringLiteral("good.jsonl")), 5);
    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    ASSERT_TRUE(std::holds_alternative<JobTicket>(m_jobs->submit(request(good))));
    ASSERT_EQ(waitForEnd(finished).first, JobState::Completed);

    QFile bad(m_dir.filePath(QStringLiteral("bad.jsonl")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"question\":\"q1\",\"answer\":\"a\"}\n{\"question\":\"q2\",\"answer\":\"b\"}\n"
              "{\"question\":\"q3\",\"answer\":\"c\",\"contexts\":42}\n");
    bad.close();
    ASSERT_TRUE(std::holds_alternative<JobTicket>(m_jobs->submit(request(bad.fileName()))));
    const auto [state, error] = waitForEnd(finished);
    EXPECT_EQ(state, JobState::Failed);
    EXPECT_TRUE(error.message.contains(QStringLiteral("line 3"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QStringLiteral("contexts"))) << error.message.toStdString();
    EXPECT_EQ(reader().runCount(), 1) << "only the good run remains";
    EXPECT_TRUE(reader().jobs(JobState::Failed).isEmpty()) << "a failed import leaves no job behind";
}

TEST_F(JobManagerTest, RejectsUnknownMetricsAndMissingFilesBeforeStarting)
{
    const QString dataset = testdata::writeRagJsonl(m_dir.filePath(QStringLiteral("d.jsonl")), 2);
    const auto unknown = m_jobs->submit(request(dataset, { QStringLiteral("bleu"), QStringLiteral("no_such_metric") }));
    ASSERT_TRUE(std::holds_alternative<EvalError>(unknown));
    EXPECT_EQ(std::get<EvalError>(unknown).code, ErrorCode::UnknownMetric);
    EXPECT_TRUE(std::get<EvalError>(unknown).message.contains(QStringLiteral("no_such_metric")));
    const auto missing = m_jobs->submit(request(m_dir.filePath(QStringLiteral("nope.jsonl"))));
    ASSERT_TRUE(std::holds_alternative<EvalError>(missing));
    EXPECT_EQ(std::get<EvalError>(missing).code, ErrorCode::MissingFile);
    EXPECT_EQ(reader().runCount(), 0);
}

TEST_F(JobManagerTest, CancelStopsTheJobAndKeepsWhatWasScored)
{
    const QString dataset = testdata::writeRagJsonl(m_dir.filePath(QStringLiteral("big.jsonl")), 20000);
    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    const auto submitted = m_jobs->submit(request(dataset));
    ASSERT_TRUE(std::holds_alternative<JobTicket>(submitted));
    const JobTicket ticket = std::get<JobTicket>(submitted);
    // Cancel as soon as the first scored page is reported.
    QObject::connect(m_jobs.get(), &JobManager::jobProgress, m_jobs.get(), [this, ticket](const JobProgress& progress) {
        if (progress.phase == JobPhase::Scoring && progress.done > 0)
            m_jobs->cancel(ticket.jobId);
    });
    const auto [state, error] = waitForEnd(finished);
    ASSERT_EQ(state, JobState::Cancelled) << error.message.toStdString();
    const auto run = reader().run(ticket.runId);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->status, RunStatus::Cancelled);
    EXPECT_EQ(run->sampleCount, 20000);
    EXPECT_GT(run->scoredCount, 0);
    EXPECT_LT(run->scoredCount, 20000);
    EXPECT_EQ(reader().scoredSampleCount(ticket.runId), run->scoredCount);
    EXPECT_EQ(run->summary.value(QStringLiteral("token_f1")).scored, run->scoredCount);
    EXPECT_TRUE(QFile::exists(m_dataDir->runPath(ticket.runId) + QStringLiteral("/report.json")));
}

TEST_F(JobManagerTest, ResumesAJobThatACrashLeftRunningWithoutScoringTwice)
{
    // What a crash leaves behind: a run imported and half scored, its job still "running".
    RunRecord run;
    run.id = QStringLiteral("crashed");
    run.name = QStringLiteral("crashed run");
    run.status = RunStatus::Importing;
    run.createdAt = QDateTime::currentDateTimeUtc();
    run.datasetPath = testdata::writeRagJsonl(m_dir.filePath(QStringLiteral("c.jsonl")), 10);
    run.settings.metrics = { QStringLiteral("exact_match") };
    JobRecord job;
    job.id = QStringLiteral("job-crashed");
    job.runId = run.id;
    job.createdAt = run.createdAt;
    ASSERT_TRUE(m_writer->insertRunWithJob(run, job).result().ok());
    QList<Sample> samples;
    for (int i = 0; i < 10; ++i) {
        Sample s;
        s.id = QStringLiteral("s%1").arg(i);
        s.question = QStringLiteral("q");
        s.answer = QStringLiteral("same");
        s.groundTruth = QStringLiteral("same");
        samples.append(s);
    }
    ASSERT_TRUE(m_writer->appendSamples(run.id, 0, samples).result().ok());
    ASSERT_TRUE(m_writer->markImported(run.id, job.id, 10, RunStatus::Running).result().ok());
    ASSERT_TRUE(m_writer->setJobState(job.id, JobState::Running).result().ok());
    QList<SampleResult> firstHalf;
    const QList<StoredSample> stored = reader().unscoredSamples(run.id, -1, 4);
    for (const StoredSample& sample : stored)
        firstHalf.append(
            { sample.index, sample.key, { MetricScore::ofValue(QStringLiteral("exact_match"), 1.0) }, 1.0 });
    ASSERT_TRUE(m_writer->saveResults(run.id, job.id, firstHalf).result().ok());

    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    EXPECT_EQ(m_jobs->recoverInterrupted(), 1);
    const auto [state, error] = waitForEnd(finished);
    ASSERT_EQ(state, JobState::Completed) << error.message.toStdString();
    const auto resumed = reader().run(run.id);
    ASSERT_TRUE(resumed);
    EXPECT_EQ(resumed->status, RunStatus::Completed);
    EXPECT_EQ(resumed->scoredCount, 10) << "each sample counted once";
    EXPECT_EQ(resumed->summary.value(QStringLiteral("exact_match")).scored, 10);
    EXPECT_EQ(reader().job(job.id)->done, 10);
    EXPECT_EQ(m_jobs->recoverInterrupted(), 0) << "nothing left to resume";
}

TEST_F(JobManagerTest, AnInterruptedImportStartsOverOrFailsWhenTheFileIsGone)
{
    for (const bool keepFile : { true, false }) {
        RunRecord run;
        run.id = keepFile ? QStringLiteral("reimport") : QStringLiteral("gone");
        run.name = run.id;
        run.status = RunStatus::Importing;
        run.createdAt = QDateTime::currentDateTimeUtc();
        run.datasetPath = testdata::writeRagJsonl(m_dir.filePath(run.id + QStringLiteral(".jsonl")), 7);
        run.settings.metrics = { QStringLiteral("token_f1") };
        JobRecord job;
        job.id = QStringLiteral("job-") + run.id;
        job.runId = run.id;
        job.createdAt = run.createdAt;
        ASSERT_TRUE(m_writer->insertRunWithJob(run, job).result().ok());
        Sample partial;
        partial.id = QStringLiteral("half");
        partial.question = QStringLiteral("written before the crash");
        ASSERT_TRUE(m_writer->appendSamples(run.id, 0, { partial }).result().ok());
        if (!keepFile)
            QFile::remove(run.datasetPath);

        QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
        EXPECT_EQ(m_jobs->recoverInterrupted(), 1);
        const auto [state, error] = waitForEnd(finished);
        if (keepFile) {
            ASSERT_EQ(state, JobState::Completed) << error.message.toStdString();
            EXPECT_EQ(reader().run(run.id)->sampleCount, 7);
            EXPECT_EQ(reader().samples(run.id, 0, 1).first().sample.id, QStringLiteral("q0"));
        } else {
            EXPECT_EQ(state, JobState::Failed);
            EXPECT_TRUE(error.message.contains(QStringLiteral("no longer exists"))) << error.message.toStdString();
            EXPECT_FALSE(reader().run(run.id)) << "the half-imported run is removed";
        }
    }
}

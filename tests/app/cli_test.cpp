// SPDX-License-Identifier: MIT
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
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace evalbench;

namespace {

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject envelope() const { return QJsonDocument::fromJson(out).object(); }
};

class CliTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    Outcome run(QStringList arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("EVALBENCH_DATA_DIR"), dataDir());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(EVALBENCH_EXE), arguments);
        EXPECT_TRUE(process.waitForFinished(120000)) << arguments.join(QLatin1Char(' ')).toStdString();
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

    QString demoDataset() const { return QStringLiteral(EVALBENCH_SOURCE_DIR "/examples/rag-demo.jsonl"); }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliTest, MetricsListsEveryMetricWithItsInputs)
{
    const Outcome outcome = run({ QStringLiteral("metrics"), QStringLiteral("--json") });
    ASSERT_EQ(outcome.exitCode, 0) << outcome.err.toStdString();
    const QJsonObject envelope = outcome.envelope();
    EXPECT_EQ(envelope.value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    QStringList ids;
    for (const QJsonValue& metric :
        envelope.value(QStringLiteral("data")).toObject().value(QStringLiteral("metrics")).toArray()) {
        const QJsonObject info = metric.toObject();
        const QString id = info.value(QStringLiteral("id")).toString();
        ids.append(id);
        const bool ml = id.startsWith(QLatin1String("classification_")) || id.startsWith(QLatin1String("regression_"))
            || id.startsWith(QLatin1String("detection_"));
        static const QStringList judged { QStringLiteral("faithfulness"), QStringLiteral("answer_relevancy"),
            QStringLiteral("context_precision"), QStringLiteral("context_recall"), QStringLiteral("answer_correctness"),
            QStringLiteral("semantic_similarity"), QStringLiteral("rubric"), QStringLiteral("hallucination") };
        const QString kind = ml   ? QStringLiteral("ml")
            : judged.contains(id) ? QStringLiteral("llm")
                                  : QStringLiteral("offline");
        EXPECT_EQ(info.value(QStringLiteral("kind")).toString(), kind) << id.toStdString();
        EXPECT_FALSE(info.value(QStringLiteral("inputs")).toArray().isEmpty());
        EXPECT_TRUE(info.contains(QStringLiteral("higher_is_better")));
    }
    for (const char* id : { "exact_match", "token_f1", "rouge_l", "bleu", "string_similarity", "non_llm_context_recall",
             "non_llm_context_precision", "classification_accuracy", "classification_f1", "regression_rmse",
             "detection_map", "faithfulness", "answer_relevancy", "context_precision", "context_recall",
             "answer_correctness", "semantic_similarity", "rubric", "hallucination" })
        EXPECT_TRUE(ids.contains(QLatin1String(id))) << id;
}

TEST_F(CliTest, EvalThenRunsShowAndExportFindTheRun)
{
    const Outcome eval = run({ QStringLiteral("eval"), demoDataset(), QStringLiteral("--json") });
    ASSERT_EQ(eval.exitCode, 0) << eval.out.toStdString() << eval.err.toStdString();
    const QJsonObject data = eval.envelope().value(QStringLiteral("data")).toObject();
    EXPECT_EQ(eval.envelope().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    EXPECT_TRUE(eval.envelope().contains(QStringLiteral("execution_time")));
    EXPECT_TRUE(eval.envelope().contains(QStringLiteral("timestamp")));
    const QString runId = data.value(QStringLiteral("run_id")).toString();
    ASSERT_FALSE(runId.isEmpty());
    EXPECT_GE(data.value(QStringLiteral("sample_count")).toInt(), 40);
    const QJsonObject metrics = data.value(QStringLiteral("metrics")).toObject();
    EXPECT_TRUE(metrics.value(QStringLiteral("token_f1")).toObject().value(QStringLiteral("mean")).isDouble());
    EXPECT_TRUE(data.value(QStringLiteral("weighted_score")).isDouble());
    EXPECT_FALSE(eval.err.isEmpty()) << "progress goes to stderr";

    const Outcome runs = run({ QStringLiteral("runs"), QStringLiteral("--json") });
    ASSERT_EQ(runs.exitCode, 0);
    const QJsonArray list =
        runs.envelope().value(QStringLiteral("data")).toObject().value(QStringLiteral("runs")).toArray();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().toObject().value(QStringLiteral("id")).toString(), runId);

    const Outcome show = run({ QStringLiteral("show"), runId, QStringLiteral("--json") });
    ASSERT_EQ(show.exitCode, 0);
    EXPECT_EQ(show.envelope()
                  .value(QStringLiteral("data"))
                  .toObject()
                  .value(QStringLiteral("run"))
                  .toObject()
                  .value(QStringLiteral("status"))
                  .toString(),
        QStringLiteral("completed"));

    const QString md = m_dir.filePath(QStringLiteral("report.md"));
    ASSERT_EQ(run({ QStringLiteral("export"), runId, QStringLiteral("--format"), QStringLiteral("md"),
                      QStringLiteral("--out"), md })
                  .exitCode,
        0);
    QFile mdFile(md);
    ASSERT_TRUE(mdFile.open(QIODevice::ReadOnly));
    const QByteArray markdown = mdFile.readAll();
    EXPECT_TRUE(markdown.startsWith("# EvalBench report: rag-demo"));
    EXPECT_TRUE(markdown.contains("## Metrics"));
    EXPECT_TRUE(markdown.contains("`token_f1`"));

    const Outcome csv = run({ QStringLiteral("export"), runId, QStringLiteral("--format"), QStringLiteral("csv") });
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(csv.out.startsWith("\xEF\xBB\xBFid,question,answer,ground_truth,weighted_score"));

    const Outcome json = run({ QStringLiteral("export"), runId, QStringLiteral("--format"), QStringLiteral("json") });
    ASSERT_EQ(json.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    EXPECT_EQ(report.value(QStringLiteral("schema")).toString(), QStringLiteral("evalbench.report/1"));
    EXPECT_EQ(
        report.value(QStringLiteral("samples")).toArray().size(), data.value(QStringLiteral("sample_count")).toInt());

    for (const char* name : { "metadata.json", "scores.csv", "summary.md", "optimization_advice.md", "report.json" })
        EXPECT_TRUE(
            QFile::exists(dataDir() + QStringLiteral("/runs/") + runId + QLatin1Char('/') + QLatin1String(name)))
            << name;
}

TEST_F(CliTest, ErrorsUseTheEnvelopeAndExitCodes)
{
    QFile bad(m_dir.filePath(QStringLiteral("bad.jsonl")));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("{\"question\":\"ok\"}\n{\"answer\":\"no question here\"}\n");
    bad.close();
    const Outcome failed = run({ QStringLiteral("eval"), bad.fileName(), QStringLiteral("--json") });
    EXPECT_EQ(failed.exitCode, 1);
    const QJsonObject error = failed.envelope().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(failed.envelope().value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("BAD_FORMAT"));
    EXPECT_TRUE(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("line 2")))
        << error.value(QStringLiteral("message")).toString().toStdString();

    const Outcome unknownMetric = run({ QStringLiteral("eval"), demoDataset(), QStringLiteral("--metrics"),
        QStringLiteral("bleu,nope"), QStringLiteral("--json") });
    EXPECT_EQ(unknownMetric.exitCode, 1);
    EXPECT_EQ(
        unknownMetric.envelope().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("UNKNOWN_METRIC"));

    EXPECT_EQ(run({ QStringLiteral("frobnicate") }).exitCode, 2);
    EXPECT_EQ(run({ QStringLiteral("export"), QStringLiteral("x"), QStringLiteral("--format"), QStringLiteral("pdf") })
                  .exitCode,
        2);
    const Outcome missing = run({ QStringLiteral("show"), QStringLiteral("no-such-run"), QStringLiteral("--json") });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_EQ(missing.envelope().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("NOT_FOUND"));
}

TEST_F(CliTest, RefusesADatabaseFromANewerVersion)
{
    ASSERT_TRUE(QDir().mkpath(dataDir()));
    const QString path = dataDir() + QStringLiteral("/evalbench.sqlite");
    {
        QSqlDatabase db = ConnectionPool::forCurrentThread(path);
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version=999")));
        ConnectionPool::closeForCurrentThread(path);
    }
    const Outcome outcome = run({ QStringLiteral("runs"), QStringLiteral("--json") });
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_TRUE(outcome.envelope()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("newer EvalBench")));
}

TEST_F(CliTest, AJobKilledMidRunIsResumedAndCompletedAfterRestart)
{
    const QString dataset = testdata::writeRagJsonl(m_dir.filePath(QStringLiteral("big.jsonl")), 30000);
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EVALBENCH_DATA_DIR"), dataDir());
    child.setProcessEnvironment(env);
    child.setReadChannel(QProcess::StandardError); // progress lines arrive on stderr
    child.start(QStringLiteral(EVALBENCH_EXE),
        { QStringLiteral("eval"), dataset, QStringLiteral("--metrics"), QStringLiteral("token_f1,exact_match") });
    ASSERT_TRUE(child.waitForStarted());
    // Kill (SIGKILL, no clean-up) as soon as scoring begins: the import is committed and the
    // job is running. (Resuming a half-scored run without double counting is in jobs_test.)
    QByteArray stderrText;
    while (!stderrText.contains("scoring: ")) {
        ASSERT_TRUE(child.waitForReadyRead(120000)) << stderrText.toStdString();
        stderrText += child.readAllStandardError();
        ASSERT_EQ(child.state(), QProcess::Running) << "the child ended before it could be killed";
    }
    child.kill();
    ASSERT_TRUE(child.waitForFinished());

    const DataDir data(dataDir());
    StoreWriter writer(data.databasePath());
    ASSERT_TRUE(writer.openError().isEmpty());
    StoreReader reader(data.databasePath());
    const QList<JobRecord> interrupted = reader.jobs(JobState::Running);
    QString states;
    for (const JobRecord& job : reader.jobs())
        states += jobStateName(job.state) + QLatin1Char(' ');
    ASSERT_EQ(interrupted.size(), 1) << "the killed job is left running; jobs: " << states.toStdString()
                                     << " stderr: " << stderrText.toStdString();
    const int scoredBefore = reader.scoredSampleCount(interrupted.first().runId);
    EXPECT_LT(scoredBefore, 30000);

    JobManager jobs(writer, data);
    QSignalSpy finished(&jobs, &JobManager::jobFinished);
    ASSERT_EQ(jobs.recoverInterrupted(), 1);
    ASSERT_TRUE(finished.wait(120000));
    EXPECT_EQ(finished.first().at(2).value<JobState>(), JobState::Completed);
    const auto run = reader.run(interrupted.first().runId);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->status, RunStatus::Completed);
    EXPECT_EQ(run->sampleCount, 30000);
    EXPECT_EQ(run->summary.value(QStringLiteral("token_f1")).scored, 30000) << "each sample scored exactly once";
    ConnectionPool::closeForCurrentThread(data.databasePath());
}

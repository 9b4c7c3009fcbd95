// SPDX-License-Identifier: MIT
// Whole runs with judged metrics through the job manager, against the scripted
// fake server: scores and usage stored, a re-run answered from the cache, a cancel
// that keeps every answer that had arrived.
#include "common/enginetest.h"
#include "common/testprinters.h"
#include "fakes/scriptedjudge.h"
#include "judge/judgeprofile.h"
#include "store/connectionpool.h"
#include "store/storereader.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace evalbench;
using evalbench::fakes::ScriptedJudge;

namespace {

QString writeDataset(const QString& path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < count; ++i) {
        const QJsonObject sample { { QStringLiteral("id"), QStringLiteral("q%1").arg(i) },
            { QStringLiteral("question"), QStringLiteral("Question number %1?").arg(i) },
            { QStringLiteral("answer"), QStringLiteral("Answer %1.").arg(i) },
            { QStringLiteral("ground_truth"), QStringLiteral("Answer %1.").arg(i) },
            { QStringLiteral("contexts"), QJsonArray { QStringLiteral("Context of sample %1.").arg(i) } } };
        file.write(QJsonDocument(sample).toJson(QJsonDocument::Compact) + '\n');
    }
    return path;
}

class JudgedRunTest : public EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        ASSERT_TRUE(server.listen());
        judge.answer(QStringLiteral("statement_generator"),
            QJsonObject { { QStringLiteral("statements"), QJsonArray { QStringLiteral("a"), QStringLiteral("b") } } });
        QJsonArray verdicts;
        for (int verdict : { 1, 0 })
            verdicts.append(QJsonObject { { QStringLiteral("statement"), QStringLiteral("s") },
                { QStringLiteral("reason"), QStringLiteral("r") }, { QStringLiteral("verdict"), verdict } });
        judge.answer(QStringLiteral("nli_statement"), QJsonObject { { QStringLiteral("statements"), verdicts } });
        QJsonArray classifications { QJsonObject { { QStringLiteral("statement"), QStringLiteral("s") },
            { QStringLiteral("reason"), QStringLiteral("r") }, { QStringLiteral("attributed"), 1 } } };
        judge.answer(
            QStringLiteral("context_recall"), QJsonObject { { QStringLiteral("classifications"), classifications } });
        judge.answer(QStringLiteral("optimization_advice"),
            QJsonObject {
                { QStringLiteral("advice_markdown"), QStringLiteral("## Rerank the contexts\n\nBecause.") } });
    }

    EvalRequest request(const QString& dataset, int concurrency = 8)
    {
        JudgeProfile profile;
        profile.id = QStringLiteral("fake");
        profile.name = QStringLiteral("fake");
        profile.baseUrl = server.baseUrl();
        profile.chatModel = QStringLiteral("judge-model");
        profile.maxConcurrency = concurrency;
        profile.maxRetries = 0;
        EvalRequest r;
        r.datasetPath = dataset;
        r.settings.metrics = { QStringLiteral("faithfulness"), QStringLiteral("context_recall"),
            QStringLiteral("exact_match") };
        r.settings.judge = profile.toJson();
        return r;
    }

    std::pair<JobState, EvalError> runToEnd(const EvalRequest& r, QString* runId)
    {
        QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
        const auto submitted = m_jobs->submit(r);
        if (!std::holds_alternative<JobTicket>(submitted)) {
            ADD_FAILURE() << std::get<EvalError>(submitted).message.toStdString();
            return { JobState::Failed, {} };
        }
        *runId = std::get<JobTicket>(submitted).runId;
        EXPECT_TRUE(finished.wait(60'000));
        if (finished.isEmpty())
            return { JobState::Failed, {} };
        return { finished.first().at(2).value<JobState>(), finished.first().at(3).value<EvalError>() };
    }

    int cachedAnswers() const
    {
        QSqlQuery query(ConnectionPool::forCurrentThread(m_dataDir->databasePath()));
        if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM judge_cache")) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    fakes::FakeOpenAiServer server;
    ScriptedJudge judge { server };
};

} // namespace

TEST_F(JudgedRunTest, ScoresEverySampleKeepsEvidenceAndUsage)
{
    const QString dataset = writeDataset(m_dir.filePath(QStringLiteral("judged.jsonl")), 6);
    QString runId;
    const auto [state, error] = runToEnd(request(dataset), &runId);
    ASSERT_EQ(state, JobState::Completed) << error.message.toStdString();

    StoreReader reader(m_dataDir->databasePath());
    const std::optional<RunRecord> run = reader.run(runId);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->scoredCount, 6);
    EXPECT_DOUBLE_EQ(run->summary.value(QStringLiteral("faithfulness")).mean, 0.5);
    EXPECT_EQ(run->summary.value(QStringLiteral("faithfulness")).scored, 6);
    EXPECT_DOUBLE_EQ(run->summary.value(QStringLiteral("context_recall")).mean, 1.0);
    EXPECT_DOUBLE_EQ(run->summary.value(QStringLiteral("exact_match")).mean, 1.0);

    const QList<StoredSample> samples = reader.samples(runId, 0, 10);
    ASSERT_EQ(samples.size(), 6);
    ASSERT_EQ(samples[0].scores.size(), 3);
    EXPECT_EQ(samples[0].scores[0].metric, QStringLiteral("faithfulness")); // in the run's metric order
    EXPECT_EQ(samples[0].scores[0].evidence.value(QStringLiteral("verdicts")).toArray().size(), 2);

    const std::optional<QJsonObject> usage = reader.runJudgeUsage(runId);
    ASSERT_TRUE(usage);
    // Three calls per sample, and one for the advice.
    EXPECT_EQ(usage->value(QStringLiteral("chat_calls")).toInt(), 6 * 3 + 1);
    EXPECT_EQ(usage->value(QStringLiteral("cache_hits")).toInt(), 0);
    EXPECT_EQ(server.requestCount(), 19);
    EXPECT_EQ(judge.calls(QStringLiteral("optimization_advice")), 1);

    // The judge wrote the advice file, and the reports say what the judge cost.
    QFile advice(m_dataDir->runPath(runId) + QStringLiteral("/optimization_advice.md"));
    ASSERT_TRUE(advice.open(QIODevice::ReadOnly));
    const QString adviceText = QString::fromUtf8(advice.readAll());
    EXPECT_NE(adviceText.indexOf(QStringLiteral("Rerank the contexts")), -1);
    EXPECT_NE(adviceText.indexOf(QStringLiteral("Written by the judge")), -1);
    QFile report(m_dataDir->runPath(runId) + QStringLiteral("/report.json"));
    ASSERT_TRUE(report.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(report.readAll()).object();
    EXPECT_EQ(json.value(QStringLiteral("judge_usage")).toObject().value(QStringLiteral("chat_calls")).toInt(), 19);
    EXPECT_NE(json.value(QStringLiteral("advice")).toString().indexOf(QStringLiteral("Rerank")), -1);
}

TEST_F(JudgedRunTest, ASecondRunOfTheSameDataMakesNoCalls)
{
    const QString dataset = writeDataset(m_dir.filePath(QStringLiteral("judged.jsonl")), 5);
    QString first;
    ASSERT_EQ(runToEnd(request(dataset), &first).first, JobState::Completed);
    const int calls = server.requestCount();
    ASSERT_EQ(calls, 16);

    QString second;
    ASSERT_EQ(runToEnd(request(dataset), &second).first, JobState::Completed);
    EXPECT_EQ(server.requestCount(), calls);
    StoreReader reader(m_dataDir->databasePath());
    const QJsonObject usage = reader.runJudgeUsage(second).value_or(QJsonObject {});
    EXPECT_EQ(usage.value(QStringLiteral("chat_calls")).toInt(), 0);
    EXPECT_EQ(usage.value(QStringLiteral("cache_hits")).toInt(), 16);
    EXPECT_EQ(reader.run(second)->summary.value(QStringLiteral("faithfulness")).mean,
        reader.run(first)->summary.value(QStringLiteral("faithfulness")).mean);
}

TEST_F(JudgedRunTest, JudgedMetricsWithoutAJudgeAreRefusedBeforeTheRunExists)
{
    const QString dataset = writeDataset(m_dir.filePath(QStringLiteral("judged.jsonl")), 2);
    EvalRequest r = request(dataset);
    r.settings.judge = {};
    const auto submitted = m_jobs->submit(r);
    ASSERT_TRUE(std::holds_alternative<EvalError>(submitted));
    EXPECT_EQ(std::get<EvalError>(submitted).code, ErrorCode::JudgeUnavailable);
    EXPECT_NE(std::get<EvalError>(submitted).message.indexOf(QStringLiteral("faithfulness")), -1);
    EXPECT_EQ(StoreReader(m_dataDir->databasePath()).runCount(), 0);
}

TEST_F(JudgedRunTest, CancelKeepsEveryAnswerThatArrived)
{
    // The first six requests are answered, every later one stalls: with two calls in
    // flight at most, eight arrivals mean exactly six answers reached the client.
    constexpr int answered = 6;
    constexpr int concurrency = 2;
    ScriptedJudge::Answer statements = [](const QString&) { return QStringLiteral("{\"statements\": [\"a\"]}"); };
    server.setHandler([&](const fakes::FakeRequest& r) {
        fakes::FakeReply reply;
        if (r.index >= answered) {
            reply.stall = true;
            return reply;
        }
        const QString prompt = r.json.value(QStringLiteral("messages"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QStringLiteral("content"))
                                   .toString();
        const QString name = ScriptedJudge::promptName(prompt);
        QString content = statements(prompt);
        if (name == QLatin1String("nli_statement"))
            content = QStringLiteral("{\"statements\": [{\"statement\": \"a\", \"reason\": \"r\", \"verdict\": 1}]}");
        else if (name == QLatin1String("context_recall"))
            content =
                QStringLiteral("{\"classifications\": [{\"statement\": \"a\", \"reason\": \"r\", \"attributed\": 1}]}");
        reply.body = fakes::FakeOpenAiServer::chatCompletionBody({ content });
        return reply;
    });
    const QString dataset = writeDataset(m_dir.filePath(QStringLiteral("judged.jsonl")), 40);
    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    const auto submitted = m_jobs->submit(request(dataset, concurrency));
    ASSERT_TRUE(std::holds_alternative<JobTicket>(submitted));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.requestCount() >= answered + concurrency; }, 60'000));
    m_jobs->cancel(std::get<JobTicket>(submitted).jobId);
    ASSERT_TRUE(finished.wait(60'000));
    EXPECT_EQ(finished.first().at(2).value<JobState>(), JobState::Cancelled);
    EXPECT_EQ(cachedAnswers(), answered);
}

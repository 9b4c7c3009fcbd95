// SPDX-License-Identifier: MIT
// Posts to the HTTP API's job service that ask for judged metrics, judged by the listener's
// judge profile on the scripted fake server: scores in the job and its run, a post's own
// judge model, no judge at all, and a stop in the middle of judging that loses no answer.
#include "common/enginetest.h"
#include "common/testprinters.h"
#include "fakes/scriptedjudge.h"
#include "jobs/apijobservice.h"
#include "judge/judgeprofile.h"
#include "store/storereader.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QSignalSpy>

using namespace evalbench;
using evalbench::fakes::ScriptedJudge;

namespace {

const QString kFaithfulness = QStringLiteral("faithfulness");
const QString kExact = QStringLiteral("exact_match");

QJsonObject verdictsOf(std::initializer_list<int> verdicts)
{
    QJsonArray list;
    for (int verdict : verdicts)
        list.append(QJsonObject { { QStringLiteral("statement"), QStringLiteral("s") },
            { QStringLiteral("reason"), QStringLiteral("r") }, { QStringLiteral("verdict"), verdict } });
    return QJsonObject { { QStringLiteral("statements"), list } };
}

class ApiJudgedTest : public EngineTest
{
protected:
    void SetUp() override
    {
        EngineTest::SetUp();
        ASSERT_TRUE(server.listen());
        judge.answer(QStringLiteral("statement_generator"),
            QJsonObject { { QStringLiteral("statements"), QJsonArray { QStringLiteral("a"), QStringLiteral("b") } } });
        judge.answer(QStringLiteral("nli_statement"), verdictsOf({ 1, 0 }));
        makeService();
    }

    void TearDown() override
    {
        m_service.reset();
        EngineTest::TearDown();
    }

    void makeService(bool withJudge = true)
    {
        m_service.reset();
        m_service = std::make_unique<ApiJobService>(*m_writer, *m_dataDir);
        m_changed = std::make_unique<QSignalSpy>(m_service.get(), &ApiJobService::jobChanged);
        if (withJudge) {
            JudgeProfile profile;
            profile.id = QStringLiteral("listener");
            profile.name = QStringLiteral("listener");
            profile.baseUrl = server.baseUrl();
            profile.chatModel = QStringLiteral("profile-model");
            profile.maxRetries = 0;
            m_service->setJudge(profile);
        }
    }

    static ScoreRequest post(const QString& question, const QString& judgeModel = {})
    {
        ScoreRequest r;
        r.sample.question = question;
        r.sample.answer = QStringLiteral("Paris is the capital.");
        r.sample.groundTruth = QStringLiteral("Paris is the capital.");
        r.sample.contexts = QStringList { QStringLiteral("Paris is the capital of France.") };
        r.metrics = { kFaithfulness, kExact };
        r.judgeModel = judgeModel;
        return r;
    }

    QString accept(const ScoreRequest& r)
    {
        const auto accepted = m_service->accept(r);
        if (const EvalError* error = std::get_if<EvalError>(&accepted)) {
            ADD_FAILURE() << error->message.toStdString();
            return {};
        }
        return std::get<ApiAcceptance>(accepted).job.jobId;
    }

    // The final status of each job in `ids`, as the service reported it.
    QHash<QString, ApiJobStatus> waitForFinal(QSet<QString> ids)
    {
        QHash<QString, ApiJobStatus> finals;
        while (!ids.isEmpty()) {
            if (m_changed->isEmpty() && !m_changed->wait(60000))
                break;
            while (!m_changed->isEmpty()) {
                const auto status = m_changed->takeFirst().at(0).value<ApiJobStatus>();
                if (isFinal(status.state)) {
                    finals.insert(status.jobId, status);
                    ids.remove(status.jobId);
                }
            }
        }
        EXPECT_TRUE(ids.isEmpty()) << ids.size() << " jobs did not finish";
        return finals;
    }

    QStringList modelsAsked() const
    {
        QStringList models;
        for (const fakes::FakeRequest& request : server.requests())
            models.append(request.json.value(QStringLiteral("model")).toString());
        return models;
    }

    fakes::FakeOpenAiServer server;
    ScriptedJudge judge { server };
    std::unique_ptr<ApiJobService> m_service;
    std::unique_ptr<QSignalSpy> m_changed;
};

} // namespace

TEST_F(ApiJudgedTest, JudgedMetricsOfAPostAreScoredWithTheListenersJudge)
{
    m_service->start();
    const QString first = accept(post(QStringLiteral("What is the capital of France?")));
    const QString second = accept(post(QStringLiteral("Which city is the French capital?"), QStringLiteral("posted")));
    const QHash<QString, ApiJobStatus> finals = waitForFinal({ first, second });
    ASSERT_EQ(finals.size(), 2);
    for (const ApiJobStatus& status : finals) {
        EXPECT_EQ(status.state, JobState::Completed) << status.error.toStdString();
        EXPECT_EQ(status.scores.value(kFaithfulness), 0.5); // one of two statements supported
        EXPECT_EQ(status.scores.value(kExact), 1.0);
        EXPECT_EQ(status.weightedScore, 0.75);
    }
    // Two calls a job (statements, then verdicts); the post's own model replaced the profile's.
    const QStringList models = modelsAsked();
    EXPECT_EQ(models.count(QStringLiteral("profile-model")), 2);
    EXPECT_EQ(models.count(QStringLiteral("posted")), 2);

    const StoreReader reader(m_dataDir->databasePath());
    const std::optional<ApiJobStatus> stored = m_service->job(first);
    ASSERT_TRUE(stored);
    const std::optional<RunRecord> run = reader.run(stored->runId);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->summary.value(kFaithfulness).scored, 2);
    EXPECT_DOUBLE_EQ(run->summary.value(kFaithfulness).mean, 0.5);
    // The evidence is in the run's samples, as for a judged file run.
    const QList<StoredSample> samples = reader.samples(stored->runId, 0, 10);
    ASSERT_EQ(samples.size(), 2);
    const MetricScore* faithfulness = samples.first().score(kFaithfulness);
    ASSERT_TRUE(faithfulness);
    EXPECT_EQ(faithfulness->evidence.value(QStringLiteral("verdicts")).toArray().size(), 2);
}

TEST_F(ApiJudgedTest, WithoutAJudgeJudgedMetricsAreNaNWithTheReason)
{
    makeService(false);
    m_service->start();
    const QString id = accept(post(QStringLiteral("What is the capital of France?")));
    const ApiJobStatus status = waitForFinal({ id }).value(id);
    EXPECT_EQ(status.state, JobState::Completed);
    EXPECT_TRUE(status.scores.contains(kFaithfulness));
    EXPECT_FALSE(status.scores.value(kFaithfulness).has_value());
    EXPECT_EQ(status.scores.value(kExact), 1.0);
    EXPECT_EQ(server.requestCount(), 0);
    const QList<StoredSample> samples = StoreReader(m_dataDir->databasePath()).samples(status.runId, 0, 1);
    ASSERT_EQ(samples.size(), 1);
    ASSERT_TRUE(samples.first().score(kFaithfulness));
    EXPECT_TRUE(samples.first().score(kFaithfulness)->reason.contains(QStringLiteral("needs an LLM judge")));
}

TEST_F(ApiJudgedTest, AStopWhileJudgingLeavesTheJobQueuedAndKeepsTheAnswersThatArrived)
{
    // The verdicts never come: the job is in the middle of judging when the service stops.
    fakes::FakeReply stall;
    stall.stall = true;
    judge.rawReply(QStringLiteral("nli_statement"), stall);
    QSignalSpy arrived(&server, &fakes::FakeOpenAiServer::requestArrived);
    m_service->start();
    const QString id = accept(post(QStringLiteral("What is the capital of France?")));
    while (judge.calls(QStringLiteral("nli_statement")) == 0)
        ASSERT_TRUE(arrived.wait(30000));
    m_service->stop();

    const StoreReader reader(m_dataDir->databasePath());
    ASSERT_TRUE(reader.job(id));
    EXPECT_EQ(reader.job(id)->state, JobState::Queued);
    EXPECT_EQ(reader.scoredSampleCount(reader.job(id)->runId), 0);

    // Restarted with the verdicts answering: only what was not answered is asked again.
    fakes::FakeReply verdicts;
    verdicts.body = fakes::FakeOpenAiServer::chatCompletionBody({ ScriptedJudge::json(verdictsOf({ 1, 1 })) });
    judge.rawReply(QStringLiteral("nli_statement"), verdicts);
    makeService();
    EXPECT_EQ(m_service->start(), 1);
    const ApiJobStatus status = waitForFinal({ id }).value(id);
    EXPECT_EQ(status.state, JobState::Completed) << status.error.toStdString();
    EXPECT_EQ(status.scores.value(kFaithfulness), 1.0);
    EXPECT_EQ(judge.calls(QStringLiteral("statement_generator")), 1); // from the cache the second time
    EXPECT_EQ(judge.calls(QStringLiteral("nli_statement")), 2);
    EXPECT_EQ(reader.scoredSampleCount(status.runId), 1);
}

// SPDX-License-Identifier: MIT
// `evalbench serve --judge-url ... --judge-model ...` as a child process: a post that asks for a
// judged metric is judged by the scripted fake judge on loopback, with the key from
// EVALBENCH_JUDGE_API_KEY and the post's own judge_model.
#include "apiclient.h"
#include "fakes/scriptedjudge.h"
#include "serveprocess.h"

#include <QJsonArray>
#include <QTemporaryDir>

using evalbench::fakes::FakeOpenAiServer;
using evalbench::fakes::ScriptedJudge;

TEST(ServeJudge, JudgedMetricsOfAPostAreJudgedByTheListenersJudge)
{
    FakeOpenAiServer server;
    ASSERT_TRUE(server.listen());
    ScriptedJudge judge(server);
    judge.answer(QStringLiteral("statement_generator"),
        QJsonObject { { QStringLiteral("statements"), QJsonArray { QStringLiteral("a"), QStringLiteral("b") } } });
    QJsonArray verdicts;
    for (int verdict : { 1, 1 })
        verdicts.append(QJsonObject { { QStringLiteral("statement"), QStringLiteral("s") },
            { QStringLiteral("reason"), QStringLiteral("r") }, { QStringLiteral("verdict"), verdict } });
    judge.answer(QStringLiteral("nli_statement"), QJsonObject { { QStringLiteral("statements"), verdicts } });

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    qputenv("EVALBENCH_JUDGE_API_KEY", "sk-serve-judge-test");
    ServeProcess serve(dir.filePath(QStringLiteral("data")),
        { QStringLiteral("--judge-url"), server.baseUrl().toString(), QStringLiteral("--judge-model"),
            QStringLiteral("listener-model") });
    qunsetenv("EVALBENCH_JUDGE_API_KEY");
    ApiClient client;
    client.setPort(serve.waitForPort());
    const QJsonObject body { { QStringLiteral("question"), QStringLiteral("What is the capital of France?") },
        { QStringLiteral("answer"), QStringLiteral("Paris is the capital of France.") },
        { QStringLiteral("contexts"), QJsonArray { QStringLiteral("Paris is the capital of France.") } },
        { QStringLiteral("metrics"), QJsonArray { QStringLiteral("faithfulness") } },
        { QStringLiteral("judge_model"), QStringLiteral("posted-model") } };
    const ApiAnswer accepted = client.post(QStringLiteral("/api/score/async"), body);
    ASSERT_EQ(accepted.status, 202) << accepted.body.toStdString();
    const QJsonObject job = client.waitForJob(accepted.json().value(QStringLiteral("job_id")).toString());
    EXPECT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(job.value(QStringLiteral("scores")).toObject().value(QStringLiteral("faithfulness")).toDouble(-1), 1.0);
    EXPECT_EQ(job.value(QStringLiteral("weighted_score")).toDouble(-1), 1.0);

    ASSERT_EQ(server.requests().size(), 2);
    for (const evalbench::fakes::FakeRequest& request : server.requests()) {
        EXPECT_EQ(request.json.value(QStringLiteral("model")).toString(), QStringLiteral("posted-model"));
        EXPECT_EQ(request.header("authorization"), QByteArray("Bearer sk-serve-judge-test"));
    }
    EXPECT_EQ(serve.terminate(), 0);
}

// SPDX-License-Identifier: MIT
// `evalbench eval` with judged metrics, as a user runs it, against a scripted fake
// OpenAI-compatible server in this process: the estimate, the scores, the usage, the
// cache on a re-run, and the key kept out of everything the run writes.
#include "fakes/fakeopenaiserver.h"
#include "fakes/scriptedjudge.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

namespace {

const QString kKey = QStringLiteral("sk-cli-SECRET-987654321");

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject data() const { return QJsonDocument::fromJson(out).object().value(QStringLiteral("data")).toObject(); }
};

class CliJudgeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        judge.answer(QStringLiteral("statement_generator"),
            QJsonObject { { QStringLiteral("statements"), QJsonArray { QStringLiteral("a"), QStringLiteral("b") } } });
        QJsonArray verdicts;
        for (int verdict : { 1, 0 })
            verdicts.append(QJsonObject { { QStringLiteral("statement"), QStringLiteral("s") },
                { QStringLiteral("reason"), QStringLiteral("r") }, { QStringLiteral("verdict"), verdict } });
        judge.answer(QStringLiteral("nli_statement"), QJsonObject { { QStringLiteral("statements"), verdicts } });
        judge.answer(QStringLiteral("optimization_advice"),
            QJsonObject { { QStringLiteral("advice_markdown"), QStringLiteral("Retrieve better contexts.") } });
        dataset = dir.filePath(QStringLiteral("judged.jsonl"));
        QFile file(dataset);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 4; ++i)
            file.write(QJsonDocument(QJsonObject { { QStringLiteral("question"), QStringLiteral("Q%1?").arg(i) },
                                         { QStringLiteral("answer"), QStringLiteral("A%1.").arg(i) },
                                         { QStringLiteral("ground_truth"), QStringLiteral("A%1.").arg(i) },
                                         { QStringLiteral("contexts"), QJsonArray { QStringLiteral("C%1.").arg(i) } } })
                           .toJson(QJsonDocument::Compact)
                + '\n');
    }

    // Waits on the child's finished signal, so that this process's event loop keeps
    // answering the child's judge calls meanwhile.
    Outcome run(QStringList arguments, bool withKey = true)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("EVALBENCH_KEYSTORE"), QStringLiteral("file"));
        if (withKey)
            environment.insert(QStringLiteral("EVALBENCH_JUDGE_API_KEY"), kKey);
        process.setProcessEnvironment(environment);
        arguments.prepend(dir.filePath(QStringLiteral("data")));
        arguments.prepend(QStringLiteral("--data-dir"));
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(EVALBENCH_EXE), arguments);
        EXPECT_TRUE(finished.wait(120'000));
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }

    QStringList evalArguments() const
    {
        return { QStringLiteral("eval"), dataset, QStringLiteral("--metrics"),
            QStringLiteral("faithfulness,exact_match"), QStringLiteral("--judge-url"), server.baseUrl().toString(),
            QStringLiteral("--judge-model"), QStringLiteral("judge-model"), QStringLiteral("--json") };
    }

    QTemporaryDir dir;
    QString dataset;
    evalbench::fakes::FakeOpenAiServer server;
    evalbench::fakes::ScriptedJudge judge { server };
};

} // namespace

TEST_F(CliJudgeTest, EvalScoresWithTheJudgeAndReportsEstimateAndUsage)
{
    const Outcome first = run(evalArguments());
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString() << first.out.toStdString();
    const QJsonObject data = first.data();
    EXPECT_DOUBLE_EQ(data.value(QStringLiteral("metrics"))
                         .toObject()
                         .value(QStringLiteral("faithfulness"))
                         .toObject()
                         .value(QStringLiteral("mean"))
                         .toDouble(),
        0.5);
    EXPECT_EQ(data.value(QStringLiteral("judge_estimate")).toObject().value(QStringLiteral("chat_calls")).toInt(), 9);
    EXPECT_EQ(data.value(QStringLiteral("judge_usage")).toObject().value(QStringLiteral("chat_calls")).toInt(), 9);
    EXPECT_NE(first.err.indexOf("judge: at most 9 calls"), -1) << first.err.toStdString();
    EXPECT_EQ(server.requests().first().header("authorization"), "Bearer " + kKey.toUtf8());

    // The key is nowhere in what the run printed or wrote.
    EXPECT_EQ(first.out.indexOf(kKey.toUtf8()), -1);
    EXPECT_EQ(first.err.indexOf(kKey.toUtf8()), -1);
    QDirIterator files(dir.filePath(QStringLiteral("data")), QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll().indexOf(kKey.toUtf8()), -1) << file.fileName().toStdString();
    }

    // The same data again: every answer comes from the cache.
    const int calls = server.requestCount();
    const Outcome second = run(evalArguments());
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(server.requestCount(), calls);
    EXPECT_EQ(
        second.data().value(QStringLiteral("judge_usage")).toObject().value(QStringLiteral("cache_hits")).toInt(), 9);
}

TEST_F(CliJudgeTest, JudgedMetricsWithoutAJudgeFailWithJudgeUnavailable)
{
    const Outcome outcome = run({ QStringLiteral("eval"), dataset, QStringLiteral("--metrics"),
                                    QStringLiteral("faithfulness"), QStringLiteral("--json") },
        false);
    EXPECT_EQ(outcome.exitCode, 1);
    const QJsonObject error = QJsonDocument::fromJson(outcome.out).object().value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("JUDGE_UNAVAILABLE"));
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(CliJudgeTest, AnUnknownProfileNamesTheKnownOnes)
{
    const Outcome outcome = run({ QStringLiteral("eval"), dataset, QStringLiteral("--metrics"),
        QStringLiteral("faithfulness"), QStringLiteral("--judge"), QStringLiteral("nope"), QStringLiteral("--json") });
    EXPECT_EQ(outcome.exitCode, 1);
    EXPECT_NE(outcome.out.indexOf("no judge profile named"), -1) << outcome.out.toStdString();
}

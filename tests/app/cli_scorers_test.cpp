// SPDX-License-Identifier: MIT
// `evalbench scorers list|test`, driven through the real executable.
#include "clirun.h"
#include "common/testprinters.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

class CliScorersTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(copyTree(QStringLiteral(EVALBENCH_SOURCE_DIR "/examples/scorers/top_k_accuracy"),
            scorersDir() + QStringLiteral("/top_k_accuracy")));
    }

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString scorersDir() const { return dataDir() + QStringLiteral("/scorers"); }

    CliRun run(const QStringList& arguments) const { return CliRun::start(dataDir(), arguments); }

    static bool writeFile(const QString& path, const QByteArray& bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static bool copyTree(const QString& from, const QString& to)
    {
        QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString source = it.next();
            const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
            if (!(it.fileInfo().isDir() ? QDir().mkpath(target)
                                        : (QDir().mkpath(QFileInfo(target).path()) && QFile::copy(source, target))))
                return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliScorersTest, ListShowsBuiltinsThenCustomScorersAndTheProblems)
{
    ASSERT_TRUE(writeFile(scorersDir() + QStringLiteral("/broken/scorer.json"), "{\"id\": \"broken\",\n"));
    const CliRun ran = run({ QStringLiteral("scorers"), QStringLiteral("list"), QStringLiteral("--json") });
    ASSERT_EQ(ran.exitCode, 0) << ran.err.toStdString();
    EXPECT_EQ(ran.envelope().value(QStringLiteral("status")).toString(), QStringLiteral("success"));
    const QJsonArray scorers = ran.data().value(QStringLiteral("scorers")).toArray();
    QStringList ids;
    for (const QJsonValue& scorer : scorers)
        ids.append(scorer.toObject().value(QStringLiteral("id")).toString());
    EXPECT_EQ(ids,
        QStringList({ QStringLiteral("classification_accuracy"), QStringLiteral("classification_f1"),
            QStringLiteral("regression_rmse"), QStringLiteral("detection_map"), QStringLiteral("top_k_accuracy") }));
    EXPECT_TRUE(scorers.first().toObject().value(QStringLiteral("builtin")).toBool());
    EXPECT_TRUE(scorers.first().toObject().value(QStringLiteral("manifest")).isNull());
    const QJsonObject custom = scorers.last().toObject();
    EXPECT_FALSE(custom.value(QStringLiteral("builtin")).toBool());
    EXPECT_EQ(custom.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
    EXPECT_EQ(custom.value(QStringLiteral("task")).toString(), QStringLiteral("custom"));
    EXPECT_EQ(QDir::fromNativeSeparators(custom.value(QStringLiteral("manifest")).toString()),
        scorersDir() + QStringLiteral("/top_k_accuracy/scorer.json"));

    const QJsonArray problems = ran.data().value(QStringLiteral("problems")).toArray();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems.first().toObject().value(QStringLiteral("code")).toString(), QStringLiteral("PARSE_ERROR"));
    EXPECT_TRUE(problems.first()
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("scorers/broken/scorer.json: ")));
    EXPECT_FALSE(QFileInfo::exists(dataDir() + QStringLiteral("/evalbench.sqlite"))) << "no database for scorers";

    const CliRun text = run({ QStringLiteral("scorers"), QStringLiteral("list") });
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains("top_k_accuracy")) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains("built-in"));
    EXPECT_TRUE(text.out.contains("scorers/broken/scorer.json: not valid JSON")) << text.out.toStdString();
}

TEST_F(CliScorersTest, TestRunsTheDocumentedExampleOnACopy)
{
    const CliRun ran = run({ QStringLiteral("scorers"), QStringLiteral("test"), QStringLiteral("top_k_accuracy"),
        QStringLiteral("--json") });
    ASSERT_EQ(ran.exitCode, 0) << ran.out.toStdString() << ran.err.toStdString();
    const QJsonObject data = ran.data();
    EXPECT_TRUE(data.value(QStringLiteral("passed")).toBool());
    EXPECT_EQ(data.value(QStringLiteral("score")).toDouble(), 0.75);
    const QJsonObject result = data.value(QStringLiteral("result")).toObject();
    EXPECT_EQ(
        result.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("top_1_accuracy")).toDouble(), 0.25);
    EXPECT_EQ(result.value(QStringLiteral("versioning")).toObject().value(QStringLiteral("scorer")).toString(),
        QStringLiteral("top_k_accuracy"));
    EXPECT_FALSE(QFileInfo::exists(scorersDir() + QStringLiteral("/top_k_accuracy/example/output/result.json")))
        << "the example folder itself is never written";
    EXPECT_FALSE(QFileInfo::exists(dataDir() + QStringLiteral("/evalbench.sqlite")));

    const CliRun k1 = run({ QStringLiteral("scorers"), QStringLiteral("test"), QStringLiteral("top_k_accuracy"),
        QStringLiteral("--params"), QStringLiteral("{\"k\": 1}") });
    ASSERT_EQ(k1.exitCode, 0) << k1.err.toStdString();
    EXPECT_TRUE(k1.out.startsWith("PASS top_k_accuracy: score 0.25 in ")) << k1.out.toStdString();
    EXPECT_TRUE(k1.out.trimmed().endsWith(" ms")) << k1.out.toStdString();
}

TEST_F(CliScorersTest, TestRunsABuiltinScorerOnAGivenWorkspace)
{
    const QString workspace = m_dir.filePath(QStringLiteral("ws"));
    ASSERT_TRUE(writeFile(workspace + QStringLiteral("/input/gt.csv"), "id,label\n1,a\n2,b\n3,a\n4,b\n"));
    ASSERT_TRUE(writeFile(workspace + QStringLiteral("/output/pred.csv"), "id,label\n1,a\n2,b\n3,b\n4,b\n"));
    const CliRun ran = run({ QStringLiteral("scorers"), QStringLiteral("test"),
        QStringLiteral("classification_accuracy"), workspace, QStringLiteral("--json") });
    ASSERT_EQ(ran.exitCode, 0) << ran.out.toStdString() << ran.err.toStdString();
    EXPECT_EQ(ran.data().value(QStringLiteral("score")).toDouble(), 0.75);
    EXPECT_FALSE(QFileInfo::exists(workspace + QStringLiteral("/output/result.json")));
}

TEST_F(CliScorersTest, FailuresAndBadUsageHaveTheirExitCodes)
{
    const QByteArray badScript = "import json, os\n"
                                 "json.dump({\"summary\": {\"score\": 1}, \"metrics\": {\"f1\": \"high\"}},\n"
                                 "          open(os.environ[\"EVALBENCH_RESULT\"], \"w\"))\n";
    ASSERT_TRUE(writeFile(scorersDir() + QStringLiteral("/bad/score.py"), badScript));
    ASSERT_TRUE(writeFile(scorersDir() + QStringLiteral("/bad/example/input/.keep"), ""));
    ASSERT_TRUE(writeFile(scorersDir() + QStringLiteral("/bad/scorer.json"),
        R"({"id": "bad", "version": "0.1", "task_type": "custom", "command": "python3 {scorer_dir}/score.py"})"));

    const CliRun bad =
        run({ QStringLiteral("scorers"), QStringLiteral("test"), QStringLiteral("bad"), QStringLiteral("--json") });
    EXPECT_EQ(bad.exitCode, 1) << bad.out.toStdString();
    EXPECT_EQ(bad.errorCode(), QStringLiteral("BAD_FORMAT"));
    EXPECT_TRUE(bad.envelope()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("metrics.f1 is a string")));
    const CliRun badText = run({ QStringLiteral("scorers"), QStringLiteral("test"), QStringLiteral("bad") });
    EXPECT_EQ(badText.exitCode, 1);
    EXPECT_TRUE(badText.err.startsWith("FAIL bad: output/result.json: metrics.f1")) << badText.err.toStdString();

    const CliRun unknown =
        run({ QStringLiteral("scorers"), QStringLiteral("test"), QStringLiteral("nope"), QStringLiteral("--json") });
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_EQ(unknown.errorCode(), QStringLiteral("NOT_FOUND"));

    const CliRun missingWorkspace = run({ QStringLiteral("scorers"), QStringLiteral("test"),
        QStringLiteral("top_k_accuracy"), m_dir.filePath(QStringLiteral("no-such-ws")), QStringLiteral("--json") });
    EXPECT_EQ(missingWorkspace.exitCode, 1);
    EXPECT_EQ(missingWorkspace.errorCode(), QStringLiteral("MISSING_FILE"));

    EXPECT_EQ(
        run({ QStringLiteral("scorers"), QStringLiteral("test"), QStringLiteral("classification_f1") }).exitCode, 2)
        << "a built-in scorer needs a WORKSPACE";
    EXPECT_EQ(run({ QStringLiteral("scorers"), QStringLiteral("test"), QStringLiteral("top_k_accuracy"),
                      QStringLiteral("--params"), QStringLiteral("[1]") })
                  .exitCode,
        2);
    EXPECT_EQ(run({ QStringLiteral("scorers") }).exitCode, 2);
    EXPECT_EQ(run({ QStringLiteral("scorers"), QStringLiteral("list"), QStringLiteral("extra") }).exitCode, 2);
    EXPECT_EQ(run({ QStringLiteral("scorers"), QStringLiteral("test") }).exitCode, 2);
}

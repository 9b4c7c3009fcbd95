// SPDX-License-Identifier: MIT
// `evalbench validate` and `evalbench score`, driven through the real executable on the
// workspaces shipped in examples/ml and on broken copies of them.
#include "clirun.h"
#include "common/testprinters.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

class CliWorkspaceTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    CliRun run(const QStringList& arguments) const
    {
        return CliRun::start(m_dir.filePath(QStringLiteral("data")), arguments);
    }
    // A copy of examples/ml/<name> (the examples themselves stay untouched).
    QString example(const QString& name) const
    {
        const QString from = QStringLiteral(EVALBENCH_SOURCE_DIR "/examples/ml/") + name;
        const QString to = m_dir.filePath(name);
        QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (QFileInfo(file).fileName() == QLatin1String("result.json"))
                continue;
            const QString target = to + file.mid(from.size());
            QDir().mkpath(QFileInfo(target).absolutePath());
            QFile::copy(file, target);
            QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        return to;
    }
    static void write(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    static QJsonObject readJson(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject {};
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CliWorkspaceTest, ValidateAcceptsEachExample)
{
    for (const char* name : { "classification", "regression", "detection" }) {
        const CliRun ran =
            run({ QStringLiteral("validate"), example(QString::fromLatin1(name)), QStringLiteral("--json") });
        EXPECT_EQ(ran.exitCode, 0) << name << ran.out.toStdString() << ran.err.toStdString();
        EXPECT_TRUE(ran.data().value(QStringLiteral("valid")).toBool()) << name;
        EXPECT_EQ(ran.data().value(QStringLiteral("task_type")).toString(), QString::fromLatin1(name));
    }
}

TEST_F(CliWorkspaceTest, ValidateListsEveryProblem)
{
    const QString ws = example(QStringLiteral("classification"));
    write(ws + QStringLiteral("/input/gt.csv"), "id,class\n1,a\n");
    QFile::remove(ws + QStringLiteral("/output/pred.csv"));
    const CliRun text = run({ QStringLiteral("validate"), ws });
    EXPECT_EQ(text.exitCode, 1);
    const QString err = QString::fromUtf8(text.err);
    EXPECT_TRUE(err.contains(QStringLiteral("has 2 problem(s)"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("MISSING_FILE    output/pred.csv is missing"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("BAD_FORMAT      input/gt.csv: the header must be \"id,label\"")))
        << err.toStdString();

    const CliRun json = run({ QStringLiteral("validate"), ws, QStringLiteral("--json") });
    EXPECT_EQ(json.exitCode, 1);
    EXPECT_EQ(json.envelope().value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    EXPECT_EQ(json.error().value(QStringLiteral("stage")).toString(), QStringLiteral("validation"));
    EXPECT_EQ(
        json.error().value(QStringLiteral("details")).toObject().value(QStringLiteral("problems")).toArray().size(), 2);
}

TEST_F(CliWorkspaceTest, ScoreWritesResultAndStoresTheRun)
{
    const QString ws = example(QStringLiteral("classification"));
    const CliRun ran = run({ QStringLiteral("score"), ws, QStringLiteral("--json") });
    ASSERT_EQ(ran.exitCode, 0) << ran.out.toStdString() << ran.err.toStdString();
    const QJsonObject data = ran.data();
    const QJsonObject result = data.value(QStringLiteral("result")).toObject();
    EXPECT_EQ(result, readJson(ws + QStringLiteral("/output/result.json")));
    const QJsonObject summary = result.value(QStringLiteral("summary")).toObject();
    EXPECT_NEAR(summary.value(QStringLiteral("score")).toDouble(), 0.5595881595881596, 1e-12);
    EXPECT_TRUE(summary.value(QStringLiteral("pass")).toBool()); // meta.json's pass_threshold is 0.5
    EXPECT_TRUE(ran.envelope().contains(QStringLiteral("execution_time")));

    const QString runId = data.value(QStringLiteral("run_id")).toString();
    const CliRun shown = run({ QStringLiteral("show"), runId, QStringLiteral("--json") });
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const CliRun md = run({ QStringLiteral("export"), runId, QStringLiteral("--format"), QStringLiteral("md") });
    EXPECT_EQ(md.exitCode, 0);
    EXPECT_TRUE(md.out.contains("## Per class")) << md.out.toStdString();
    const CliRun runs = run({ QStringLiteral("runs"), QStringLiteral("--json") });
    EXPECT_TRUE(runs.out.contains(runId.toUtf8()));
}

TEST_F(CliWorkspaceTest, ScoreOverridesScorerAndParams)
{
    const QString ws = example(QStringLiteral("classification"));
    const CliRun ran =
        run({ QStringLiteral("score"), ws, QStringLiteral("--scorer"), QStringLiteral("classification_accuracy"),
            QStringLiteral("--params"), QStringLiteral("{\"pass_threshold\": 0.8}"), QStringLiteral("--json") });
    ASSERT_EQ(ran.exitCode, 0) << ran.err.toStdString();
    const QJsonObject summary =
        ran.data().value(QStringLiteral("result")).toObject().value(QStringLiteral("summary")).toObject();
    EXPECT_EQ(summary.value(QStringLiteral("primary_metric")).toString(), QStringLiteral("accuracy"));
    EXPECT_FALSE(summary.value(QStringLiteral("pass")).toBool());

    const CliRun badJson =
        run({ QStringLiteral("score"), ws, QStringLiteral("--params"), QStringLiteral("{average: macro}") });
    EXPECT_EQ(badJson.exitCode, 2);
    EXPECT_TRUE(badJson.err.contains("--params must be a JSON object")) << badJson.err.toStdString();
}

TEST_F(CliWorkspaceTest, ScoreFailureWritesTheEnvelopeAndStoresNothing)
{
    const QString ws = example(QStringLiteral("detection"));
    write(ws + QStringLiteral("/output/pred.json"), "[{\"image_id\": 1, \"bbox\": [0, 0, 1, 1], \"score\": 0.3}]");
    const CliRun ran = run({ QStringLiteral("score"), ws, QStringLiteral("--json") });
    EXPECT_EQ(ran.exitCode, 1);
    EXPECT_EQ(ran.error().value(QStringLiteral("code")).toString(), QStringLiteral("BAD_FORMAT"));
    EXPECT_EQ(ran.error().value(QStringLiteral("stage")).toString(), QStringLiteral("validation"));
    const QJsonObject file = readJson(ws + QStringLiteral("/output/result.json"));
    EXPECT_EQ(file.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    EXPECT_EQ(file.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
        QStringLiteral("BAD_FORMAT"));
    const CliRun runs = run({ QStringLiteral("runs"), QStringLiteral("--json") });
    EXPECT_TRUE(runs.data().value(QStringLiteral("runs")).toArray().isEmpty()) << runs.out.toStdString();

    const CliRun missing = run({ QStringLiteral("score"), m_dir.filePath(QStringLiteral("nowhere")) });
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("does not exist")) << missing.err.toStdString();
}

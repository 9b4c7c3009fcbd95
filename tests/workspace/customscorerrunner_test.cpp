// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "scorerfixture.h"
#include "workspace/customscorerrunner.h"
#include "workspace/scorermanifest.h"

#include <gtest/gtest.h>
#include <thread>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <signal.h>
#endif

using namespace evalbench;

namespace {

class CustomScorerRunnerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir().mkpath(workspace().inputDir()));
    }

    QString scorersDir() const { return m_dir.filePath(QStringLiteral("scorers")); }
    WorkspaceLayout workspace() const { return WorkspaceLayout(m_dir.filePath(QStringLiteral("ws"))); }

    // Writes the scorer and reads it back the way the catalog does.
    ScorerInfo scorer(const QJsonObject& manifest, const QByteArray& script)
    {
        const QString path =
            testdata::writeScorer(scorersDir(), manifest.value(QStringLiteral("id")).toString(), manifest, script);
        const auto loaded = ScorerManifest::read(path);
        EXPECT_TRUE(loaded.ok()) << loaded.error.message.toStdString();
        return loaded.value.value_or(ScorerInfo {});
    }
    ScorerInfo scorer(const QString& id, const QByteArray& script) { return scorer(testdata::manifest(id), script); }

    ScorerOutcome run(const ScorerInfo& info, const QJsonObject& params = {}, int timeout = 60,
        const std::atomic<bool>* cancelled = nullptr) const
    {
        return CustomScorerRunner::run(info, workspace(), params, timeout, cancelled);
    }

    // A manifest whose command is a shell line: `sh -c LINE`.
    static QJsonObject shellManifest(const QString& id, const QString& line)
    {
        QJsonObject json = testdata::manifest(id);
        json.insert(QStringLiteral("command"), QJsonArray { QStringLiteral("sh"), QStringLiteral("-c"), line });
        return json;
    }

    qint64 readPid(const QString& name) const
    {
        QFile file(workspace().root() + QLatin1Char('/') + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toLongLong() : 0;
    }

    QTemporaryDir m_dir;
};

#ifdef Q_OS_UNIX
// A zombie (dead, not yet reaped by its new parent) counts as gone.
bool processAlive(qint64 pid)
{
    if (::kill(pid_t(pid), 0) != 0)
        return errno != ESRCH;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype afterName = text.lastIndexOf(')');
    return afterName < 0 || text.mid(afterName + 2, 1) != "Z";
}

// SIGKILL is delivered asynchronously: on a loaded machine a killed process may take a moment to
// die (and an orphan to be reaped). Waits for that, up to a generous deadline.
bool processGone(qint64 pid)
{
    const QDeadlineTimer deadline(10000);
    while (processAlive(pid)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(5);
    }
    return true;
}
#endif

const QByteArray kSleepScript = "import time\ntime.sleep(30)\n";

} // namespace

TEST_F(CustomScorerRunnerTest, PassesTheResultThroughAndFillsVersioningAndTiming)
{
    const ScorerInfo info = scorer(QStringLiteral("passer"), R"(import json, sys
with open(sys.argv[1] + "/output/result.json", "w") as f:
    json.dump({"summary": {"score": 0.75, "note": "kept"}, "metrics": {"acc": 0.75, "r2": None},
               "details": {"rows": [1, 2]}, "timing": {"compute_ms": 4}}, f)
)");
    // No output/ folder yet: the runner creates it.
    ASSERT_FALSE(QFileInfo::exists(workspace().outputDir()));
    const ScorerOutcome outcome = run(info);
    ASSERT_TRUE(outcome.ok()) << outcome.error.message.toStdString();
    const QJsonObject& result = *outcome.result;
    EXPECT_EQ(result.value(QStringLiteral("summary")).toObject().value(QStringLiteral("score")).toDouble(), 0.75);
    EXPECT_EQ(result.value(QStringLiteral("summary")).toObject().value(QStringLiteral("note")).toString(),
        QStringLiteral("kept"));
    EXPECT_TRUE(result.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("r2")).isNull());
    EXPECT_EQ(result.value(QStringLiteral("details")).toObject().value(QStringLiteral("rows")).toArray().size(), 2);
    const QJsonObject versioning = result.value(QStringLiteral("versioning")).toObject();
    EXPECT_EQ(versioning.value(QStringLiteral("scorer")).toString(), QStringLiteral("passer"));
    EXPECT_EQ(versioning.value(QStringLiteral("version")).toString(), QStringLiteral("1.0.0"));
    const QJsonObject timing = result.value(QStringLiteral("timing")).toObject();
    EXPECT_EQ(timing.value(QStringLiteral("compute_ms")).toInt(), 4);
    EXPECT_TRUE(timing.value(QStringLiteral("total_ms")).isDouble());
}

TEST_F(CustomScorerRunnerTest, VersioningTheScorerWritesIsKept)
{
    const ScorerInfo info = scorer(QStringLiteral("versioned"), R"(import json, sys
with open(sys.argv[1] + "/output/result.json", "w") as f:
    json.dump({"summary": {"score": 1}, "metrics": {}, "versioning": {"version": "2.0-dev"}}, f)
)");
    const ScorerOutcome outcome = run(info);
    ASSERT_TRUE(outcome.ok()) << outcome.error.message.toStdString();
    const QJsonObject versioning = outcome.result->value(QStringLiteral("versioning")).toObject();
    EXPECT_EQ(versioning.value(QStringLiteral("version")).toString(), QStringLiteral("2.0-dev"));
    EXPECT_EQ(versioning.value(QStringLiteral("scorer")).toString(), QStringLiteral("versioned"));
}

TEST_F(CustomScorerRunnerTest, PlaceholdersEnvironmentParamsAndWorkingDirectoryReachTheScript)
{
    QJsonObject manifest = testdata::manifest(QStringLiteral("echo"));
    manifest.insert(QStringLiteral("command"),
        QJsonArray { QStringLiteral("python3"), QStringLiteral("{scorer_dir}/score.py"), QStringLiteral("{workspace}"),
            QStringLiteral("{input}"), QStringLiteral("{output}"), QStringLiteral("{result}"),
            QStringLiteral("--params={params}"), QStringLiteral("{scorer_dir}"), QStringLiteral("{unknown}") });
    manifest.insert(QStringLiteral("params"),
        QJsonObject { { QStringLiteral("k"), QJsonObject { { QStringLiteral("default"), 3 } } },
            { QStringLiteral("mode"), QJsonObject { { QStringLiteral("default"), QStringLiteral("strict") } } } });
    const ScorerInfo info = scorer(manifest, R"(import json, os, sys
names = ["WORKSPACE", "INPUT", "OUTPUT", "RESULT", "PARAMS", "SCORER_DIR"]
env = {n: os.environ.get("EVALBENCH_" + n) for n in names}
with open(os.environ["EVALBENCH_RESULT"], "w") as f:
    json.dump({"summary": {"score": 1}, "metrics": {},
               "details": {"argv": sys.argv[1:], "env": env, "cwd": os.getcwd()}}, f)
)");
    const ScorerOutcome outcome = run(info, { { QStringLiteral("k"), 5 } });
    ASSERT_TRUE(outcome.ok()) << outcome.error.message.toStdString();
    const QJsonObject details = outcome.result->value(QStringLiteral("details")).toObject();
    const WorkspaceLayout ws = workspace();
    const QString params = QStringLiteral(R"({"k":5,"mode":"strict"})");
    const QString scorerDir = QDir::toNativeSeparators(info.folder);
    const QStringList expected { QDir::toNativeSeparators(ws.root()), QDir::toNativeSeparators(ws.inputDir()),
        QDir::toNativeSeparators(ws.outputDir()), QDir::toNativeSeparators(ws.resultPath()),
        QStringLiteral("--params=") + params, scorerDir, QStringLiteral("{unknown}") };
    QStringList argv;
    for (const QJsonValue& value : details.value(QStringLiteral("argv")).toArray())
        argv.append(value.toString());
    EXPECT_EQ(argv, expected);
    const QJsonObject env = details.value(QStringLiteral("env")).toObject();
    EXPECT_EQ(env.value(QStringLiteral("WORKSPACE")).toString(), expected.at(0));
    EXPECT_EQ(env.value(QStringLiteral("INPUT")).toString(), expected.at(1));
    EXPECT_EQ(env.value(QStringLiteral("OUTPUT")).toString(), expected.at(2));
    EXPECT_EQ(env.value(QStringLiteral("RESULT")).toString(), expected.at(3));
    EXPECT_EQ(env.value(QStringLiteral("PARAMS")).toString(), params);
    EXPECT_EQ(env.value(QStringLiteral("SCORER_DIR")).toString(), scorerDir);
    EXPECT_EQ(QDir(details.value(QStringLiteral("cwd")).toString()).canonicalPath(), QDir(ws.root()).canonicalPath());
}

TEST_F(CustomScorerRunnerTest, AStaleResultIsRemovedAndNeverPassesAsTheNewOne)
{
    ASSERT_TRUE(testdata::writeFile(workspace().resultPath(), R"({"summary": {"score": 1}, "metrics": {}})"));
    const ScorerInfo info = scorer(QStringLiteral("silent"), R"(import json, os, sys
sys.stderr.write("old result still there: %s\n" % os.path.exists(os.environ["EVALBENCH_RESULT"]))
)");
    const ScorerOutcome outcome = run(info);
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error.code, ErrorCode::BadFormat);
    EXPECT_EQ(outcome.error.stage, QStringLiteral("output"));
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("finished without writing output/result.json")))
        << outcome.error.message.toStdString();
    EXPECT_EQ(outcome.error.details.value(QStringLiteral("stderr")).toString().trimmed(),
        QStringLiteral("old result still there: False"));
    EXPECT_FALSE(QFileInfo::exists(workspace().resultPath()));
}

TEST_F(CustomScorerRunnerTest, ResultThatIsNotJsonIsAParseError)
{
    const ScorerInfo info = scorer(QStringLiteral("garbled"), R"(import sys
open(sys.argv[1] + "/output/result.json", "w").write('{"summary": {"score": 0.5},\n "metrics": oops}')
)");
    const ScorerOutcome outcome = run(info);
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error.code, ErrorCode::ParseError);
    EXPECT_EQ(outcome.error.stage, QStringLiteral("output"));
    EXPECT_TRUE(outcome.error.message.startsWith(QStringLiteral("output/result.json: not valid JSON at line 2")))
        << outcome.error.message.toStdString();
}

TEST_F(CustomScorerRunnerTest, SchemaViolationsAreBadFormat)
{
    const ScorerInfo info = scorer(QStringLiteral("stringly"), R"(import json, sys
with open(sys.argv[1] + "/output/result.json", "w") as f:
    json.dump({"summary": {"score": 0.5}, "metrics": {"f1": "0.5"}}, f)
)");
    const ScorerOutcome outcome = run(info);
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error.code, ErrorCode::BadFormat);
    EXPECT_EQ(outcome.error.stage, QStringLiteral("output"));
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("output/result.json: metrics.f1 is a string")))
        << outcome.error.message.toStdString();

    const ScorerInfo noSummary = scorer(QStringLiteral("nosummary"), R"(import json, sys
json.dump({"metrics": {}}, open(sys.argv[1] + "/output/result.json", "w"))
)");
    const ScorerOutcome second = run(noSummary);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error.code, ErrorCode::BadFormat);
    EXPECT_EQ(second.error.details.value(QStringLiteral("field")).toString(), QStringLiteral("summary"));
}

TEST_F(CustomScorerRunnerTest, AScorerReportedErrorPassesThroughWithItsCode)
{
    const QByteArray script = R"(import json, sys
with open(sys.argv[1] + "/output/result.json", "w") as f:
    json.dump({"summary": None, "error": {"code": "MISMATCH", "message": "pred.csv lacks ids 4, 7",
               "stage": "validation", "details": {"missing": ["4", "7"]}}}, f)
sys.exit(int(sys.argv[2]))
)";
    QJsonObject manifest = testdata::manifest(QStringLiteral("reporter"));
    manifest.insert(QStringLiteral("command"),
        QJsonArray { QStringLiteral("python3"), QStringLiteral("{scorer_dir}/score.py"), QStringLiteral("{workspace}"),
            QStringLiteral("0") });
    const ScorerInfo info = scorer(manifest, script);
    for (int exitCode : { 0, 2 }) {
        SCOPED_TRACE(exitCode);
        ScorerInfo withExit = info; // the last argument is the exit code

        withExit.command.last() = QString::number(exitCode);
        const ScorerOutcome outcome = run(withExit);
        ASSERT_FALSE(outcome.ok());
        EXPECT_EQ(outcome.error.code, ErrorCode::Mismatch);
        EXPECT_EQ(outcome.error.message, QStringLiteral("pred.csv lacks ids 4, 7"));
        EXPECT_EQ(outcome.error.stage, QStringLiteral("validation"));
        EXPECT_EQ(outcome.error.details.value(QStringLiteral("missing")).toArray().size(), 2);
    }
}

TEST_F(CustomScorerRunnerTest, ANonZeroExitIsInternalQuotingTheEndOfStderr)
{
    const ScorerInfo info = scorer(QStringLiteral("crasher"), R"(import sys
sys.stderr.write("noise line\n" * 3000)
sys.stderr.write("ValueError: label 'cat' is not in gt.csv\n")
sys.exit(3)
)");
    const ScorerOutcome outcome = run(info);
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error.code, ErrorCode::Internal);
    EXPECT_EQ(outcome.error.stage, QStringLiteral("scoring"));
    EXPECT_TRUE(outcome.error.message.startsWith(QStringLiteral("custom scorer crasher exited with code 3")))
        << outcome.error.message.toStdString();
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("ValueError: label 'cat' is not in gt.csv")));
    EXPECT_EQ(outcome.error.details.value(QStringLiteral("exit_code")).toInt(), 3);
    const QString tail = outcome.error.details.value(QStringLiteral("stderr")).toString();
    EXPECT_LE(tail.toUtf8().size(), 8 * 1024) << "only the last 8 KiB of ~33 KB are kept";
    EXPECT_GT(tail.toUtf8().size(), 7 * 1024);
    EXPECT_TRUE(tail.endsWith(QStringLiteral("not in gt.csv\n")));
}

TEST_F(CustomScorerRunnerTest, AProgramThatIsNotFoundIsInternalNamingItAndPath)
{
    QJsonObject manifest = testdata::manifest(QStringLiteral("ghost"));
    manifest.insert(QStringLiteral("command"),
        QJsonArray { QStringLiteral("evalbench-no-such-program"), QStringLiteral("{workspace}") });
    const ScorerOutcome outcome = run(scorer(manifest, {}));
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error.code, ErrorCode::Internal);
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("\"evalbench-no-such-program\" was not found")))
        << outcome.error.message.toStdString();
    EXPECT_TRUE(outcome.error.message.contains(QStringLiteral("PATH")));
}

#ifdef Q_OS_UNIX
TEST_F(CustomScorerRunnerTest, AProgramInTheScorerFolderIsUsedAndOneThatCannotStartIsReported)
{
    QJsonObject manifest = testdata::manifest(QStringLiteral("local"));
    manifest.insert(QStringLiteral("command"), QJsonArray { QStringLiteral("run.sh"), QStringLiteral("{workspace}") });
    const ScorerInfo info = scorer(manifest, testdata::passingScript(0.5));
    const QString runSh = info.folder + QStringLiteral("/run.sh");
    ASSERT_TRUE(testdata::writeFile(runSh, "#!/bin/sh\nexec python3 \"$(dirname \"$0\")/score.py\" \"$1\"\n"));

    // Not executable: it exists, so it is what runs, and starting it fails.
    const ScorerOutcome refused = run(info);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error.code, ErrorCode::Internal);
    EXPECT_TRUE(refused.error.message.contains(QStringLiteral("could not start")))
        << refused.error.message.toStdString();
    EXPECT_TRUE(refused.error.message.contains(runSh)) << refused.error.message.toStdString();

    ASSERT_TRUE(QFile::setPermissions(runSh, QFile::permissions(runSh) | QFile::ExeOwner));
    const ScorerOutcome outcome = run(info);
    ASSERT_TRUE(outcome.ok()) << outcome.error.message.toStdString();
    EXPECT_EQ(
        outcome.result->value(QStringLiteral("summary")).toObject().value(QStringLiteral("score")).toDouble(), 0.5);
}
#endif

TEST_F(CustomScorerRunnerTest, ATimeoutKillsTheScorerAndWhatItStarted)
{
    // The shell writes the pids at once (no race with Python's start-up), then becomes the
    // Python script; the background sleep checks that the whole process group is stopped.
    const ScorerInfo info = scorer(shellManifest(QStringLiteral("sleeper"),
                                       QStringLiteral("sleep 30 & echo $! > {workspace}/child.pid; "
                                                      "echo $$ > {workspace}/scorer.pid; "
                                                      "exec python3 {scorer_dir}/score.py")),
        kSleepScript);
    const ScorerOutcome outcome = run(info, {}, 1);
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error.code, ErrorCode::TimeoutError);
    EXPECT_EQ(outcome.error.stage, QStringLiteral("scoring"));
    EXPECT_EQ(outcome.error.message, QStringLiteral("custom scorer sleeper ran past its 1 s timeout and was stopped"));
    EXPECT_EQ(outcome.error.details.value(QStringLiteral("timeout_seconds")).toInt(), 1);
#ifdef Q_OS_UNIX
    const qint64 scorerPid = readPid(QStringLiteral("scorer.pid"));
    const qint64 childPid = readPid(QStringLiteral("child.pid"));
    ASSERT_GT(scorerPid, 0);
    ASSERT_GT(childPid, 0);
    EXPECT_TRUE(processGone(scorerPid));
    EXPECT_TRUE(processGone(childPid)) << "a process the scorer started outlived the call";
#endif
}

TEST_F(CustomScorerRunnerTest, CancellingFromAnotherThreadStopsTheScorer)
{
    const ScorerInfo info = scorer(shellManifest(QStringLiteral("cancellable"),
                                       QStringLiteral("echo $$ > {workspace}/scorer.pid; "
                                                      "exec python3 {scorer_dir}/score.py")),
        kSleepScript);
    const QString pidFile = workspace().root() + QStringLiteral("/scorer.pid");
    QFileSystemWatcher watcher({ workspace().root() });
    QSignalSpy spy(&watcher, &QFileSystemWatcher::directoryChanged);
    std::atomic<bool> cancelled { false };
    ScorerOutcome outcome;
    std::thread worker([&] { outcome = run(info, {}, 600, &cancelled); });
    // Cancel once the scorer is known to run.
    while (!QFileInfo::exists(pidFile) && spy.wait(30000)) { }
    const bool started = QFileInfo::exists(pidFile);
    cancelled = true;
    worker.join();
    ASSERT_TRUE(started);
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error.code, ErrorCode::Internal);
    EXPECT_EQ(outcome.error.message, QStringLiteral("cancelled"));
#ifdef Q_OS_UNIX
    const qint64 pid = readPid(QStringLiteral("scorer.pid"));
    ASSERT_GT(pid, 0);
    EXPECT_TRUE(processGone(pid));
#endif
}

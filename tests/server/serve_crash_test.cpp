// SPDX-License-Identifier: MIT
// Durability of `evalbench serve` (issue 5): a 202 means committed. The real executable is killed
// with SIGKILL right after the last 202, restarted on the same data directory, and every accepted
// job must complete, each exactly once.
#include "apiclient.h"
#include "serveprocess.h"

#include <iostream>

#include <QSet>
#include <QTemporaryDir>

TEST(ServeCrash, EveryAcceptedJobCompletesOnceAfterAKillAndRestart)
{
    constexpr int kJobs = 60;
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString dataDir = dir.filePath(QStringLiteral("data"));

    QStringList jobIds;
    QString runId;
    {
        ServeProcess serve(dataDir);
        ApiClient client;
        client.setPort(serve.waitForPort());
        QList<QJsonObject> bodies;
        for (int i = 0; i < kJobs; ++i) {
            bodies.append({ { QStringLiteral("question"), QStringLiteral("question %1").arg(i) },
                { QStringLiteral("answer"), QStringLiteral("answer %1").arg(i) },
                { QStringLiteral("ground_truth"), QStringLiteral("answer %1").arg(i) },
                { QStringLiteral("metrics"), QJsonArray { QStringLiteral("exact_match") } },
                { QStringLiteral("run"), QStringLiteral("crash-run") },
                { QStringLiteral("request_id"), QStringLiteral("crash-%1").arg(i) } });
        }
        // All at once, so that scoring is still under way when the last 202 arrives.
        for (const ApiAnswer& answer : client.postAll(QStringLiteral("/api/score/async"), bodies)) {
            ASSERT_EQ(answer.status, 202) << answer.body.toStdString();
            jobIds.append(answer.json().value(QStringLiteral("job_id")).toString());
            runId = answer.json().value(QStringLiteral("run_id")).toString();
        }
        serve.kill(); // SIGKILL right after the last 202
    }

    ServeProcess serve(dataDir);
    ApiClient client;
    client.setPort(serve.waitForPort());
    // Not asserted (it depends on timing), but shown: how many accepted jobs the kill interrupted.
    const int resumed = serve.resumedJobs();
    std::cout << "jobs resumed after the kill: " << resumed << " of " << kJobs << std::endl;
    ::testing::Test::RecordProperty("resumed_jobs", resumed);
    for (const QString& jobId : jobIds) {
        const QJsonObject job = client.waitForJob(jobId);
        EXPECT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("completed")) << jobId.toStdString();
        EXPECT_DOUBLE_EQ(
            job.value(QStringLiteral("scores")).toObject().value(QStringLiteral("exact_match")).toDouble(-1), 1.0);
    }
    // A retry after the restart still finds the first job.
    const ApiAnswer retry = client.post(QStringLiteral("/api/score/async"),
        { { QStringLiteral("question"), QStringLiteral("question 0") },
            { QStringLiteral("run"), QStringLiteral("crash-run") },
            { QStringLiteral("request_id"), QStringLiteral("crash-0") } });
    EXPECT_EQ(retry.json().value(QStringLiteral("job_id")).toString(), jobIds.first());

    const QJsonObject report = client.get(QStringLiteral("/api/runs/") + runId).json();
    const QJsonArray samples = report.value(QStringLiteral("samples")).toArray();
    EXPECT_EQ(samples.size(), kJobs) << "each accepted job is in the run exactly once";
    QSet<QString> questions;
    for (const QJsonValue& sample : samples) {
        questions.insert(sample.toObject().value(QStringLiteral("question")).toString());
        EXPECT_DOUBLE_EQ(sample.toObject()
                             .value(QStringLiteral("scores"))
                             .toObject()
                             .value(QStringLiteral("exact_match"))
                             .toDouble(-1),
            1.0);
    }
    EXPECT_EQ(questions.size(), kJobs);
    EXPECT_EQ(report.value(QStringLiteral("run")).toObject().value(QStringLiteral("sample_count")).toInt(), kJobs);

    EXPECT_EQ(serve.terminate(), 0) << "SIGTERM stops gracefully with exit 0";
}

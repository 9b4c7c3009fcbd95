// SPDX-License-Identifier: MIT
#pragma once

// Runs of every source, status and age in a temporary data directory, with the real writer
// and job manager, for the Runs page and window polish tests.

#include "compare/comparefixture.h"
#include "jobs/jobmanager.h"
#include "store/connectionpool.h"
#include "ui/runlistmodel.h"
#include "ui/runspage.h"

#include <gtest/gtest.h>
#include <memory>

#include <QSignalSpy>
#include <QThreadPool>

namespace evalbench::testing {

struct PlainRun
{
    QString id;
    QString name;
    QString source = QStringLiteral("file");
    RunStatus status = RunStatus::Completed;
    QDateTime createdAt;
    QString datasetPath;
};

class PolishTest : public ::testing::Test
{
protected:
    void SetUp() override { m_jobs = std::make_unique<JobManager>(m_store.writer(), m_store.dataDir()); }
    void TearDown() override
    {
        m_jobs.reset();
        QThreadPool::globalInstance()->waitForDone(); // background loads hold connections
        ConnectionPool::closeForCurrentThread(m_store.databasePath());
    }

    // A run without samples, in the given state (no job is started for it).
    void addPlainRun(const PlainRun& plain)
    {
        RunRecord run;
        run.id = plain.id;
        run.name = plain.name;
        run.source = plain.source;
        run.status = RunStatus::Importing;
        run.createdAt = plain.createdAt.isValid() ? plain.createdAt : QDateTime::currentDateTimeUtc();
        run.datasetPath = plain.datasetPath;
        run.settings.metrics = QStringList { kF1 };
        JobRecord job;
        job.id = plain.id + QStringLiteral("-job");
        job.runId = plain.id;
        job.createdAt = run.createdAt;
        ASSERT_TRUE(m_store.writer().insertRunWithJob(run, job).result().ok());
        ASSERT_TRUE(m_store.writer().markImported(plain.id, job.id, 0, plain.status).result().ok());
    }

    // Waits until the page has loaded the whole list.
    static bool waitFullyLoaded(RunsPage& page, const std::function<void()>& request)
    {
        QSignalSpy loaded(&page, &RunsPage::fullyLoaded);
        request();
        return loaded.count() > 0 || loaded.wait(20000);
    }

    CompareStore m_store;
    std::unique_ptr<JobManager> m_jobs;
};

} // namespace evalbench::testing

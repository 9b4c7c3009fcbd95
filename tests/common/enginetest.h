// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "jobs/jobmanager.h"
#include "store/connectionpool.h"
#include "store/storewriter.h"

#include <gtest/gtest.h>
#include <memory>

#include <QTemporaryDir>

// A fixture with the real engine on a fresh data directory: a SQLite file in a
// temporary folder, its writer and a job manager. Header-only, for suites that
// link evalbench_jobs.
class EngineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = std::make_unique<evalbench::DataDir>(m_dir.filePath(QStringLiteral("data")));
        ASSERT_TRUE(m_dataDir->ensureExists(nullptr));
        m_writer = std::make_unique<evalbench::StoreWriter>(m_dataDir->databasePath());
        ASSERT_TRUE(m_writer->openError().isEmpty()) << m_writer->openError().toStdString();
        m_jobs = std::make_unique<evalbench::JobManager>(*m_writer, *m_dataDir);
    }
    void TearDown() override
    {
        m_jobs.reset();
        m_writer.reset();
        evalbench::ConnectionPool::closeForCurrentThread(m_dataDir->databasePath());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<evalbench::DataDir> m_dataDir;
    std::unique_ptr<evalbench::StoreWriter> m_writer;
    std::unique_ptr<evalbench::JobManager> m_jobs;
};

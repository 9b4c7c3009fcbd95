// SPDX-License-Identifier: MIT
#pragma once

#include "apiclient.h"
#include "common/datadir.h"
#include "jobs/apijobservice.h"
#include "server/apiserver.h"
#include "store/connectionpool.h"
#include "store/storewriter.h"

#include <memory>

#include <QTemporaryDir>

// A real ApiJobService and ApiServer on 127.0.0.1 (port 0) over a temporary data directory.
class ApiServerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = std::make_unique<evalbench::DataDir>(m_dir.filePath(QStringLiteral("data")));
        QString error;
        ASSERT_TRUE(m_dataDir->ensureExists(&error)) << error.toStdString();
        m_writer = std::make_unique<evalbench::StoreWriter>(m_dataDir->databasePath());
        ASSERT_TRUE(m_writer->openError().isEmpty()) << m_writer->openError().toStdString();
        m_jobs = std::make_unique<evalbench::ApiJobService>(*m_writer, *m_dataDir);
        m_jobs->start();
        m_server = std::make_unique<evalbench::ApiServer>(*m_jobs, *m_dataDir);
    }

    void TearDown() override
    {
        m_server.reset();
        if (m_jobs)
            m_jobs->stop();
        m_jobs.reset();
        m_writer.reset();
        if (m_dataDir)
            evalbench::ConnectionPool::closeForCurrentThread(m_dataDir->databasePath());
    }

    void startServer(evalbench::ApiServerSettings settings = {})
    {
        settings.port = 0;
        const auto error = m_server->start(settings);
        ASSERT_FALSE(error.has_value()) << error->message.toStdString();
        ASSERT_NE(m_server->port(), 0);
        m_client.setPort(m_server->port());
    }

    // POST /api/score/async, expecting 202; returns the answer's JSON.
    QJsonObject postJob(const QJsonObject& body, const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        const ApiAnswer answer = m_client.post(QStringLiteral("/api/score/async"), body, headers);
        EXPECT_EQ(answer.status, 202) << answer.body.toStdString() << answer.networkError.toStdString();
        return answer.json();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<evalbench::DataDir> m_dataDir;
    std::unique_ptr<evalbench::StoreWriter> m_writer;
    std::unique_ptr<evalbench::ApiJobService> m_jobs;
    std::unique_ptr<evalbench::ApiServer> m_server;
    ApiClient m_client;
};

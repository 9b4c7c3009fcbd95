// SPDX-License-Identifier: MIT
#pragma once

#include "common/enginetest.h"
#include "ui/mainwindow.h"
#include "windowservices.h"

#include <memory>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>

// The window over the real engine, the HTTP API's services beside it (listener off), and a
// loopback HTTP client. The listener settings of an earlier test are forgotten first.
class ApiWindowTest : public EngineTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(EngineTest::SetUp());
        QSettings().remove(QStringLiteral("api"));
        m_services = std::make_unique<WindowServices>(*m_writer, *m_dataDir);
        m_window = std::make_unique<evalbench::MainWindow>(
            *m_writer, *m_jobs, m_services->apiJobs, m_services->apiServer, *m_dataDir);
        m_window->resize(1440, 900);
        m_window->show();
    }
    void TearDown() override
    {
        m_window.reset();
        m_services.reset();
        QSettings().remove(QStringLiteral("api"));
        EngineTest::TearDown();
    }

    struct Answer
    {
        int status = 0;
        QJsonObject json;
    };

    // One request to the listener on 127.0.0.1, waiting for its answer.
    Answer send(const QByteArray& method, const QString& path, const QJsonObject& body = {},
        const QByteArray& authorization = {})
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_services->apiServer.port()).arg(path)));
        request.setTransferTimeout(30000);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        QNetworkReply* reply = m_network.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            EXPECT_TRUE(finished.wait(30000)) << path.toStdString();
        }
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    // POST /api/score/async with a small RAG sample; returns the job id (202 expected).
    QString postJob(const QString& question, const QString& answer, const QByteArray& authorization = {})
    {
        const QJsonObject body { { QStringLiteral("question"), question }, { QStringLiteral("answer"), answer },
            { QStringLiteral("ground_truth"), answer }, { QStringLiteral("contexts"), QJsonArray { answer } } };
        const Answer reply = send("POST", QStringLiteral("/api/score/async"), body, authorization);
        EXPECT_EQ(reply.status, 202);
        return reply.json.value(QStringLiteral("job_id")).toString();
    }

    std::unique_ptr<WindowServices> m_services;
    std::unique_ptr<evalbench::MainWindow> m_window;
    QNetworkAccessManager m_network;
};

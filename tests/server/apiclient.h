// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTimer>
#include <QUrl>

// One answer from the listener, as a client (QNetworkAccessManager) sees it.
struct ApiAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString networkError; // empty unless the connection itself failed

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray detailItems() const { return json().value(QStringLiteral("detail")).toArray(); }
    QByteArray header(const QByteArray& name) const
    {
        for (const auto& [key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// A real HTTP client on loopback: every call waits for the reply's finished signal.
class ApiClient
{
public:
    void setPort(quint16 port) { m_port = port; }

    ApiAnswer send(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
        const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery)));
        request.setTransferTimeout(60000);
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply* reply = m_manager.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            EXPECT_TRUE(finished.wait(60000)) << method.toStdString() << " " << pathAndQuery.toStdString();
        }
        ApiAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        answer.headers = reply->rawHeaderPairs();
        if (answer.status == 0)
            answer.networkError = reply->errorString();
        reply->deleteLater();
        return answer;
    }

    // Sends every body at once (QNetworkAccessManager runs several connections in parallel) and
    // waits for all the answers, in the order of `bodies`.
    QList<ApiAnswer> postAll(const QString& path, const QList<QJsonObject>& bodies)
    {
        QList<QNetworkReply*> replies;
        for (const QJsonObject& body : bodies) {
            QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
            replies.append(m_manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
        }
        QList<ApiAnswer> answers;
        for (QNetworkReply* reply : replies) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            if (!reply->isFinished()) {
                EXPECT_TRUE(finished.wait(60000));
            }
            ApiAnswer answer;
            answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            answer.body = reply->readAll();
            answers.append(answer);
            reply->deleteLater();
        }
        return answers;
    }

    ApiAnswer get(const QString& path, const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        return send("GET", path, {}, headers);
    }
    ApiAnswer post(const QString& path, const QJsonObject& body, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    // Polls a job until it is final; between polls the event loop runs for `interval`.
    QJsonObject waitForJob(
        const QString& jobId, int maxPolls = 600, std::chrono::milliseconds interval = std::chrono::milliseconds(100))
    {
        QJsonObject job;
        for (int i = 0; i < maxPolls; ++i) {
            job = get(QStringLiteral("/api/score/jobs/") + jobId).json();
            const QString status = job.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("completed") || status == QLatin1String("failed")
                || status == QLatin1String("cancelled"))
                return job;
            QTimer pause;
            pause.setSingleShot(true);
            QSignalSpy elapsed(&pause, &QTimer::timeout);
            pause.start(interval);
            elapsed.wait(int(interval.count()) * 10);
        }
        ADD_FAILURE() << "job " << jobId.toStdString() << " still "
                      << job.value(QStringLiteral("status")).toString().toStdString();
        return job;
    }

private:
    QNetworkAccessManager m_manager;
    quint16 m_port = 0;
};

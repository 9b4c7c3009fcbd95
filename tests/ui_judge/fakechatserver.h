// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QTcpServer>

// Answers every POST .../chat/completions with one OpenAI-shaped completion ("OK"),
// on loopback; records the last request's head and body.
class FakeChatServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit FakeChatServer(QObject* parent = nullptr);
    QString baseUrl() const;
    QByteArray lastRequest() const { return m_lastRequest; }
    int requests() const { return m_requests; }

private:
    void onConnection();

    QByteArray m_lastRequest;
    int m_requests = 0;
};

// SPDX-License-Identifier: MIT
#pragma once

#include "fakes/fakeexchange.h"

#include <functional>

#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVector>

class QTcpServer;

namespace evalbench::fakes {

class FakeHttpConnection;

// An OpenAI-compatible server on 127.0.0.1 for tests and benchmarks. Built on
// QTcpServer rather than QHttpServer: 6.4's handlers are synchronous and cannot
// answer late, and this server answers each request after a delay (a QTimer per
// request) without holding up the other connections. Keep-alive HTTP/1.1 with
// Content-Length bodies; routes on the path's end, so any prefix (/v1, /openai/...)
// works. A handler scripts the answers; counters tell what the client did.
class FakeOpenAiServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<FakeReply(const FakeRequest&)>;

    explicit FakeOpenAiServer(QObject* parent = nullptr);
    ~FakeOpenAiServer() override;

    // Listens on 127.0.0.1 with a free port; false when that failed.
    bool listen();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>/v1

    // Replaces the default answers (defaultReply()); called once per request on arrival.
    void setHandler(Handler handler);
    void setDefaultDelayMs(int delayMs);

    int requestCount() const { return m_received; }
    int openRequests() const { return m_open; } // received, neither answered nor dropped
    int maxConcurrent() const { return m_maxOpen; } // the most open requests at one time
    int connectionCount() const { return m_connections; } // accepted over the server's life
    const QList<FakeRequest>& requests() const { return m_requests; }
    void setRecordRequests(bool record) { m_record = record; } // off for long benchmarks
    void resetCounters();

    // A chat completion like OpenAI's, one stop choice per content unless told.
    static QByteArray chatCompletionBody(const QStringList& contents,
        const QString& finishReason = QStringLiteral("stop"), int promptTokens = 10, int completionTokens = 5);
    // data[i] = {index, embedding}; `reversed` lists them last index first, as servers may.
    static QByteArray embeddingsBody(
        const QList<QVector<double>>& vectors, bool reversed = false, int promptTokens = 3);
    static QByteArray errorBody(const QString& message, const QString& type = QStringLiteral("invalid_request_error"));
    // What the server answers without a handler: n "ok" choices, or [index, length, 1] per input.
    static FakeReply defaultReply(const FakeRequest& request);

Q_SIGNALS:
    void requestArrived(int index);

private:
    void accept();
    void handle(FakeHttpConnection* connection, FakeRequest request);

    QTcpServer* m_server;
    Handler m_handler;
    QList<FakeRequest> m_requests;
    int m_defaultDelayMs = 0;
    int m_received = 0;
    int m_open = 0;
    int m_maxOpen = 0;
    int m_connections = 0;
    bool m_record = true;
};

} // namespace evalbench::fakes

// SPDX-License-Identifier: MIT
#include "fakes/fakeopenaiserver.h"

#include "fakes/fakehttpconnection.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace evalbench::fakes {

FakeOpenAiServer::FakeOpenAiServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    // Benchmarks open 64+ connections at once: room in the accept queue for all of them.
    m_server->setMaxPendingConnections(1024);
    m_server->setListenBacklogSize(1024);
    connect(m_server, &QTcpServer::newConnection, this, &FakeOpenAiServer::accept);
}

FakeOpenAiServer::~FakeOpenAiServer() = default;

bool FakeOpenAiServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeOpenAiServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeOpenAiServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

void FakeOpenAiServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeOpenAiServer::setDefaultDelayMs(int delayMs)
{
    m_defaultDelayMs = std::max(0, delayMs);
}

void FakeOpenAiServer::resetCounters()
{
    m_received = 0;
    m_maxOpen = m_open;
    m_requests.clear();
}

void FakeOpenAiServer::accept()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        ++m_connections;
        auto* connection = new FakeHttpConnection(socket, this);
        connection->onRequest = [this](FakeHttpConnection* from, FakeRequest request) { handle(from, request); };
        connection->onClosed = [this](FakeHttpConnection*, bool wasAwaitingAnswer) {
            if (wasAwaitingAnswer)
                --m_open;
        };
    }
}

void FakeOpenAiServer::handle(FakeHttpConnection* connection, FakeRequest request)
{
    request.index = m_received++;
    ++m_open;
    m_maxOpen = std::max(m_maxOpen, m_open);
    if (m_record)
        m_requests.append(request);
    const FakeReply reply = m_handler ? m_handler(request) : defaultReply(request);
    Q_EMIT requestArrived(request.index);
    if (reply.stall)
        return; // counted open until the client closes the connection
    const int delay = reply.delayMs >= 0 ? reply.delayMs : m_defaultDelayMs;
    const QPointer<FakeHttpConnection> target(connection);
    // The connection is the timer's context: a client that hung up cancels its answer.
    QTimer::singleShot(delay, connection, [this, target, reply] {
        if (!target || !target->isAwaitingAnswer())
            return;
        --m_open;
        if (reply.dropConnection)
            target->drop(); // onClosed sees nothing awaiting: already counted
        else
            target->respond(reply);
    });
}

QByteArray FakeOpenAiServer::chatCompletionBody(
    const QStringList& contents, const QString& finishReason, int promptTokens, int completionTokens)
{
    QJsonArray choices;
    for (qsizetype i = 0; i < contents.size(); ++i) {
        choices.append(QJsonObject {
            { QStringLiteral("index"), i },
            { QStringLiteral("message"),
                QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                    { QStringLiteral("content"), contents.at(i) } } },
            { QStringLiteral("finish_reason"), finishReason },
        });
    }
    const QJsonObject body {
        { QStringLiteral("id"), QStringLiteral("chatcmpl-fake") },
        { QStringLiteral("object"), QStringLiteral("chat.completion") },
        { QStringLiteral("model"), QStringLiteral("fake-model") },
        { QStringLiteral("choices"), choices },
        { QStringLiteral("usage"),
            QJsonObject { { QStringLiteral("prompt_tokens"), promptTokens },
                { QStringLiteral("completion_tokens"), completionTokens },
                { QStringLiteral("total_tokens"), promptTokens + completionTokens } } },
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray FakeOpenAiServer::embeddingsBody(const QList<QVector<double>>& vectors, bool reversed, int promptTokens)
{
    QJsonArray data;
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        const qsizetype index = reversed ? vectors.size() - 1 - i : i;
        QJsonArray embedding;
        for (const double component : vectors.at(index))
            embedding.append(component);
        data.append(QJsonObject { { QStringLiteral("object"), QStringLiteral("embedding") },
            { QStringLiteral("index"), index }, { QStringLiteral("embedding"), embedding } });
    }
    const QJsonObject body {
        { QStringLiteral("object"), QStringLiteral("list") },
        { QStringLiteral("data"), data },
        { QStringLiteral("model"), QStringLiteral("fake-embedding") },
        { QStringLiteral("usage"),
            QJsonObject {
                { QStringLiteral("prompt_tokens"), promptTokens }, { QStringLiteral("total_tokens"), promptTokens } } },
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray FakeOpenAiServer::errorBody(const QString& message, const QString& type)
{
    const QJsonObject body { { QStringLiteral("error"),
        QJsonObject { { QStringLiteral("message"), message }, { QStringLiteral("type"), type } } } };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

FakeReply FakeOpenAiServer::defaultReply(const FakeRequest& request)
{
    FakeReply reply;
    if (request.isChat()) {
        const int n = std::max(1, request.json.value(QStringLiteral("n")).toInt(1));
        QStringList contents;
        for (int i = 0; i < n; ++i)
            contents.append(QStringLiteral("ok"));
        reply.body = chatCompletionBody(contents);
    } else if (request.isEmbeddings()) {
        const QJsonArray input = request.json.value(QStringLiteral("input")).toArray();
        QList<QVector<double>> vectors;
        for (qsizetype i = 0; i < input.size(); ++i)
            vectors.append({ static_cast<double>(i), static_cast<double>(input.at(i).toString().size()), 1.0 });
        reply.body = embeddingsBody(vectors);
    } else {
        reply.status = 404;
        reply.body = errorBody(QStringLiteral("no route for %1").arg(request.path));
    }
    return reply;
}

} // namespace evalbench::fakes

// SPDX-License-Identifier: MIT
#include "fakes/fakehttpconnection.h"

#include <QJsonDocument>
#include <QTcpSocket>

namespace evalbench::fakes {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return QByteArrayLiteral("Status");
    }
}

} // namespace

FakeHttpConnection::FakeHttpConnection(QTcpSocket* socket, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &FakeHttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &FakeHttpConnection::closed);
}

void FakeHttpConnection::readAvailable()
{
    m_buffer.append(m_socket->readAll());
    while (!m_awaitingAnswer && !m_closed && parseOne()) { }
}

bool FakeHttpConnection::parseOne()
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    FakeRequest request;
    request.method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    const qsizetype question = target.indexOf('?');
    request.path = QString::fromLatin1(question < 0 ? target : target.left(question));
    request.query = question < 0 ? QString() : QString::fromLatin1(target.mid(question + 1));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value(QByteArrayLiteral("content-length")).toLongLong();
    if (m_buffer.size() < headerEnd + 4 + length)
        return false;
    request.body = m_buffer.mid(headerEnd + 4, length);
    m_buffer.remove(0, headerEnd + 4 + length);
    request.json = QJsonDocument::fromJson(request.body).object();
    m_closeAfterAnswer = request.header(QByteArrayLiteral("connection")).toLower() == "close";
    m_awaitingAnswer = true;
    if (onRequest)
        onRequest(this, request);
    return true;
}

void FakeHttpConnection::respond(const FakeReply& reply)
{
    if (m_closed || !m_awaitingAnswer)
        return;
    m_awaitingAnswer = false;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    bool hasContentType = false;
    for (const auto& [name, value] : reply.headers) {
        hasContentType = hasContentType || name.compare("content-type", Qt::CaseInsensitive) == 0;
        head += name + ": " + value + "\r\n";
    }
    if (!hasContentType)
        head += "Content-Type: application/json\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    head += m_closeAfterAnswer ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    m_socket->write(head + reply.body);
    if (m_closeAfterAnswer) {
        m_socket->disconnectFromHost();
        return;
    }
    readAvailable(); // a request that arrived while this one was pending
}

void FakeHttpConnection::drop()
{
    m_socket->abort();
    closed(); // abort() does not always emit disconnected() for a socket we close ourselves
}

void FakeHttpConnection::closed()
{
    if (m_closed)
        return;
    m_closed = true;
    const bool wasAwaiting = std::exchange(m_awaitingAnswer, false);
    if (onClosed)
        onClosed(this, wasAwaiting);
    deleteLater();
}

} // namespace evalbench::fakes

// SPDX-License-Identifier: MIT
#include "server/boundedtcpserver.h"

#include <algorithm>
#include <memory>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTimer>

namespace evalbench {

namespace {

// Per-connection state, kept on the socket.
constexpr char kHandedOver[] = "evalbench_handed_over"; // the HTTP server has the socket
constexpr char kScreened[] = "evalbench_screened"; // the request in the buffer was screened
constexpr char kInterimBytes[] = "evalbench_interim_bytes"; // our "100 Continue" not yet written
constexpr QByteArrayView kContinue = "HTTP/1.1 100 Continue\r\n\r\n";

// What the first request's header block says.
struct RequestHead
{
    QByteArray method;
    QByteArray path;
    qint64 contentLength = -1; // -1: none given
    bool badContentLength = false;
    bool expectContinue = false;
};

RequestHead readHead(const QByteArray& block)
{
    RequestHead head;
    const QList<QByteArray> lines = block.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    head.method = requestLine.value(0);
    head.path = requestLine.value(1).split('?').constFirst();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0)
                head.badContentLength = true;
            else
                head.contentLength = std::max(head.contentLength, length);
        } else if (name == "expect" && value.toLower() == "100-continue") {
            head.expectContinue = true;
        }
    }
    return head;
}

} // namespace

BoundedTcpServer::BoundedTcpServer(qint64 maxBodyBytes, QObject* parent)
    : QTcpServer(parent)
    , m_maxBodyBytes(maxBodyBytes)
{ }

void BoundedTcpServer::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_connections >= kMaxConnections) {
        socket->abort();
        delete socket;
        return;
    }
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    socket->setReadBufferSize(m_maxBodyBytes + kMaxHeaderBytes);

    // No progress for the idle timeout → drop. A reply still being written is progress.
    auto* idle = new QTimer(socket);
    idle->setInterval(m_idleTimeout);
    connect(idle, &QTimer::timeout, socket, [socket, idle] {
        if (socket->bytesToWrite() > 0)
            idle->start();
        else
            socket->abort();
    });
    connect(socket, &QTcpSocket::readyRead, idle, qOverload<>(&QTimer::start));
    connect(socket, &QTcpSocket::bytesWritten, idle, qOverload<>(&QTimer::start));
    // An answer written means the next bytes on a kept-alive connection start a new request.
    connect(socket, &QTcpSocket::bytesWritten, socket, [socket](qint64 written) {
        const qint64 interim = socket->property(kInterimBytes).toLongLong();
        if (interim > 0) {
            socket->setProperty(kInterimBytes, std::max<qint64>(0, interim - written));
            if (written <= interim)
                return;
        }
        socket->setProperty(kScreened, false);
    });
    connect(socket, &QTcpSocket::disconnected, socket, [socket] {
        if (!socket->property(kHandedOver).toBool())
            socket->deleteLater();
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { screen(socket); });
    idle->start();
    if (socket->bytesAvailable() > 0)
        screen(socket);
}

void BoundedTcpServer::screen(QTcpSocket* socket)
{
    const bool handedOver = socket->property(kHandedOver).toBool();
    // On a kept-alive connection the HTTP server holds a read transaction while a request is
    // incomplete; without one, the buffer starts at the next request's headers.
    if (handedOver && (socket->isTransactionStarted() || socket->property(kScreened).toBool()))
        return;
    const QByteArray data = socket->peek(kMaxHeaderBytes);
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        if (!handedOver && data.size() >= kMaxHeaderBytes)
            reject(socket, 431, "Request Header Fields Too Large",
                QStringLiteral("The request headers are over %1 bytes.").arg(kMaxHeaderBytes), 0, 0);
        return; // wait for the rest of the headers
    }
    const RequestHead head = readHead(data.left(end));
    const qint64 headerBytes = end + 4;
    const qint64 received = data.size() - headerBytes;
    if (head.badContentLength && !handedOver) {
        reject(socket, 400, "Bad Request", QStringLiteral("The Content-Length header is not a number."), 0, 0);
        return;
    }
    if (head.contentLength > m_maxBodyBytes) {
        ApiRequestLog entry { QDateTime::currentDateTimeUtc(), QString::fromLatin1(head.method),
            QString::fromLatin1(head.path), 413, 0 };
        reject(socket, 413, "Payload Too Large",
            QStringLiteral("The body is %1 bytes; this listener takes at most %2 bytes (evalbench serve --max-body).")
                .arg(head.contentLength)
                .arg(m_maxBodyBytes),
            head.contentLength, headerBytes);
        Q_EMIT answered(entry);
        return;
    }
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    // Qt 6.4 ignores Expect (QTBUG-107854, fixed in 6.5): the client would stall ~1 s.
    if (head.expectContinue && received == 0) {
        socket->setProperty(kInterimBytes, socket->property(kInterimBytes).toLongLong() + kContinue.size());
        socket->write(kContinue.data(), kContinue.size());
    }
#endif
    socket->setProperty(kScreened, true);
    if (!handedOver)
        handOver(socket);
}

void BoundedTcpServer::handOver(QTcpSocket* socket)
{
    socket->setProperty(kHandedOver, true);
    addPendingConnection(socket); // Qt 6.8's QHttpServer listens to pendingConnectionAvailable
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    Q_EMIT newConnection(); // Qt 6.4's listens to newConnection
#endif
    // Qt 6.4's server only reads on readyRead, and the headers are already buffered.
    QMetaObject::invokeMethod(
        socket,
        [socket] {
            if (socket->bytesAvailable() > 0)
                Q_EMIT socket->readyRead();
        },
        Qt::QueuedConnection);
}

void BoundedTcpServer::reject(QTcpSocket* socket, int status, const QByteArray& reason, const QString& detail,
    qint64 bodyToDrain, qint64 headerBytes)
{
    // The connection ends here: nobody else reads from it (the HTTP server included, when it
    // already has the socket), only the drain below and the idle timer.
    disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (auto* idle = socket->findChild<QTimer*>(QString(), Qt::FindDirectChildrenOnly))
        connect(socket, &QTcpSocket::readyRead, idle, qOverload<>(&QTimer::start));
    const QByteArray body =
        QJsonDocument(QJsonObject { { QStringLiteral("detail"), detail } }).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body);
    const qint64 bodyReceived = std::max<qint64>(0, socket->readAll().size() - headerBytes);
    // Read and drop the body the client is still sending (closing with unread data would reset
    // the connection before the client reads the answer), up to a bound, then close.
    const qint64 drainLimit = std::min(bodyToDrain, std::max<qint64>(4 * m_maxBodyBytes, 8 * 1024 * 1024));
    auto drained = std::make_shared<qint64>(bodyReceived);
    if (*drained >= drainLimit) {
        socket->disconnectFromHost();
        return;
    }
    connect(socket, &QTcpSocket::readyRead, this, [socket, drained, drainLimit] {
        *drained += socket->readAll().size();
        if (*drained >= drainLimit)
            socket->disconnectFromHost();
    });
    QTimer::singleShot(std::chrono::seconds(5), socket, [socket] { socket->disconnectFromHost(); });
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "server/apirequestlog.h"

#include <chrono>

#include <QTcpServer>

class QTcpSocket;

namespace evalbench {

// The QTcpServer bound to the QHttpServer (Qt 6.4 has no body limit and ignores
// `Expect: 100-continue`, qt-style-anchors.md §b). For each connection it
// - caps the socket's read buffer at the body limit plus the headers, so memory stays bounded;
// - drops a connection that makes no progress for the idle timeout (stalled or idle);
// - reads the first request's headers before the HTTP server sees the socket: a Content-Length
//   over the limit is answered 413 at once (the body is read and dropped, then the connection
//   closes); on Qt 6.4, `Expect: 100-continue` is answered "100 Continue" (6.5+ does it itself).
// Later requests on a kept-alive connection are screened the same way when their headers arrive
// between two requests (the usual case); otherwise they are bounded by the buffer cap and the
// idle timer, and the routes answer 413 for bodies that fit the buffer but not the limit.
class BoundedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxHeaderBytes = 64 * 1024;
    // Each connection may buffer a whole request, so their number is capped too (memory bound).
    static constexpr int kMaxConnections = 512;

    explicit BoundedTcpServer(qint64 maxBodyBytes, QObject* parent = nullptr);

    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    void setIdleTimeout(std::chrono::milliseconds timeout) { m_idleTimeout = timeout; }

Q_SIGNALS:
    // A request answered here, not by the HTTP server (413, 431, 400).
    void answered(const evalbench::ApiRequestLog& entry);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void screen(QTcpSocket* socket);
    void handOver(QTcpSocket* socket);
    void reject(QTcpSocket* socket, int status, const QByteArray& reason, const QString& detail, qint64 bodyToDrain,
        qint64 headerBytes);

    qint64 m_maxBodyBytes;
    int m_connections = 0;
    std::chrono::milliseconds m_idleTimeout { 30000 };
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "server/apirequestlog.h"
#include "server/httpexchange.h"

#include <functional>
#include <memory>

#include <QHostAddress>
#include <QObject>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace evalbench {

class BoundedTcpServer;

// The one class that touches QHttpServer, whose API changed in Qt 6.8 (packaging-reference.md
// §3): it listens on a BoundedTcpServer and bind()s it, routes every path to one synchronous
// handler that returns a QHttpServerResponse, and reads headers with request.value(name).
// Create, use and destroy it on one thread (the listener's).
class HttpListener : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<HttpReply(const HttpCall&)>;

    HttpListener(Handler handler, qint64 maxBodyBytes, QObject* parent = nullptr);
    ~HttpListener() override;

    // Empty on success, else why listening failed (e.g. the address is in use).
    QString listen(const QHostAddress& address, quint16 port);
    // Serves connections accepted from a listening socket another listener opened (a duplicate
    // of its descriptor, which this listener then owns): several threads, one port.
    QString listenOn(qintptr listeningDescriptor);
    quint16 port() const;
    qintptr socketDescriptor() const; // of the listening socket, -1 when not listening
    void close();

Q_SIGNALS:
    void served(const evalbench::ApiRequestLog& entry);

private:
    bool prepare(); // the QHttpServer with its route, and the BoundedTcpServer
    QHttpServerResponse respond(const QHttpServerRequest& request);

    Handler m_handler;
    qint64 m_maxBodyBytes;
    std::unique_ptr<QHttpServer> m_server;
    BoundedTcpServer* m_tcp = nullptr; // owned by m_server once bound
};

} // namespace evalbench

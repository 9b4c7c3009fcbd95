// SPDX-License-Identifier: MIT
#include "server/httplistener.h"

#include "server/boundedtcpserver.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrl>

namespace evalbench {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QHttpServerResponse toResponse(const HttpReply& reply)
{
    QHttpServerResponse response(
        reply.contentType, reply.body, static_cast<QHttpServerResponse::StatusCode>(reply.status));
#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
    for (const auto& [name, value] : reply.headers)
        response.addHeader(name, value);
#else
    QHttpHeaders headers = response.headers();
    for (const auto& [name, value] : reply.headers)
        headers.append(name, value);
    response.setHeaders(std::move(headers));
#endif
    return response;
}

} // namespace

HttpListener::HttpListener(Handler handler, qint64 maxBodyBytes, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_maxBodyBytes(maxBodyBytes)
{ }

HttpListener::~HttpListener() = default;

bool HttpListener::prepare()
{
    close();
    m_server = std::make_unique<QHttpServer>();
    // One catch-all route: the routes (404, 405 with Allow, auth) live in ApiRoutes, free of
    // QHttpServer's router, whose API differs between versions. A QUrl argument matches ".*".
    const bool routed =
        m_server->route(QStringLiteral("/<arg>"), [this](const QUrl& rest, const QHttpServerRequest& request) {
            Q_UNUSED(rest)
            return respond(request);
        });
    if (!routed) {
        m_server.reset();
        return false;
    }
    m_tcp = new BoundedTcpServer(m_maxBodyBytes);
    connect(m_tcp, &BoundedTcpServer::answered, this, &HttpListener::served);
    return true;
}

QString HttpListener::listen(const QHostAddress& address, quint16 port)
{
    if (!prepare())
        return QStringLiteral("the HTTP route could not be registered");
    if (!m_tcp->listen(address, port)) {
        const QString error = m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        m_server.reset();
        return error;
    }
    m_server->bind(m_tcp);
    return {};
}

QString HttpListener::listenOn(qintptr listeningDescriptor)
{
    if (!prepare())
        return QStringLiteral("the HTTP route could not be registered");
    if (!m_tcp->setSocketDescriptor(listeningDescriptor)) {
        const QString error = m_tcp->errorString();
        delete m_tcp;
        m_tcp = nullptr;
        m_server.reset();
        return error;
    }
    m_server->bind(m_tcp);
    return {};
}

qintptr HttpListener::socketDescriptor() const
{
    return m_tcp ? m_tcp->socketDescriptor() : -1;
}

quint16 HttpListener::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void HttpListener::close()
{
    if (m_tcp)
        m_tcp->close();
    m_tcp = nullptr;
    m_server.reset(); // deletes the bound server and its connections
}

QHttpServerResponse HttpListener::respond(const QHttpServerRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    const QDateTime arrived = QDateTime::currentDateTimeUtc();
    HttpCall call;
    call.method = methodName(request.method());
    call.path = request.url().path();
    call.query = request.query();
    call.body = request.body();
    call.header = [&request](const QByteArray& name) { return request.value(name); };
    const HttpReply reply = m_handler(call);
    Q_EMIT served(ApiRequestLog {
        arrived, QString::fromLatin1(call.method), call.path, reply.status, double(timer.nsecsElapsed()) / 1e6 });
    return toResponse(reply);
}

} // namespace evalbench

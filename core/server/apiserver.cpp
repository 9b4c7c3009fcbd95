// SPDX-License-Identifier: MIT
#include "server/apiserver.h"

#include "server/apiroutes.h"
#include "server/httplistener.h"

#include <memory>

#include <QThread>

namespace evalbench {

class ApiServer::Private
{
public:
    Private(ApiJobService& jobs, DataDir dataDir)
        : jobs(jobs)
        , dataDir(std::move(dataDir))
    { }

    ApiJobService& jobs;
    DataDir dataDir;
    ApiServerSettings settings;
    QThread thread;
    HttpListener* listener = nullptr; // lives on `thread`
    std::shared_ptr<ApiRoutes> routes;
    quint16 port = 0;
};

ApiServer::ApiServer(ApiJobService& jobs, DataDir dataDir, QObject* parent)
    : QObject(parent)
    , d(new Private(jobs, std::move(dataDir)))
{
    qRegisterMetaType<evalbench::ApiRequestLog>();
    d->thread.setObjectName(QStringLiteral("evalbench-http"));
}

ApiServer::~ApiServer()
{
    stop();
    delete d;
}

std::optional<EvalError> ApiServer::start(const ApiServerSettings& settings)
{
    stop();
    if (!settings.address.isLoopback() && settings.token.trimmed().isEmpty())
        return EvalError { ErrorCode::Unauthorized,
            tr("Listening on %1 lets other machines post to EvalBench, so it needs a token: set one "
               "(evalbench serve --token, or EVALBENCH_API_TOKEN), or listen on 127.0.0.1.")
                .arg(settings.address.toString()),
            QStringLiteral("server"), { { QStringLiteral("address"), settings.address.toString() } } };
    ApiServerSettings effective = settings;
    if (effective.maxBodyBytes <= 0)
        effective.maxBodyBytes = ApiServerSettings {}.maxBodyBytes;

    d->routes = std::make_shared<ApiRoutes>(d->jobs, d->dataDir, effective);
    d->thread.start();
    auto routes = d->routes;
    d->listener =
        new HttpListener([routes](const HttpCall& call) { return routes->handle(call); }, effective.maxBodyBytes);
    d->listener->moveToThread(&d->thread);
    connect(d->listener, &HttpListener::served, this, &ApiServer::requestServed, Qt::QueuedConnection);

    QString error;
    HttpListener* listener = d->listener;
    QMetaObject::invokeMethod(
        listener, [&] { error = listener->listen(effective.address, effective.port); }, Qt::BlockingQueuedConnection);
    if (!error.isEmpty()) {
        stop();
        return EvalError { ErrorCode::Internal,
            tr("Cannot listen on %1:%2: %3. Another program (or another EvalBench) may be using the port: choose "
               "another one (evalbench serve --port N) or stop that program.")
                .arg(effective.address.toString())
                .arg(effective.port)
                .arg(error),
            QStringLiteral("server"),
            { { QStringLiteral("address"), effective.address.toString() },
                { QStringLiteral("port"), effective.port } } };
    }
    QMetaObject::invokeMethod(
        listener, [&] { d->port = listener->port(); }, Qt::BlockingQueuedConnection);
    d->settings = effective;
    d->settings.port = d->port;
    Q_EMIT runningChanged(true);
    return std::nullopt;
}

void ApiServer::stop()
{
    if (!d->listener)
        return;
    const bool wasRunning = d->port != 0;
    // The listener's thread answers the request in hand first: handlers are synchronous, so this
    // runs between two requests.
    HttpListener* listener = d->listener;
    QMetaObject::invokeMethod(
        listener,
        [listener] {
            listener->close();
            delete listener;
        },
        Qt::BlockingQueuedConnection);
    d->listener = nullptr;
    d->thread.quit();
    d->thread.wait();
    d->routes.reset();
    d->port = 0;
    if (wasRunning)
        Q_EMIT runningChanged(false);
}

bool ApiServer::isRunning() const
{
    return d->listener && d->port != 0;
}

quint16 ApiServer::port() const
{
    return d->port;
}

ApiServerSettings ApiServer::settings() const
{
    return d->settings;
}

} // namespace evalbench

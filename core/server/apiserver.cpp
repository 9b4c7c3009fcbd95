// SPDX-License-Identifier: MIT
#include "server/apiserver.h"

#include "server/apiroutes.h"
#include "server/httplistener.h"

#include <memory>
#include <vector>

#include <QThread>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace evalbench {

namespace {

// A POST /api/score/async handler waits for its commit, and Qt 6.4's QHttpServer answers one
// request at a time per thread. So several listener threads share the listening socket (each
// accepts its own connections): their commits are grouped into one transaction (ApiJobService),
// which is what reaches thousands of posts per second. Sixteen rather than eight: twice the
// posts that can wait for one commit, so fewer, larger transactions (under 32 connections,
// 7,000 instead of 10,000 commits in 10 s for as many posts). Duplicating a listening
// descriptor is POSIX; elsewhere one thread serves.
#ifdef Q_OS_UNIX
constexpr int kListenerThreads = 16;
#else
constexpr int kListenerThreads = 1;
#endif

qintptr duplicateDescriptor([[maybe_unused]] qintptr descriptor)
{
#ifdef Q_OS_UNIX
    return ::dup(int(descriptor));
#else
    return -1;
#endif
}

} // namespace

class ApiServer::Private
{
public:
    Private(ApiJobService& jobs, DataDir dataDir)
        : jobs(jobs)
        , dataDir(std::move(dataDir))
    { }

    struct Worker
    {
        std::unique_ptr<QThread> thread;
        HttpListener* listener = nullptr; // lives on `thread`
    };

    ApiJobService& jobs;
    DataDir dataDir;
    ApiServerSettings settings;
    std::vector<Worker> workers;
    std::shared_ptr<ApiRoutes> routes;
    quint16 port = 0;
};

ApiServer::ApiServer(ApiJobService& jobs, DataDir dataDir, QObject* parent)
    : QObject(parent)
    , d(new Private(jobs, std::move(dataDir)))
{
    qRegisterMetaType<evalbench::ApiRequestLog>();
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
    auto routes = d->routes;
    QString error;
    qintptr listening = -1;
    for (int i = 0; i < kListenerThreads && error.isEmpty(); ++i) {
        Private::Worker worker;
        worker.thread = std::make_unique<QThread>();
        worker.thread->setObjectName(QStringLiteral("evalbench-http-%1").arg(i));
        worker.thread->start();
        worker.listener =
            new HttpListener([routes](const HttpCall& call) { return routes->handle(call); }, effective.maxBodyBytes);
        worker.listener->moveToThread(worker.thread.get());
        connect(worker.listener, &HttpListener::served, this, &ApiServer::requestServed, Qt::QueuedConnection);
        HttpListener* listener = worker.listener;
        d->workers.push_back(std::move(worker));
        if (i == 0) {
            QMetaObject::invokeMethod(
                listener,
                [&] {
                    error = listener->listen(effective.address, effective.port);
                    listening = listener->socketDescriptor();
                    d->port = listener->port();
                },
                Qt::BlockingQueuedConnection);
            continue;
        }
        const qintptr copy = duplicateDescriptor(listening);
        if (copy < 0)
            break; // serve with the threads there are
        QMetaObject::invokeMethod(
            listener, [&] { error = listener->listenOn(copy); }, Qt::BlockingQueuedConnection);
    }
    if (!error.isEmpty()) {
        const quint16 port = effective.port;
        stop();
        return EvalError { ErrorCode::Internal,
            tr("Cannot listen on %1:%2: %3. Another program (or another EvalBench) may be using the port: choose "
               "another one (evalbench serve --port N) or stop that program.")
                .arg(effective.address.toString())
                .arg(port)
                .arg(error),
            QStringLiteral("server"),
            { { QStringLiteral("address"), effective.address.toString() }, { QStringLiteral("port"), port } } };
    }
    d->settings = effective;
    d->settings.port = d->port;
    Q_EMIT runningChanged(true);
    return std::nullopt;
}

void ApiServer::stop()
{
    if (d->workers.empty())
        return;
    const bool wasRunning = d->port != 0;
    // Each listener's thread answers the request in hand first: handlers are synchronous, so
    // this runs between two requests.
    for (Private::Worker& worker : d->workers) {
        HttpListener* listener = worker.listener;
        QMetaObject::invokeMethod(
            listener,
            [listener] {
                listener->close();
                delete listener;
            },
            Qt::BlockingQueuedConnection);
        worker.thread->quit();
        worker.thread->wait();
    }
    d->workers.clear();
    d->routes.reset();
    d->port = 0;
    if (wasRunning)
        Q_EMIT runningChanged(false);
}

bool ApiServer::isRunning() const
{
    return !d->workers.empty() && d->port != 0;
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

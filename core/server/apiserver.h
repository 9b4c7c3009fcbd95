// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "common/evalerror.h"
#include "server/apirequestlog.h"
#include "server/apiserversettings.h"

#include <optional>

#include <QObject>

namespace evalbench {

class ApiJobService;

// The optional HTTP API (CONTRACTS "HTTP API"), compatible with the FastAPI service Dify
// workflows call. It runs on a thread of its own (QHttpServer behind one small adapter class:
// the API changed in Qt 6.8), so load on the API never freezes the window. Handlers are
// synchronous (Qt 6.4): POST /api/score/async commits the job through ApiJobService and
// answers 202 at once.
class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(ApiJobService& jobs, DataDir dataDir, QObject* parent = nullptr);
    ~ApiServer() override; // stops

    // Starts listening; errors: a non-loopback address without a token (UNAUTHORIZED), the port
    // in use or not allowed (INTERNAL, naming the address and port and what to do).
    std::optional<EvalError> start(const ApiServerSettings& settings);
    // Stops accepting connections; requests being answered finish first.
    void stop();
    bool isRunning() const;
    quint16 port() const; // the bound port (useful with settings.port = 0)
    ApiServerSettings settings() const;

Q_SIGNALS:
    // Emitted on this object's thread (the one that created it).
    void requestServed(const evalbench::ApiRequestLog& entry);
    void runningChanged(bool running);

private:
    class Private;
    Private* d;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include <QHostAddress>
#include <QString>

namespace evalbench {

// How the HTTP listener listens (CONTRACTS "HTTP API"). Loopback by default; any other address
// requires a token.
struct ApiServerSettings
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8765; // 0: any free port (tests)
    QString token; // empty: no auth (loopback only)
    qint64 maxBodyBytes = 2 * 1024 * 1024; // larger bodies get 413
};

} // namespace evalbench

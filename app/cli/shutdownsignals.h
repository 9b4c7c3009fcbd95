// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

namespace evalbench::cli {

// Turns SIGTERM / SIGINT (Ctrl+C, and Ctrl+Break / console close on Windows) into a queued
// QCoreApplication::quit(), so a headless command stops gracefully from its event loop. A
// signal handler may only do async-signal-safe work, hence the self-pipe on POSIX.
class ShutdownSignals : public QObject
{
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void requested();
};

} // namespace evalbench::cli

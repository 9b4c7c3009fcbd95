// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QSqlDatabase>
#include <QString>

namespace evalbench {

// One SQLite connection per (thread, database file): the Qt SQLite driver opens
// connections without a mutex, so a connection must never cross threads. The
// connection is closed and removed when its thread ends (pool threads expire).
class ConnectionPool
{
public:
    // The calling thread's connection to `path`, opened on first use with
    // WAL, synchronous=NORMAL, foreign keys and a busy timeout. Returns an
    // invalid database and sets *error if the file cannot be opened.
    static QSqlDatabase forCurrentThread(const QString& path, QString* error = nullptr);
    // Closes this thread's connection to `path` (tests delete their temp files after this).
    static void closeForCurrentThread(const QString& path);
};

} // namespace evalbench

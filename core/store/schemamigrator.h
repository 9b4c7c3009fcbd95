// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace evalbench {

// Creates and upgrades the schema with numbered migrations; the version lives in
// PRAGMA user_version. A file from a newer EvalBench is refused untouched.
class SchemaMigrator
{
public:
    static int latestVersion();
    // Empty on success, else a message for the user.
    static QString migrate(QSqlDatabase& db, const QString& pathForMessages);
    static int currentVersion(QSqlDatabase& db);
};

} // namespace evalbench

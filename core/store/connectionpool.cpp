// SPDX-License-Identifier: MIT
#include "store/connectionpool.h"

#include <QAtomicInteger>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThreadStorage>

namespace evalbench {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

// Owns this thread's connection names; its destructor runs at thread exit.
struct ThreadConnections
{
    QHash<QString, QString> nameByPath;
    ~ThreadConnections()
    {
        for (const QString& name : std::as_const(nameByPath)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
};

QThreadStorage<ThreadConnections*> s_threadConnections;

ThreadConnections& threadConnections()
{
    if (!s_threadConnections.hasLocalData())
        s_threadConnections.setLocalData(new ThreadConnections);
    return *s_threadConnections.localData();
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

QSqlDatabase ConnectionPool::forCurrentThread(const QString& path, QString* error)
{
    ThreadConnections& connections = threadConnections();
    const auto existing = connections.nameByPath.constFind(path);
    if (existing != connections.nameByPath.cend())
        return QSqlDatabase::database(*existing, false);

    const QString name = QStringLiteral("evalbench-%1").arg(++s_connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return {};
    }
    // foreign_keys and synchronous are per connection; journal_mode=WAL is persistent
    // but is only set by the writer after the schema version was checked. Temporary b-trees
    // and statement journals stay in memory: as files they were created and unlinked in
    // /var/tmp 25 times a second under API load.
    for (const char* pragma : { "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL", "PRAGMA cache_size=-16000",
             "PRAGMA temp_store=MEMORY" }) {
        if (!exec(db, QString::fromLatin1(pragma), error)) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return {};
        }
    }
    connections.nameByPath.insert(path, name);
    return db;
}

void ConnectionPool::closeForCurrentThread(const QString& path)
{
    ThreadConnections& connections = threadConnections();
    const QString name = connections.nameByPath.take(path);
    if (name.isEmpty())
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

} // namespace evalbench

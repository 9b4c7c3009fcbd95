// SPDX-License-Identifier: MIT
#pragma once

#include "store/apiacceptbatch.h"
#include "store/apijobrows.h"

#include <unordered_map>

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace evalbench {

// The SQL of the HTTP API's jobs, run by StoreWriter on its thread inside its transactions.
// Keeps its statements prepared and the API runs it has seen (by name: id, settings, next
// sample index), so an accept costs a few bound inserts.
class ApiJobWrites
{
public:
    // Each returns an error text, empty on success; the caller rolls back on error.
    QString accept(QSqlDatabase& db, const QList<ApiAcceptBatch::Row>& rows, QList<ApiJobInserted>* outcomes);
    // The jobs' final states and the runs' aggregates (the scores are stored by the caller).
    // Runs left without queued or running jobs become completed and are listed in *drained.
    QString finish(
        QSqlDatabase& db, const QList<ApiJobOutcome>& jobs, const QList<ApiRunUpdate>& runs, QStringList* drained);

    // Forgets the cached runs: after a rollback, or when runs or samples were deleted.
    void reset() { m_runs.clear(); }
    // Drops the prepared statements (before the connection closes).
    void close();

private:
    struct CachedRun
    {
        QString id;
        RunSettings settings;
        int nextIndex = 0;
    };

    QSqlQuery& statement(QSqlDatabase& db, const char* sql, QString* error);
    CachedRun* runNamed(QSqlDatabase& db, const ApiJobInsert& insert, QString* error);

    // By their (static) SQL text; node-based, so references stay valid while it grows.
    std::unordered_map<const char*, QSqlQuery> m_statements;
    QHash<QString, CachedRun> m_runs; // by name
};

} // namespace evalbench

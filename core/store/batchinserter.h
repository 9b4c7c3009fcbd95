// SPDX-License-Identifier: MIT
#pragma once

#include <map>
#include <utility>

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace evalbench {

// Inserts many rows with multi-row INSERT statements ("VALUES (…), (…), …"):
// one statement per `rowsPerStatement` rows instead of one per row, which is
// where a large run's write time went.
class BatchInserter
{
public:
    // Prepared statements by (head, rows), kept by the writer thread across transactions:
    // preparing a statement of hundreds of placeholders for every batch was a tenth of the
    // writer's time under HTTP load.
    using StatementCache = std::map<std::pair<QString, int>, QSqlQuery>;

    // `head` is everything up to and including VALUES, e.g.
    // "INSERT INTO scores (a, b) VALUES". `cache` may be null (statements are then prepared for
    // this inserter only).
    BatchInserter(
        QSqlDatabase db, QString head, int columns, int rowsPerStatement = 64, StatementCache* cache = nullptr);

    // One row's values, in column order. Empty on success, else the error.
    QString addRow(std::initializer_list<QVariant> values);
    // Writes the rows still pending: in statements of 32, 16, … 1 rows, so that a few cached
    // statements serve every tail.
    QString finish();

private:
    QString execute(int rows);
    QSqlQuery* statement(int rows, QString* error);
    QString statementFor(int rows) const;

    QSqlDatabase m_db;
    QString m_head;
    int m_columns;
    int m_rowsPerStatement;
    StatementCache m_ownCache;
    StatementCache* m_cache;
    QList<QVariant> m_pending;
    qsizetype m_done = 0; // values of m_pending already written
};

} // namespace evalbench

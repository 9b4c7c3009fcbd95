// SPDX-License-Identifier: MIT
#pragma once

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
    // `head` is everything up to and including VALUES, e.g.
    // "INSERT INTO scores (a, b) VALUES".
    BatchInserter(QSqlDatabase db, QString head, int columns, int rowsPerStatement = 100);

    // One row's values, in column order. Empty on success, else the error.
    QString addRow(std::initializer_list<QVariant> values);
    // Writes the rows still pending.
    QString finish();

private:
    QString execute(QSqlQuery& query, int rows);
    QString statementFor(int rows) const;

    QSqlDatabase m_db;
    QString m_head;
    int m_columns;
    int m_rowsPerStatement;
    QSqlQuery m_full; // prepared once for a full batch
    bool m_fullPrepared = false;
    QList<QVariant> m_pending;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "store/batchinserter.h"

#include <QSqlError>

namespace evalbench {

BatchInserter::BatchInserter(QSqlDatabase db, QString head, int columns, int rowsPerStatement)
    : m_db(std::move(db))
    , m_head(std::move(head))
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement)
    , m_full(m_db)
{
    m_pending.reserve(columns * rowsPerStatement);
}

QString BatchInserter::statementFor(int rows) const
{
    QString row = QStringLiteral("(?");
    for (int column = 1; column < m_columns; ++column)
        row += QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString sql = m_head;
    for (int i = 0; i < rows; ++i)
        sql += (i == 0 ? QStringLiteral(" ") : QStringLiteral(", ")) + row;
    return sql;
}

QString BatchInserter::execute(QSqlQuery& query, int rows)
{
    const int count = rows * m_columns;
    for (int i = 0; i < count; ++i)
        query.bindValue(i, m_pending.at(i));
    m_pending.remove(0, count);
    if (!query.exec())
        return query.lastError().text();
    return {};
}

QString BatchInserter::addRow(std::initializer_list<QVariant> values)
{
    Q_ASSERT(int(values.size()) == m_columns);
    m_pending.append(values);
    if (m_pending.size() < qsizetype(m_columns) * m_rowsPerStatement)
        return {};
    if (!m_fullPrepared) {
        if (!m_full.prepare(statementFor(m_rowsPerStatement)))
            return m_full.lastError().text();
        m_fullPrepared = true;
    }
    return execute(m_full, m_rowsPerStatement);
}

QString BatchInserter::finish()
{
    const int rows = int(m_pending.size() / m_columns);
    if (rows == 0)
        return {};
    QSqlQuery rest(m_db);
    if (!rest.prepare(statementFor(rows)))
        return rest.lastError().text();
    return execute(rest, rows);
}

} // namespace evalbench

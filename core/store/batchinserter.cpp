// SPDX-License-Identifier: MIT
#include "store/batchinserter.h"

#include <QSqlError>

namespace evalbench {

BatchInserter::BatchInserter(QSqlDatabase db, QString head, int columns, int rowsPerStatement, StatementCache* cache)
    : m_db(std::move(db))
    , m_head(std::move(head))
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement)
    , m_cache(cache ? cache : &m_ownCache)
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

QSqlQuery* BatchInserter::statement(int rows, QString* error)
{
    const auto key = std::make_pair(m_head, rows);
    auto it = m_cache->find(key);
    if (it == m_cache->end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(statementFor(rows))) {
            *error = query.lastError().text();
            return nullptr;
        }
        it = m_cache->emplace(key, std::move(query)).first;
    }
    return &it->second;
}

QString BatchInserter::execute(int rows)
{
    QString error;
    QSqlQuery* query = statement(rows, &error);
    if (!query)
        return error;
    const int count = rows * m_columns;
    for (int i = 0; i < count; ++i)
        query->bindValue(i, m_pending.at(m_done + i));
    m_done += count;
    if (!query->exec())
        return query->lastError().text();
    query->finish();
    return {};
}

QString BatchInserter::addRow(std::initializer_list<QVariant> values)
{
    Q_ASSERT(int(values.size()) == m_columns);
    m_pending.append(values);
    if (m_pending.size() - m_done < qsizetype(m_columns) * m_rowsPerStatement)
        return {};
    const QString error = execute(m_rowsPerStatement);
    m_pending.clear();
    m_done = 0;
    return error;
}

QString BatchInserter::finish()
{
    int rows = int((m_pending.size() - m_done) / m_columns);
    for (int size = m_rowsPerStatement; rows > 0 && size > 0; size /= 2) {
        while (rows >= size) {
            if (QString error = execute(size); !error.isEmpty())
                return error;
            rows -= size;
        }
    }
    m_pending.clear();
    m_done = 0;
    return {};
}

} // namespace evalbench

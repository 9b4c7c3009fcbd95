// SPDX-License-Identifier: MIT
#include "ui/apirequestlogmodel.h"

#include <QLocale>

namespace evalbench {

ApiRequestLogModel::ApiRequestLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<evalbench::ApiRequestCounters>();
    m_timer.setSingleShot(true);
    m_timer.setInterval(kFlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ApiRequestLogModel::flush);
}

void ApiRequestLogModel::setCapacity(int rows)
{
    m_capacity = std::max(rows, 1);
    if (m_rows.size() > m_capacity) {
        beginRemoveRows({}, m_capacity, int(m_rows.size()) - 1);
        m_rows.resize(m_capacity);
        endRemoveRows();
    }
}

void ApiRequestLogModel::add(const ApiRequestLog& entry)
{
    ++m_counters.requests;
    if (entry.status >= 200 && entry.status < 300)
        ++m_counters.success;
    else if (entry.status >= 400 && entry.status < 500)
        ++m_counters.clientErrors;
    else if (entry.status >= 500)
        ++m_counters.serverErrors;
    if (entry.status == 202 && entry.method == QLatin1String("POST") && entry.path == QLatin1String("/api/score/async"))
        ++m_counters.acceptedJobs;
    // Only the newest `capacity` can ever be shown: older buffered ones are dropped at once.
    if (m_pending.size() >= m_capacity)
        m_pending.removeFirst();
    m_pending.append(entry);
    if (!m_timer.isActive())
        m_timer.start();
}

void ApiRequestLogModel::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    const int count = int(m_pending.size());
    beginInsertRows({}, 0, count - 1);
    for (const ApiRequestLog& entry : std::as_const(m_pending)) // QList prepends in amortised O(1)
        m_rows.prepend(entry);
    m_pending.clear();
    endInsertRows();
    if (m_rows.size() > m_capacity) {
        beginRemoveRows({}, m_capacity, int(m_rows.size()) - 1);
        m_rows.resize(m_capacity);
        endRemoveRows();
    }
    Q_EMIT flushed(m_counters);
}

void ApiRequestLogModel::clear()
{
    m_timer.stop();
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_counters = {};
    endResetModel();
    Q_EMIT flushed(m_counters);
}

int ApiRequestLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ApiRequestLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiRequestLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiRequestLog& entry = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == StatusColumn || index.column() == LatencyColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return role == Qt::ToolTipRole ? entry.time.toLocalTime().toString(Qt::ISODateWithMs)
                                       : entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case MethodColumn:
        return entry.method;
    case RouteColumn:
        return entry.path;
    case StatusColumn:
        return entry.status;
    case LatencyColumn:
        return tr("%1 ms").arg(QLocale().toString(entry.latencyMs, 'f', 1));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ApiRequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case RouteColumn:
        return tr("Route");
    case StatusColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace evalbench

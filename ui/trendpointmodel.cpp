// SPDX-License-Identifier: MIT
#include "ui/trendpointmodel.h"

#include <QLocale>

namespace evalbench {

TrendPointModel::TrendPointModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void TrendPointModel::setPoints(const QList<TrendPoint>& points, const QString& metric)
{
    beginResetModel();
    m_metric = metric;
    m_points.clear();
    for (const TrendPoint& point : points) {
        if (point.valueOf(metric))
            m_points.append(point);
    }
    endResetModel();
}

QString TrendPointModel::runIdAt(int row) const
{
    return row >= 0 && row < m_points.size() ? m_points.at(row).runId : QString();
}

int TrendPointModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int TrendPointModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrendPointModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TrendPoint& point = m_points.at(index.row());
    switch (role) {
    case RunIdRole:
        return point.runId;
    case ValueRole:
        return *point.valueOf(m_metric);
    case Qt::TextAlignmentRole:
        return index.column() >= AverageColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == RunColumn ? point.runId : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case DateColumn:
        return locale.toString(point.createdAt.toLocalTime(), QLocale::ShortFormat);
    case RunColumn:
        return point.runName.isEmpty() ? point.runId : point.runName;
    case AverageColumn:
        return locale.toString(*point.valueOf(m_metric), 'f', 4);
    case ScoredColumn:
        return point.scoredFor(m_metric);
    default:
        return {};
    }
}

QVariant TrendPointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case RunColumn:
        return tr("Run");
    case AverageColumn:
        return tr("Average");
    case ScoredColumn:
        return tr("Scored");
    default:
        return {};
    }
}

} // namespace evalbench

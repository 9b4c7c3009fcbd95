// SPDX-License-Identifier: MIT
#include "ui/changecountmodel.h"

namespace evalbench {

namespace {

Change changeOfColumn(int column)
{
    switch (column) {
    case ChangeCountModel::ImprovedColumn:
        return Change::Improved;
    case ChangeCountModel::RegressedColumn:
        return Change::Regressed;
    case ChangeCountModel::UnchangedColumn:
        return Change::Unchanged;
    default:
        return Change::NotComparable;
    }
}

} // namespace

ChangeCountModel::ChangeCountModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ChangeCountModel::setComparison(const RunComparison& comparison)
{
    beginResetModel();
    m_rows.clear();
    for (const MetricComparison& metric : comparison.rows) {
        for (int run = 0; run < metric.runs.size(); ++run) {
            const RunRecord& record = comparison.others.at(run);
            m_rows.append(
                { metric.metric, run, record.name.isEmpty() ? record.id : record.name, metric.runs.at(run).samples });
        }
    }
    endResetModel();
}

void ChangeCountModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ChangeCountModel::setTintBase(const QColor& base)
{
    if (m_tints.setBase(base) && !m_rows.isEmpty())
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::BackgroundRole, Qt::ForegroundRole });
}

int ChangeCountModel::rowOf(const QString& metric, int run) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).metric == metric && m_rows.at(row).run == run)
            return row;
    }
    return -1;
}

int ChangeCountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChangeCountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeCountModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    const bool isCount = index.column() >= ImprovedColumn;
    const Change change = changeOfColumn(index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MetricColumn)
            return row.metric;
        if (index.column() == RunColumn)
            return row.runName;
        return row.counts.of(change);
    case Qt::BackgroundRole:
        // Only counts that say something are tinted, so a clean run reads as calm.
        return isCount && row.counts.of(change) > 0 ? QVariant(m_tints.brush(change)) : QVariant();
    case Qt::ForegroundRole:
        return isCount && row.counts.of(change) > 0 && m_tints.text(change).isValid() ? QVariant(m_tints.text(change))
                                                                                      : QVariant();
    case Qt::TextAlignmentRole:
        return isCount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant ChangeCountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MetricColumn:
        return tr("Metric");
    case RunColumn:
        return tr("Run");
    case ImprovedColumn:
        return tr("Improved");
    case RegressedColumn:
        return tr("Regressed");
    case UnchangedColumn:
        return tr("Unchanged");
    case NotComparableColumn:
        return tr("Not comparable");
    default:
        return {};
    }
}

} // namespace evalbench

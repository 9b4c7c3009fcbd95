// SPDX-License-Identifier: MIT
#include "ui/ml/cocostatsmodel.h"

#include "ui/ml/mlformat.h"
#include "ui/ml/mlmetricdescriptions.h"

namespace evalbench {

CocoStatsModel::CocoStatsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CocoStatsModel::setData(const QList<MlResult::CocoStat>& stats)
{
    beginResetModel();
    m_stats = stats;
    m_titles.clear();
    for (const MlResult::CocoStat& stat : stats) {
        const QString title = MlMetricDescriptions::cocoStatTitle(stat.name);
        m_titles.append(title.isEmpty() ? stat.name : title);
    }
    endResetModel();
}

int CocoStatsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_stats.size());
}

int CocoStatsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CocoStatsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MlResult::CocoStat& stat = m_stats.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DescriptionColumn:
            return m_titles.at(index.row());
        case NameColumn:
            return stat.name;
        case ValueColumn:
            return MlFormat::value(stat.value);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (!stat.value && index.column() == ValueColumn)
            return tr("No ground truth in this area range (pycocotools reports -1)");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CocoStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DescriptionColumn:
        return tr("COCO summary");
    case NameColumn:
        return tr("Stat");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace evalbench

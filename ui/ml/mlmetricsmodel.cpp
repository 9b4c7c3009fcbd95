// SPDX-License-Identifier: MIT
#include "ui/ml/mlmetricsmodel.h"

#include "ui/ml/mlformat.h"
#include "ui/ml/mlmetricdescriptions.h"

#include <algorithm>

#include <QFont>

namespace evalbench {

MlMetricsModel::MlMetricsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MlMetricsModel::setData(const QList<MlResult::Metric>& metrics, const QString& primaryMetric)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(metrics.size());
    for (const MlResult::Metric& metric : metrics)
        m_rows.append({ metric, MlMetricDescriptions::describe(metric.name) });
    m_primary = primaryMetric;
    endResetModel();
}

bool MlMetricsModel::hasDescriptions() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row& row) { return !row.description.isEmpty(); });
}

int MlMetricsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MlMetricsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MlMetricsModel::display(const Row& row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.metric.name;
    case ValueColumn:
        return MlFormat::value(row.metric.value, row.metric.integral);
    case DescriptionColumn:
        return row.description;
    default:
        return {};
    }
}

QVariant MlMetricsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (!row.metric.value && index.column() == ValueColumn)
            return tr("Undefined for this input (null in result.json)");
        return row.description.isEmpty() ? QVariant() : QVariant(row.description);
    case Qt::FontRole:
        if (row.metric.name == m_primary && index.column() != DescriptionColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case ValueRole:
        return row.metric.value ? QVariant(*row.metric.value) : QVariant();
    default:
        return {};
    }
}

QVariant MlMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Metric");
    case ValueColumn:
        return tr("Value");
    case DescriptionColumn:
        return tr("Meaning");
    default:
        return {};
    }
}

} // namespace evalbench

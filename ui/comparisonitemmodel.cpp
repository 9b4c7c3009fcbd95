// SPDX-License-Identifier: MIT
#include "ui/comparisonitemmodel.h"

#include <cmath>
#include <limits>

#include <QLocale>

namespace evalbench {

ComparisonItemModel::ComparisonItemModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ComparisonItemModel::setComparison(const RunComparison& comparison)
{
    beginResetModel();
    m_items = comparison.items;
    m_metrics = comparison.metrics;
    m_higherIsBetter.clear();
    for (const MetricComparison& row : comparison.rows)
        m_higherIsBetter.append(row.higherIsBetter);
    m_runIds.clear();
    m_runNames.clear();
    for (const RunRecord& run : comparison.others) {
        m_runIds.append(run.id);
        m_runNames.append(run.name.isEmpty() ? run.id : run.name);
    }
    endResetModel();
}

void ComparisonItemModel::clear()
{
    beginResetModel();
    m_items.clear();
    m_metrics.clear();
    m_higherIsBetter.clear();
    m_runIds.clear();
    m_runNames.clear();
    endResetModel();
}

void ComparisonItemModel::setTintBase(const QColor& base)
{
    if (m_tints.setBase(base) && !m_items.isEmpty())
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::BackgroundRole, Qt::ForegroundRole });
}

int ComparisonItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ComparisonItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonItemModel::display(const ComparisonItem& item, int column) const
{
    const QLocale locale;
    const auto number = [&](double value) -> QVariant {
        return std::isnan(value) ? QStringLiteral("—") : locale.toString(value, 'f', 4);
    };
    switch (column) {
    case RunColumn:
        return m_runNames.at(item.run);
    case MetricColumn:
        return m_metrics.at(item.metric);
    case IdColumn:
        return item.sampleId;
    case QuestionColumn:
        return item.question.simplified();
    case BaselineColumn:
        return number(item.baselineValue);
    case ValueColumn:
        return number(item.otherValue);
    case DeltaColumn:
        if (item.change == Change::NotComparable)
            return QStringLiteral("—");
        return QStringLiteral("%1 %2%3").arg(changeArrow(item.change), item.delta > 0 ? QStringLiteral("+") : QString(),
            locale.toString(item.change == Change::Unchanged ? 0.0 : item.delta, 'f', 4));
    case ChangeColumn:
        return ChangeTints::name(item.change);
    default:
        return {};
    }
}

QVariant ComparisonItemModel::sortValue(const ComparisonItem& item, int column) const
{
    switch (column) {
    case BaselineColumn:
        return item.baselineValue;
    case ValueColumn:
        return item.otherValue;
    case DeltaColumn:
        // Not comparable rows sort after every number.
        if (item.change == Change::NotComparable)
            return std::numeric_limits<double>::max();
        return m_higherIsBetter.at(item.metric) ? item.delta : -item.delta;
    case ChangeColumn:
        return int(item.change);
    default:
        return display(item, column);
    }
}

QVariant ComparisonItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonItem& item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(item, index.column());
    case Qt::ToolTipRole:
        return index.column() == QuestionColumn ? QVariant(item.question) : QVariant();
    case Qt::BackgroundRole:
        return index.column() == DeltaColumn || index.column() == ChangeColumn ? QVariant(m_tints.brush(item.change))
                                                                               : QVariant();
    case Qt::ForegroundRole:
        return (index.column() == DeltaColumn || index.column() == ChangeColumn) && m_tints.text(item.change).isValid()
            ? QVariant(m_tints.text(item.change))
            : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= BaselineColumn && index.column() <= DeltaColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case ChangeRole:
        return int(item.change);
    case MetricRole:
        return m_metrics.at(item.metric);
    case RunIdRole:
        return m_runIds.at(item.run);
    case SampleIndexRole:
        return item.otherIndex;
    case SortRole:
        return sortValue(item, index.column());
    default:
        return {};
    }
}

QVariant ComparisonItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RunColumn:
        return tr("Run");
    case MetricColumn:
        return tr("Metric");
    case IdColumn:
        return tr("Id");
    case QuestionColumn:
        return tr("Question");
    case BaselineColumn:
        return tr("Baseline");
    case ValueColumn:
        return tr("Value");
    case DeltaColumn:
        return tr("Δ");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

} // namespace evalbench

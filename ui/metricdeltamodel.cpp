// SPDX-License-Identifier: MIT
#include "ui/metricdeltamodel.h"

#include <QLocale>

namespace evalbench {

namespace {

QString runLabel(const RunRecord& run)
{
    return run.name.isEmpty() ? run.id : run.name;
}

} // namespace

MetricDeltaModel::MetricDeltaModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MetricDeltaModel::setComparison(const RunComparison& comparison)
{
    beginResetModel();
    m_rows = comparison.rows;
    m_baselineName = runLabel(comparison.baseline);
    m_runNames.clear();
    for (const RunRecord& run : comparison.others)
        m_runNames.append(runLabel(run));
    endResetModel();
}

void MetricDeltaModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_runNames.clear();
    endResetModel();
}

void MetricDeltaModel::setTintBase(const QColor& base)
{
    if (m_tints.setBase(base) && !m_rows.isEmpty())
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::BackgroundRole, Qt::ForegroundRole });
}

int MetricDeltaModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricDeltaModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstRunColumn + 2 * int(m_runNames.size());
}

QVariant MetricDeltaModel::display(const MetricComparison& row, int column) const
{
    const QLocale locale;
    const auto number = [&](const std::optional<double>& value) -> QVariant {
        return value ? locale.toString(*value, 'f', 4) : QStringLiteral("—");
    };
    switch (column) {
    case MetricColumn:
        return row.metric;
    case DirectionColumn:
        return row.higherIsBetter ? tr("higher") : tr("lower");
    case BaselineColumn:
        return number(row.baselineMean);
    default:
        break;
    }
    const int run = (column - FirstRunColumn) / 2;
    const MetricComparison::Against& against = row.runs.at(run);
    if ((column - FirstRunColumn) % 2 == 0)
        return number(against.mean);
    if (!against.delta)
        return QStringLiteral("—");
    const double delta = against.change == Change::Unchanged ? 0.0 : *against.delta;
    const QString sign = delta > 0 ? QStringLiteral("+") : QString();
    return QStringLiteral("%1 %2%3").arg(changeArrow(against.change), sign, locale.toString(delta, 'f', 4));
}

QVariant MetricDeltaModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MetricComparison& row = m_rows.at(index.row());
    const bool isDelta = index.column() >= FirstRunColumn && (index.column() - FirstRunColumn) % 2 == 1;
    const Change change = isDelta ? row.runs.at((index.column() - FirstRunColumn) / 2).change : Change::NotComparable;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::BackgroundRole:
        return isDelta ? QVariant(m_tints.brush(change)) : QVariant();
    case Qt::ForegroundRole:
        return isDelta && m_tints.text(change).isValid() ? QVariant(m_tints.text(change)) : QVariant();
    case Qt::ToolTipRole:
        if (isDelta)
            return ChangeTints::name(change);
        if (index.column() == DirectionColumn)
            return row.higherIsBetter ? tr("A higher value is better") : tr("A lower value is better");
        return {};
    case ChangeRole:
        return isDelta ? QVariant(int(change)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() <= DirectionColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant MetricDeltaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MetricColumn:
        return tr("Metric");
    case DirectionColumn:
        return tr("Better");
    case BaselineColumn:
        return tr("Baseline: %1").arg(m_baselineName);
    default:
        break;
    }
    const QString& name = m_runNames.at((section - FirstRunColumn) / 2);
    return (section - FirstRunColumn) % 2 == 0 ? name : tr("Δ %1").arg(name);
}

} // namespace evalbench

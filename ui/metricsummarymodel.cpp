// SPDX-License-Identifier: MIT
#include "ui/metricsummarymodel.h"

#include "metrics/metricregistry.h"

#include <QCoreApplication>
#include <QLocale>

namespace evalbench {

MetricSummaryModel::MetricSummaryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void MetricSummaryModel::setData(const RunRecord& run)
{
    QStringList metrics = run.settings.metrics;
    for (auto it = run.summary.cbegin(); it != run.summary.cend(); ++it) {
        if (!metrics.contains(it.key()))
            metrics.append(it.key());
    }
    beginResetModel();
    m_rows.clear();
    for (const QString& metric : metrics) {
        const auto summary = run.summary.constFind(metric);
        const bool has = summary != run.summary.cend();
        m_rows.append({ metric, run.settings.weightOf(metric), has, has ? summary.value() : MetricSummary {} });
    }
    endResetModel();
}

void MetricSummaryModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int MetricSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MetricSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricSummaryModel::display(const Row& row, int column) const
{
    const QLocale locale;
    const auto number = [&](double value) -> QVariant {
        // Without one scored sample a mean is undefined, not 0.
        if (!row.hasSummary)
            return QString();
        return row.summary.scored > 0 ? locale.toString(value, 'f', 3) : tr("NaN");
    };
    const auto count = [&](int value) -> QVariant { return row.hasSummary ? QVariant(value) : QVariant(QString()); };
    switch (column) {
    case MetricColumn:
        return row.metric;
    case WeightColumn:
        return locale.toString(row.weight, 'g', 4);
    case MeanColumn:
        return number(row.summary.mean);
    case MinColumn:
        return number(row.summary.min);
    case MaxColumn:
        return number(row.summary.max);
    case ScoredColumn:
        return count(row.summary.scored);
    case SkippedColumn:
        return count(row.summary.skipped);
    case NanColumn:
        return count(row.summary.nan);
    default:
        return {};
    }
}

QVariant MetricSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (const Metric* metric = MetricRegistry::builtin().find(row.metric))
            return QCoreApplication::translate("MetricDescription", metric->info().description.toUtf8().constData());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MetricColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant MetricSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MetricColumn:
        return tr("Metric");
    case WeightColumn:
        return tr("Weight");
    case MeanColumn:
        return tr("Mean");
    case MinColumn:
        return tr("Min");
    case MaxColumn:
        return tr("Max");
    case ScoredColumn:
        return tr("Scored");
    case SkippedColumn:
        return tr("Skipped");
    case NanColumn:
        return tr("NaN");
    default:
        return {};
    }
}

} // namespace evalbench

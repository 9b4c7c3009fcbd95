// SPDX-License-Identifier: MIT
#include "ui/samplelistmodel.h"

#include "metrics/metricregistry.h"
#include "ui/readabletext.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QLocale>

namespace evalbench {

namespace {

// Share of the red..green hue mixed into the base colour: enough to read the
// score at a glance, little enough that the text contrast stays.
constexpr double kTintStrength = 0.28;

QColor mix(const QColor& base, const QColor& tint, double amount)
{
    return QColor::fromRgbF(float(base.redF() * (1 - amount) + tint.redF() * amount),
        float(base.greenF() * (1 - amount) + tint.greenF() * amount),
        float(base.blueF() * (1 - amount) + tint.blueF() * amount));
}

} // namespace

SampleListModel::SampleListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    rebuildTints();
}

void SampleListModel::setData(SampleRows rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void SampleListModel::clear()
{
    setData(SampleRows {});
}

void SampleListModel::setTintBase(const QColor& base)
{
    if (base == m_tintBase)
        return;
    m_tintBase = base;
    rebuildTints();
    if (!m_rows.rows.empty())
        emit dataChanged(index(0, WeightedColumn), index(rowCount() - 1, columnCount() - 1),
            { Qt::BackgroundRole, Qt::ForegroundRole });
}

void SampleListModel::rebuildTints()
{
    for (int i = 0; i < kTintSteps; ++i) {
        const double hue = 120.0 / 360.0 * i / (kTintSteps - 1); // 0 = red, 1/3 = green
        const QColor tint = mix(m_tintBase, QColor::fromHsvF(float(hue), 0.85f, 0.9f), kTintStrength);
        m_tints[i] = QBrush(tint);
        m_tintTexts[i] = ReadableText::on(tint);
    }
}

int SampleListModel::rowForSampleIndex(int sampleIndex) const
{
    // Rows are in dataset order, so the row of a sample index can be bisected.
    const auto it = std::lower_bound(m_rows.rows.begin(), m_rows.rows.end(), sampleIndex,
        [](const SampleRow& row, int index) { return row.index < index; });
    if (it == m_rows.rows.end() || it->index != sampleIndex)
        return -1;
    return int(it - m_rows.rows.begin());
}

double SampleListModel::sortValue(int row, int column) const
{
    if (column == IdColumn)
        return m_rows.rows[size_t(row)].index;
    if (column == WeightedColumn) {
        const SampleRow& sampleRow = m_rows.rows[size_t(row)];
        return sampleRow.weightedStatus == CellStatus::Value ? sampleRow.weightedScore : std::nan("");
    }
    const size_t cell = size_t(m_rows.cell(row, column - FirstMetricColumn));
    return m_rows.statuses[cell] == CellStatus::Value ? double(m_rows.values[cell]) : std::nan("");
}

int SampleListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.rows.size());
}

int SampleListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstMetricColumn + int(m_rows.metrics.size());
}

SampleListModel::Cell SampleListModel::cellAt(int row, int column) const
{
    const SampleRow& sampleRow = m_rows.rows[size_t(row)];
    if (column == WeightedColumn)
        return { sampleRow.weightedStatus, sampleRow.weightedScore, {} };
    const qsizetype cell = m_rows.cell(row, column - FirstMetricColumn);
    return { m_rows.statuses[size_t(cell)], double(m_rows.values[size_t(cell)]), m_rows.reason(cell) };
}

QString SampleListModel::cellText(const Cell& cell) const
{
    switch (cell.status) {
    case CellStatus::Value:
        return QLocale().toString(cell.value, 'f', 3);
    case CellStatus::Skipped:
        return tr("skipped");
    case CellStatus::Failed:
        return tr("NaN");
    case CellStatus::Pending:
        break;
    }
    return {};
}

int SampleListModel::tintStep(const QString& metric, double value) const
{
    double low = 0;
    double high = 1;
    bool higherIsBetter = true;
    if (!metric.isEmpty()) {
        if (const Metric* known = MetricRegistry::builtin().find(metric)) {
            low = known->info().rangeMin;
            high = known->info().rangeMax;
            higherIsBetter = known->info().higherIsBetter;
        }
    }
    // Unbounded ranges (e.g. an error measure) have no colour scale.
    if (!std::isfinite(low) || !std::isfinite(high) || high <= low)
        return -1;
    double t = std::clamp((value - low) / (high - low), 0.0, 1.0);
    if (!higherIsBetter)
        t = 1 - t;
    return int(std::lround(t * (kTintSteps - 1)));
}

QVariant SampleListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const SampleRow& sampleRow = m_rows.rows[size_t(row)];

    if (role == IndexRole)
        return sampleRow.index;
    if (role == FilterRole)
        return QString(sampleRow.id + QLatin1Char('\n') + sampleRow.question);
    if (column == IdColumn || column == QuestionColumn) {
        const QString& text = column == IdColumn ? sampleRow.id : sampleRow.question;
        switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return text;
        case SortRole:
            return column == IdColumn ? QVariant(sampleRow.index) : QVariant(text);
        default:
            return {};
        }
    }

    const Cell cell = cellAt(row, column);
    const QString metric = column == WeightedColumn ? QString() : m_rows.metrics.at(column - FirstMetricColumn);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell);
    case SortRole:
        return cell.status == CellStatus::Value ? QVariant(cell.value) : QVariant();
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        const int step = cell.status == CellStatus::Value ? tintStep(metric, cell.value) : -1;
        if (step < 0)
            return {};
        return role == Qt::BackgroundRole ? QVariant(m_tints[size_t(step)]) : QVariant(m_tintTexts[size_t(step)]);
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const QString name = metric.isEmpty() ? tr("weighted score") : metric;
        if (cell.status == CellStatus::Pending)
            return tr("%1: not scored yet").arg(name);
        if (cell.reason.isEmpty())
            return QString(name + QStringLiteral(": ") + cellText(cell));
        return QString(name + QStringLiteral(": ") + cellText(cell) + QStringLiteral(": ") + cell.reason);
    }
    default:
        return {};
    }
}

QVariant SampleListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("ID");
        case QuestionColumn:
            return tr("Question");
        case WeightedColumn:
            return tr("Weighted");
        default:
            return m_rows.metrics.at(section - FirstMetricColumn);
        }
    }
    if (role == Qt::ToolTipRole && section >= FirstMetricColumn) {
        if (const Metric* metric = MetricRegistry::builtin().find(m_rows.metrics.at(section - FirstMetricColumn)))
            // Descriptions are English in the registry; translations live under one context.
            return QCoreApplication::translate("MetricDescription", metric->info().description.toUtf8().constData());
    }
    if (role == Qt::ToolTipRole && section == WeightedColumn)
        return tr("Weighted mean of the metrics that have a value");
    return {};
}

} // namespace evalbench

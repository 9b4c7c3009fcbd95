// SPDX-License-Identifier: MIT
#include "ui/agreementmodel.h"

#include <cmath>

#include <QLocale>

namespace evalbench {

AgreementModel::AgreementModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AgreementModel::setRows(const QList<AgreementRow>& rows, double threshold)
{
    beginResetModel();
    m_rows = rows;
    m_threshold = threshold;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, KappaColumn, KappaColumn);
}

int AgreementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgreementModel::display(const AgreementRow& row, int column) const
{
    const QLocale locale;
    // Undefined (too few pairs, no variance, one class only) is not 0.
    const auto figure = [&](double value) {
        return std::isfinite(value) ? locale.toString(value, 'f', 3) : QStringLiteral("—");
    };
    switch (column) {
    case MetricColumn:
        return row.metric.isEmpty() ? tr("Overall (weighted score)") : row.metric;
    case PairsColumn:
        return row.pairs;
    case SpearmanColumn:
        return figure(row.spearman);
    case KappaColumn:
        return figure(row.kappa);
    default:
        return {};
    }
}

QVariant AgreementModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgreementRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        if (row.pairs < 2 && index.column() == SpearmanColumn)
            return tr("Needs at least two annotated samples with a score for this metric");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MetricColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case PairsColumn:
            return tr("Samples with both a human score and a score from the run");
        case SpearmanColumn:
            return tr("Spearman rank correlation of the human and the run's scores (ties share ranks)");
        case KappaColumn:
            return tr("Cohen's kappa on pass / fail, pass meaning a score of at least the threshold");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MetricColumn:
        return tr("Metric");
    case PairsColumn:
        return tr("Pairs");
    case SpearmanColumn:
        return tr("Spearman");
    case KappaColumn:
        return tr("Kappa (≥ %1)").arg(QLocale().toString(m_threshold, 'f', 2));
    default:
        return {};
    }
}

} // namespace evalbench

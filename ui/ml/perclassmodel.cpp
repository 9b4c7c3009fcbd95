// SPDX-License-Identifier: MIT
#include "ui/ml/perclassmodel.h"

#include "ui/ml/mlformat.h"

namespace evalbench {

namespace {

QVariant sortValue(const MlResult::ClassRow& row, int column)
{
    const auto score = [](std::optional<double> v) { return QVariant(v.value_or(-1.0)); };
    switch (column) {
    case PerClassModel::LabelColumn:
        return row.label;
    case PerClassModel::PrecisionColumn:
        return score(row.precision);
    case PerClassModel::RecallColumn:
        return score(row.recall);
    case PerClassModel::F1Column:
        return score(row.f1);
    case PerClassModel::SupportColumn:
        return row.support;
    case PerClassModel::TpColumn:
        return row.tp;
    case PerClassModel::FpColumn:
        return row.fp;
    case PerClassModel::FnColumn:
        return row.fn;
    default:
        return {};
    }
}

QVariant display(const MlResult::ClassRow& row, int column)
{
    switch (column) {
    case PerClassModel::LabelColumn:
        return row.label;
    case PerClassModel::PrecisionColumn:
        return MlFormat::value(row.precision);
    case PerClassModel::RecallColumn:
        return MlFormat::value(row.recall);
    case PerClassModel::F1Column:
        return MlFormat::value(row.f1);
    case PerClassModel::SupportColumn:
        return MlFormat::count(row.support);
    case PerClassModel::TpColumn:
        return MlFormat::count(row.tp);
    case PerClassModel::FpColumn:
        return MlFormat::count(row.fp);
    case PerClassModel::FnColumn:
        return MlFormat::count(row.fn);
    default:
        return {};
    }
}

} // namespace

PerClassModel::PerClassModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void PerClassModel::setData(const QList<MlResult::ClassRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PerClassModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PerClassModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PerClassModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MlResult::ClassRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == LabelColumn)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant PerClassModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SupportColumn:
            return tr("Number of samples whose true label is this one");
        case TpColumn:
            return tr("True positives: predicted as this label and truly it");
        case FpColumn:
            return tr("False positives: predicted as this label but truly another");
        case FnColumn:
            return tr("False negatives: truly this label but predicted as another");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case PrecisionColumn:
        return tr("Precision");
    case RecallColumn:
        return tr("Recall");
    case F1Column:
        return tr("F1");
    case SupportColumn:
        return tr("Support");
    case TpColumn:
        return tr("TP");
    case FpColumn:
        return tr("FP");
    case FnColumn:
        return tr("FN");
    default:
        return {};
    }
}

} // namespace evalbench

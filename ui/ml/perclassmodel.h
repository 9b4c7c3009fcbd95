// SPDX-License-Identifier: MIT
#pragma once

#include "ui/ml/mlresult.h"

#include <QAbstractTableModel>
#include <QList>

namespace evalbench {

// details.per_class of a classification result: one row per label.
class PerClassModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LabelColumn,
        PrecisionColumn,
        RecallColumn,
        F1Column,
        SupportColumn,
        TpColumn,
        FpColumn,
        FnColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, // the label, or the number (-1 for an undefined score)
    };

    explicit PerClassModel(QObject* parent = nullptr);

    using QAbstractTableModel::setData;
    void setData(const QList<MlResult::ClassRow>& rows);
    const MlResult::ClassRow& row(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MlResult::ClassRow> m_rows;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "ui/ml/mlresult.h"

#include <QAbstractTableModel>
#include <QList>

namespace evalbench {

// The flat `metrics` of a result.json: name, value and what it means. The primary metric is bold.
class MlMetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ValueColumn,
        DescriptionColumn,
        ColumnCount
    };
    enum Role
    {
        ValueRole = Qt::UserRole, // the number as a double; invalid for null
    };

    explicit MlMetricsModel(QObject* parent = nullptr);

    using QAbstractTableModel::setData;
    void setData(const QList<MlResult::Metric>& metrics, const QString& primaryMetric);
    // Whether any row has a description (a custom scorer's metrics have none).
    bool hasDescriptions() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        MlResult::Metric metric;
        QString description;
    };
    QVariant display(const Row& row, int column) const;

    QList<Row> m_rows;
    QString m_primary;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "ui/ml/mlresult.h"

#include <QAbstractTableModel>
#include <QList>

namespace evalbench {

// The 12 COCOeval.summarize() stats of a detection result, worded as pycocotools prints them.
class CocoStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DescriptionColumn,
        NameColumn,
        ValueColumn,
        ColumnCount
    };

    explicit CocoStatsModel(QObject* parent = nullptr);

    using QAbstractTableModel::setData;
    void setData(const QList<MlResult::CocoStat>& stats);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MlResult::CocoStat> m_stats;
    QStringList m_titles;
};

} // namespace evalbench

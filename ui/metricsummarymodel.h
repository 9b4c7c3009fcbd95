// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace evalbench {

// One row per metric of a run: its weight and its aggregate over the samples.
class MetricSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MetricColumn,
        WeightColumn,
        MeanColumn,
        MinColumn,
        MaxColumn,
        ScoredColumn,
        SkippedColumn,
        NanColumn,
        ColumnCount
    };

    explicit MetricSummaryModel(QObject* parent = nullptr);

    using QAbstractTableModel::setData;
    // The run's metrics in the order they were requested, then any other
    // metric its summary holds.
    void setData(const RunRecord& run);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString metric;
        double weight = 1;
        bool hasSummary = false; // not aggregated yet (a running run)
        MetricSummary summary;
    };
    QVariant display(const Row& row, int column) const;

    QList<Row> m_rows;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "io/runcomparison.h"
#include "ui/changetints.h"

#include <QAbstractTableModel>

namespace evalbench {

// How many matched samples improved, regressed, stayed or could not be compared,
// one row per metric and compared run.
class ChangeCountModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MetricColumn,
        RunColumn,
        ImprovedColumn,
        RegressedColumn,
        UnchangedColumn,
        NotComparableColumn,
        ColumnCount
    };

    explicit ChangeCountModel(QObject* parent = nullptr);

    void setComparison(const RunComparison& comparison);
    void clear();
    void setTintBase(const QColor& base);
    // The row of a metric against a compared run (index into RunComparison::others), -1 if none.
    int rowOf(const QString& metric, int run) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString metric;
        int run = 0;
        QString runName;
        ChangeCounts counts;
    };

    QList<Row> m_rows;
    ChangeTints m_tints;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "io/runcomparison.h"
#include "ui/changetints.h"

#include <QAbstractTableModel>

namespace evalbench {

// Every matched sample for every metric and compared run: both values, the delta
// and what it means. A snapshot of RunComparison::items.
class ComparisonItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RunColumn,
        MetricColumn,
        IdColumn,
        QuestionColumn,
        BaselineColumn,
        ValueColumn,
        DeltaColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role
    {
        ChangeRole = Qt::UserRole + 1, // int(Change)
        MetricRole, // the metric id
        RunIdRole, // the compared run's id
        SampleIndexRole, // the sample's place in the compared run
        // Numbers for numeric columns; the delta column sorts by gain in the metric's
        // direction, so ascending puts the worst regressions first whichever way it points.
        SortRole
    };

    explicit ComparisonItemModel(QObject* parent = nullptr);

    void setComparison(const RunComparison& comparison);
    void clear();
    void setTintBase(const QColor& base);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ComparisonItem& item, int column) const;
    QVariant sortValue(const ComparisonItem& item, int column) const;

    QList<ComparisonItem> m_items;
    QStringList m_metrics;
    QList<bool> m_higherIsBetter; // parallel to m_metrics
    QStringList m_runIds;
    QStringList m_runNames;
    ChangeTints m_tints;
};

} // namespace evalbench

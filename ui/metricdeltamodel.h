// SPDX-License-Identifier: MIT
#pragma once

#include "io/runcomparison.h"
#include "ui/changetints.h"

#include <QAbstractTableModel>

namespace evalbench {

// One row per metric: which way is better, the baseline mean, then each compared
// run's mean and its delta, tinted by the change in the metric's direction.
class MetricDeltaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MetricColumn,
        DirectionColumn,
        BaselineColumn,
        FirstRunColumn // then a mean and a delta column per compared run
    };
    enum Role
    {
        ChangeRole = Qt::UserRole + 1 // int(Change) of a delta cell
    };

    explicit MetricDeltaModel(QObject* parent = nullptr);

    void setComparison(const RunComparison& comparison);
    void clear();
    void setTintBase(const QColor& base);
    static int meanColumn(int run) { return FirstRunColumn + 2 * run; }
    static int deltaColumn(int run) { return FirstRunColumn + 2 * run + 1; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const MetricComparison& row, int column) const;

    QList<MetricComparison> m_rows;
    QStringList m_runNames;
    QString m_baselineName;
    ChangeTints m_tints;
};

} // namespace evalbench

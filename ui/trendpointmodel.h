// SPDX-License-Identifier: MIT
#pragma once

#include "store/trendrows.h"

#include <QAbstractTableModel>

namespace evalbench {

// The points of a trend, oldest first: one row per run that has a value for the chosen
// metric (or the weighted score), with its date, name, average and how many samples it is over.
class TrendPointModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        RunColumn,
        AverageColumn,
        ScoredColumn,
        ColumnCount
    };
    enum Role
    {
        RunIdRole = Qt::UserRole + 1,
        ValueRole // the average as a double
    };

    explicit TrendPointModel(QObject* parent = nullptr);

    // `metric` empty: the weighted score.
    void setPoints(const QList<TrendPoint>& points, const QString& metric);
    QString metric() const { return m_metric; }
    const QList<TrendPoint>& points() const { return m_points; }
    QString runIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TrendPoint> m_points; // only those with a value for m_metric
    QString m_metric;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QStringList>

namespace evalbench {

// A confusion matrix as a heat map: rows are true labels, columns predicted ones. A cell's
// colour is its share of its row (how the samples of that true label were predicted), so a
// class that is always right has the darkest diagonal cell whatever its support.
class ConfusionMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        ShareRole = Qt::UserRole, // count / row total as a double (0 for a row without samples)
    };

    explicit ConfusionMatrixModel(QObject* parent = nullptr);

    using QAbstractTableModel::setData;
    // `counts` is square with one row and column per label.
    void setData(const QStringList& labels, const QList<QList<qint64>>& counts);

    double share(int row, int column) const;
    // The colour scale: from nearly white (0) to dark blue (1).
    static QColor colorForShare(double share);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString toolTip(int row, int column) const;

    QStringList m_labels;
    QList<QList<qint64>> m_counts;
    QList<qint64> m_rowTotals;
};

} // namespace evalbench

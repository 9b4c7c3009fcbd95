// SPDX-License-Identifier: MIT
#pragma once

#include "ui/samplerowsloader.h"

#include <array>

#include <QAbstractTableModel>
#include <QBrush>
#include <QColor>

namespace evalbench {

// The per-sample table of a report: id, question, weighted score and one
// column per metric, over a snapshot built off the GUI thread.
class SampleListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        QuestionColumn,
        WeightedColumn,
        FirstMetricColumn
    };
    enum Role
    {
        // A double for values, an invalid QVariant for NaN / skipped / pending,
        // which the report's proxy keeps after the values in either order.
        SortRole = Qt::UserRole + 1,
        IndexRole, // the sample's position in the dataset (int)
        FilterRole, // id and question (the report's proxy matches the snapshot directly)
    };

    explicit SampleListModel(QObject* parent = nullptr);

    using QAbstractTableModel::setData;
    void setData(SampleRows rows);
    void clear();
    // Cell tints are mixed into this colour (the view's base), so that light
    // and dark palettes both keep their text legible.
    void setTintBase(const QColor& base);

    const QStringList& metrics() const { return m_rows.metrics; }
    int rowForSampleIndex(int sampleIndex) const;
    // SortRole without the QVariant: NaN when the cell has no value. A sort of
    // 100,000 rows asks for about 3 million of these on the GUI thread.
    double sortValue(int row, int column) const;
    const QString& questionAt(int row) const { return m_rows.rows[size_t(row)].question; }
    // The snapshot itself, for filters and charts that read it without a QVariant per cell.
    const SampleRows& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        CellStatus status = CellStatus::Pending;
        double value = 0;
        QString reason;
    };
    Cell cellAt(int row, int column) const;
    QString cellText(const Cell& cell) const;
    // Index into m_tints, or -1 when the metric has no colour scale.
    int tintStep(const QString& metric, double value) const;
    void rebuildTints();

    static constexpr int kTintSteps = 21;
    SampleRows m_rows;
    QColor m_tintBase = Qt::white;
    std::array<QBrush, kTintSteps> m_tints; // red .. green, cached: a brush allocates
    std::array<QColor, kTintSteps> m_tintTexts; // legible text on each tint
};

} // namespace evalbench

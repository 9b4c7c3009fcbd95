// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QSortFilterProxyModel>

namespace evalbench {

class SampleListModel;

// The report's sample table order and filters. Sorts like SampleListModel::SortRole and keeps
// NaN / skipped / pending cells after the values whichever way the column is sorted. Filters
// by text (id or question), "any metric below x" and "has a NaN"; all of them read the
// model's snapshot directly, so that sorting or filtering 100,000 rows makes no QVariant.
class SampleSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    SampleSortProxy(SampleListModel* model, QObject* parent = nullptr);

    // Case-insensitive substring of the id or the question; empty: no text filter.
    void setTextFilter(const QString& text);
    // Keeps rows where at least one metric has a value below `threshold` (compared as the
    // table stores it, a float); nullopt: off.
    void setBelowThreshold(std::optional<double> threshold);
    // Keeps rows where at least one metric is NaN (failed).
    void setNanOnly(bool nanOnly);
    bool isFiltering() const;

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void refilter();

    const SampleListModel* m_model;
    QString m_text;
    std::optional<double> m_below;
    bool m_nanOnly = false;
};

} // namespace evalbench

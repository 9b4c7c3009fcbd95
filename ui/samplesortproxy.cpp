// SPDX-License-Identifier: MIT
#include "ui/samplesortproxy.h"

#include "ui/samplelistmodel.h"

#include <cmath>

namespace evalbench {

SampleSortProxy::SampleSortProxy(SampleListModel* model, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
}

void SampleSortProxy::setTextFilter(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    refilter();
}

void SampleSortProxy::setBelowThreshold(std::optional<double> threshold)
{
    if (threshold == m_below)
        return;
    m_below = threshold;
    refilter();
}

void SampleSortProxy::setNanOnly(bool nanOnly)
{
    if (nanOnly == m_nanOnly)
        return;
    m_nanOnly = nanOnly;
    refilter();
}

void SampleSortProxy::refilter()
{
    // Not invalidateRowsFilter(): that moves rows in and out of the mapping a run at a time,
    // which for a filter that keeps every third of 100,000 rows costs most of a second.
    // Dropping the mapping and rebuilding it (one pass, then the sort) takes tens of ms.
    invalidate();
}

bool SampleSortProxy::isFiltering() const
{
    return !m_text.isEmpty() || m_below || m_nanOnly;
}

bool SampleSortProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const SampleListModel* model = m_model;
    if (left.column() == SampleListModel::QuestionColumn)
        return model->questionAt(left.row()).compare(model->questionAt(right.row()), Qt::CaseInsensitive) < 0;
    // Read the model directly: same order as SortRole, without a QVariant per comparison.
    const double a = model->sortValue(left.row(), left.column());
    const double b = model->sortValue(right.row(), right.column());
    if (std::isnan(a) || std::isnan(b)) {
        if (std::isnan(a) == std::isnan(b))
            return false; // both missing: the stable sort keeps dataset order
        // Descending order asks lessThan(right, left), so flip to stay last.
        const bool leftFirst = !std::isnan(a);
        return sortOrder() == Qt::AscendingOrder ? leftFirst : !leftFirst;
    }
    return a < b;
}

bool SampleSortProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    const SampleRows& rows = m_model->rows();
    if (!m_text.isEmpty()) {
        const SampleRow& row = rows.rows[size_t(sourceRow)];
        if (!row.id.contains(m_text, Qt::CaseInsensitive) && !row.question.contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    if (!m_below && !m_nanOnly)
        return true;
    bool below = false;
    bool nan = false;
    const qsizetype first = rows.cell(sourceRow, 0);
    for (qsizetype cell = first; cell < first + rows.metrics.size(); ++cell) {
        const CellStatus status = rows.statuses[size_t(cell)];
        if (status == CellStatus::Value && m_below && rows.values[size_t(cell)] < float(*m_below))
            below = true;
        else if (status == CellStatus::Failed)
            nan = true;
    }
    return (!m_below || below) && (!m_nanOnly || nan);
}

} // namespace evalbench

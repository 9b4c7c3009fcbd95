// SPDX-License-Identifier: MIT
#include "ui/comparisonitemfilter.h"

#include "io/runcomparison.h"
#include "ui/comparisonitemmodel.h"

namespace evalbench {

ComparisonItemFilter::ComparisonItemFilter(ComparisonItemModel* model, QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSourceModel(model);
    setSortRole(ComparisonItemModel::SortRole);
}

void ComparisonItemFilter::setRegressionsOnly(bool only)
{
    if (only == m_regressionsOnly)
        return;
    m_regressionsOnly = only;
    invalidateFilter();
}

void ComparisonItemFilter::setMetric(const QString& metric)
{
    if (metric == m_metric)
        return;
    m_metric = metric;
    invalidateFilter();
}

bool ComparisonItemFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_regressionsOnly && index.data(ComparisonItemModel::ChangeRole).toInt() != int(Change::Regressed))
        return false;
    return m_metric.isEmpty() || index.data(ComparisonItemModel::MetricRole).toString() == m_metric;
}

} // namespace evalbench

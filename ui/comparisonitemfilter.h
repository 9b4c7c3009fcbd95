// SPDX-License-Identifier: MIT
#pragma once

#include <QSortFilterProxyModel>

namespace evalbench {

class ComparisonItemModel;

// Narrows the item list to regressions and / or one metric, and sorts by
// ComparisonItemModel::SortRole.
class ComparisonItemFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ComparisonItemFilter(ComparisonItemModel* model, QObject* parent = nullptr);

    bool regressionsOnly() const { return m_regressionsOnly; }
    void setRegressionsOnly(bool only);
    // Empty: every metric.
    void setMetric(const QString& metric);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_regressionsOnly = true;
    QString m_metric;
};

} // namespace evalbench

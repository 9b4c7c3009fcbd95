// SPDX-License-Identifier: MIT
#pragma once

#include <QChartView>

class QBarSeries;

namespace evalbench {

struct RunComparison;

// Grouped bars: one group per metric, one bar per run (the baseline first), the
// height the run's mean. A run without a mean for a metric shows a bar of height 0.
class ComparisonChart : public QChartView
{
    Q_OBJECT
public:
    explicit ComparisonChart(QWidget* parent = nullptr);

    void setComparison(const RunComparison& comparison);
    void clear();
    QBarSeries* series() const { return m_series; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();

    QBarSeries* m_series = nullptr;
};

} // namespace evalbench

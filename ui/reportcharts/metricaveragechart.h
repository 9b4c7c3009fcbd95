// SPDX-License-Identifier: MIT
#pragma once

#include "ui/reportcharts/reportchartview.h"

class QBarSeries;

namespace evalbench {

struct SampleRows;

// One bar per metric: its mean over the samples that have a value.
class MetricAverageChart : public ReportChartView
{
    Q_OBJECT
public:
    explicit MetricAverageChart(QWidget* parent = nullptr);

    void setRows(const SampleRows& rows);
    QBarSeries* series() const { return m_series; }

private:
    QBarSeries* m_series = nullptr;
};

} // namespace evalbench

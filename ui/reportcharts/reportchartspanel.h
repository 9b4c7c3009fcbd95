// SPDX-License-Identifier: MIT
#pragma once

#include "store/sampletime.h"

#include <QList>
#include <QTabWidget>

namespace evalbench {

class MetricAverageChart;
class MetricScatterChart;
class ReportChartView;
class SampleListModel;
class ScoreHistogramChart;
class ScoreTimeSeriesChart;

// The report's charts, one tab each, all drawn from the sample table's rows in memory:
// per-metric means, one metric's distribution, metric against metric, and for API runs the
// score over time.
class ReportChartsPanel : public QTabWidget
{
    Q_OBJECT
public:
    // A chart to export, with the name its file is given.
    struct NamedChart
    {
        QString name; // file-name friendly, e.g. "averages"
        ReportChartView* view = nullptr;
    };

    explicit ReportChartsPanel(QWidget* parent = nullptr);

    // The charts follow the model: rebuilt on each of its resets.
    void setModel(const SampleListModel* model);
    // Shows the over-time tab (API runs only) and clears its data until setSampleTimes.
    void setTimeSeriesShown(bool shown);
    void setSampleTimes(QList<SampleTime> times);
    // The charts currently offered (the over-time one only for API runs).
    QList<NamedChart> charts() const;

    MetricAverageChart* averageChart() const { return m_averages; }
    ScoreHistogramChart* histogramChart() const { return m_histogram; }
    MetricScatterChart* scatterChart() const { return m_scatter; }
    ScoreTimeSeriesChart* timeSeriesChart() const { return m_timeSeries; }

signals:
    // A dot of the scatter chart was clicked.
    void sampleClicked(int sampleIndex);

private:
    const SampleListModel* m_model = nullptr;
    MetricAverageChart* m_averages = nullptr;
    ScoreHistogramChart* m_histogram = nullptr;
    MetricScatterChart* m_scatter = nullptr;
    ScoreTimeSeriesChart* m_timeSeries = nullptr;
    bool m_timeSeriesShown = false;
};

} // namespace evalbench

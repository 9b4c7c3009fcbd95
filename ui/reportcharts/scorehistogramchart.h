// SPDX-License-Identifier: MIT
#pragma once

#include "ui/reportcharts/scorehistogram.h"

#include <QPointer>
#include <QWidget>

class QBarSeries;
class QComboBox;

namespace evalbench {

class ReportChartView;
class SampleListModel;

// How one metric's values spread: 10 bins, the metric chosen in a combo.
class ScoreHistogramChart : public QWidget
{
    Q_OBJECT
public:
    explicit ScoreHistogramChart(QWidget* parent = nullptr);

    // Reads the model's rows whenever it is reset or another metric is chosen.
    void setModel(const SampleListModel* model);
    ReportChartView* view() const { return m_view; }
    QComboBox* metricCombo() const { return m_metric; }
    const ScoreHistogram& histogram() const { return m_histogram; }

private:
    void reloadMetrics();
    void rebuild();

    QPointer<const SampleListModel> m_model;
    QComboBox* m_metric = nullptr;
    ReportChartView* m_view = nullptr;
    QBarSeries* m_series = nullptr;
    ScoreHistogram m_histogram;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "ui/reportcharts/scatterpoints.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QScatterSeries;

namespace evalbench {

class ReportChartView;
class SampleListModel;

// One metric against another, a dot per sample (thinned past a few thousand); clicking a dot
// reports its sample so that the page can select it.
class MetricScatterChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDefaultPointCap = 3000;

    explicit MetricScatterChart(QWidget* parent = nullptr);

    void setModel(const SampleListModel* model);
    void setPointCap(int cap);
    ReportChartView* view() const { return m_view; }
    QScatterSeries* series() const { return m_series; }
    QComboBox* xCombo() const { return m_x; }
    QComboBox* yCombo() const { return m_y; }
    const ScatterPoints& points() const { return m_points; }
    // The sample of the dot nearest to `value` (chart coordinates); -1 without dots.
    int sampleIndexNear(const QPointF& value) const;

signals:
    void sampleClicked(int sampleIndex);

private:
    void reloadMetrics();
    void rebuild();

    QPointer<const SampleListModel> m_model;
    int m_cap = kDefaultPointCap;
    QComboBox* m_x = nullptr;
    QComboBox* m_y = nullptr;
    ReportChartView* m_view = nullptr;
    QScatterSeries* m_series = nullptr;
    ScatterPoints m_points;
};

} // namespace evalbench

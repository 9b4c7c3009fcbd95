// SPDX-License-Identifier: MIT
#include "ui/reportcharts/reportchartspanel.h"

#include "ui/reportcharts/metricaveragechart.h"
#include "ui/reportcharts/metricscatterchart.h"
#include "ui/reportcharts/scorehistogramchart.h"
#include "ui/reportcharts/scoretimeserieschart.h"
#include "ui/samplelistmodel.h"

namespace evalbench {

ReportChartsPanel::ReportChartsPanel(QWidget* parent)
    : QTabWidget(parent)
{
    m_averages = new MetricAverageChart(this);
    m_averages->setObjectName(QStringLiteral("averageChart"));
    m_histogram = new ScoreHistogramChart(this);
    m_scatter = new MetricScatterChart(this);
    m_timeSeries = new ScoreTimeSeriesChart(this);
    addTab(m_averages, tr("Means"));
    addTab(m_histogram, tr("Distribution"));
    addTab(m_scatter, tr("Scatter"));
    addTab(m_timeSeries, tr("Over time"));
    setTabVisible(indexOf(m_timeSeries), false);
    connect(m_scatter, &MetricScatterChart::sampleClicked, this, &ReportChartsPanel::sampleClicked);
}

void ReportChartsPanel::setModel(const SampleListModel* model)
{
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, m_averages, [this] { m_averages->setRows(m_model->rows()); });
    m_averages->setRows(model->rows());
    m_histogram->setModel(model);
    m_scatter->setModel(model);
    m_timeSeries->setModel(model);
}

void ReportChartsPanel::setTimeSeriesShown(bool shown)
{
    m_timeSeriesShown = shown;
    setTabVisible(indexOf(m_timeSeries), shown);
    m_timeSeries->clear();
}

void ReportChartsPanel::setSampleTimes(QList<SampleTime> times)
{
    m_timeSeries->setSampleTimes(std::move(times));
}

QList<ReportChartsPanel::NamedChart> ReportChartsPanel::charts() const
{
    QList<NamedChart> charts { { QStringLiteral("means"), m_averages },
        { QStringLiteral("distribution"), m_histogram->view() }, { QStringLiteral("scatter"), m_scatter->view() } };
    if (m_timeSeriesShown)
        charts.append({ QStringLiteral("over-time"), m_timeSeries->view() });
    return charts;
}

} // namespace evalbench

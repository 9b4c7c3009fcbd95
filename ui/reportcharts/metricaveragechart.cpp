// SPDX-License-Identifier: MIT
#include "ui/reportcharts/metricaveragechart.h"

#include "ui/reportcharts/metricaverages.h"
#include "ui/samplerowsloader.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QValueAxis>

namespace evalbench {

MetricAverageChart::MetricAverageChart(QWidget* parent)
    : ReportChartView(parent)
{
    chart()->setTitle(tr("Mean per metric"));
    chart()->legend()->hide();
    m_series = new QBarSeries(chart());
    m_series->setLabelsVisible(true);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPrecision(3);
    chart()->addSeries(m_series);
}

void MetricAverageChart::setRows(const SampleRows& rows)
{
    m_series->clear();
    clearAxes();
    auto* set = new QBarSet(tr("Mean"));
    QStringList categories;
    double top = 1.0; // most metrics live in 0..1; a larger mean widens the axis
    for (const MetricAverage& average : metricAverages(rows)) {
        set->append(average.mean);
        categories.append(average.metric);
        top = std::max(top, average.mean);
    }
    m_series->append(set);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, top);
    valueAxis->setLabelFormat(QStringLiteral("%.2f"));
    chart()->addAxis(categoryAxis, Qt::AlignBottom);
    chart()->addAxis(valueAxis, Qt::AlignLeft);
    m_series->attachAxis(categoryAxis);
    m_series->attachAxis(valueAxis);
}

} // namespace evalbench

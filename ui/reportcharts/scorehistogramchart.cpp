// SPDX-License-Identifier: MIT
#include "ui/reportcharts/scorehistogramchart.h"

#include "ui/reportcharts/reportchartview.h"
#include "ui/samplelistmodel.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

namespace evalbench {

ScoreHistogramChart::ScoreHistogramChart(QWidget* parent)
    : QWidget(parent)
{
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("histogramMetricCombo"));
    m_view = new ReportChartView(this);
    m_view->setObjectName(QStringLiteral("histogramChart"));
    m_view->chart()->legend()->hide();
    m_series = new QBarSeries(m_view->chart());
    m_series->setBarWidth(0.95); // bins touch, as a histogram's do
    m_series->setLabelsVisible(true);
    m_view->chart()->addSeries(m_series);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ScoreHistogramChart::rebuild);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Metric:"), this));
    controls->addWidget(m_metric);
    controls->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
}

void ScoreHistogramChart::setModel(const SampleListModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &ScoreHistogramChart::reloadMetrics);
    reloadMetrics();
}

void ScoreHistogramChart::reloadMetrics()
{
    const QStringList metrics = m_model ? m_model->metrics() : QStringList();
    const QString chosen = m_metric->currentText();
    {
        const QSignalBlocker blocker(m_metric);
        m_metric->clear();
        m_metric->addItems(metrics);
        // A refresh of the same run keeps the analyst's choice.
        m_metric->setCurrentIndex(std::max(0, int(metrics.indexOf(chosen))));
    }
    rebuild();
}

void ScoreHistogramChart::rebuild()
{
    QChart* chart = m_view->chart();
    m_series->clear();
    m_view->clearAxes();
    m_histogram = m_model ? scoreHistogram(m_model->rows(), m_metric->currentIndex()) : ScoreHistogram {};
    if (m_metric->currentIndex() < 0) {
        chart->setTitle(QString());
        return;
    }
    chart->setTitle(tr("Distribution of %1 (%n value(s))", nullptr, m_histogram.total()).arg(m_metric->currentText()));

    const QLocale locale;
    const int bins = int(m_histogram.counts.size());
    const double width = (m_histogram.high - m_histogram.low) / bins;
    auto* set = new QBarSet(tr("Samples"));
    QStringList labels;
    int top = 1;
    for (int bin = 0; bin < bins; ++bin) {
        const int count = m_histogram.counts.at(bin);
        set->append(count);
        top = std::max(top, count);
        labels.append(locale.toString(m_histogram.low + bin * width, 'g', 3) + QStringLiteral("–")
            + locale.toString(m_histogram.low + (bin + 1) * width, 'g', 3));
    }
    m_series->append(set);
    auto* binAxis = new QBarCategoryAxis;
    binAxis->append(labels);
    // Whole-number ticks: about five of them whatever the largest bin.
    const int step = std::max(1, int(std::ceil(top / 5.0)));
    auto* countAxis = new QValueAxis;
    countAxis->setRange(0, step * int(std::ceil(double(top) / step)));
    countAxis->setTickType(QValueAxis::TicksDynamic);
    countAxis->setTickAnchor(0);
    countAxis->setTickInterval(step);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTitleText(tr("Samples"));
    chart->addAxis(binAxis, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    m_series->attachAxis(binAxis);
    m_series->attachAxis(countAxis);
}

} // namespace evalbench

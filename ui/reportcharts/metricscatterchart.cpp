// SPDX-License-Identifier: MIT
#include "ui/reportcharts/metricscatterchart.h"

#include "metrics/metricregistry.h"
#include "ui/reportcharts/reportchartview.h"
#include "ui/samplelistmodel.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace evalbench {

namespace {

// The metric's registered range when finite, else the range of the plotted values.
std::pair<double, double> axisRange(const QString& metric, const QList<QPointF>& points, bool xAxis)
{
    if (const Metric* known = MetricRegistry::builtin().find(metric)) {
        const double low = known->info().rangeMin;
        const double high = known->info().rangeMax;
        if (std::isfinite(low) && std::isfinite(high) && high > low)
            return { low, high };
    }
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    for (const QPointF& point : points) {
        low = std::min(low, xAxis ? point.x() : point.y());
        high = std::max(high, xAxis ? point.x() : point.y());
    }
    if (!std::isfinite(low))
        return { 0, 1 };
    return { low, high > low ? high : low + 1 };
}

// A little wider than the range, so that the many dots at exactly 0 or 1 are not cut in
// half by the plot area (and stay clickable); the ticks stay on round values of the range.
QValueAxis* valueAxis(const QString& metric, const QList<QPointF>& points, bool xAxis)
{
    const auto [low, high] = axisRange(metric, points, xAxis);
    const double pad = (high - low) * 0.03;
    auto* axis = new QValueAxis;
    axis->setRange(low - pad, high + pad);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(low);
    axis->setTickInterval((high - low) / 5);
    axis->setLabelFormat(QStringLiteral("%.2f"));
    axis->setTitleText(metric);
    return axis;
}

} // namespace

MetricScatterChart::MetricScatterChart(QWidget* parent)
    : QWidget(parent)
{
    m_x = new QComboBox(this);
    m_x->setObjectName(QStringLiteral("scatterXCombo"));
    m_y = new QComboBox(this);
    m_y->setObjectName(QStringLiteral("scatterYCombo"));
    m_view = new ReportChartView(this);
    m_view->setObjectName(QStringLiteral("scatterChart"));
    m_view->chart()->legend()->hide();
    m_series = new QScatterSeries(m_view->chart());
    m_series->setMarkerSize(7);
    m_series->setBorderColor(Qt::transparent);
    m_view->chart()->addSeries(m_series);
    connect(m_series, &QScatterSeries::clicked, this, [this](const QPointF& value) {
        if (const int sample = sampleIndexNear(value); sample >= 0)
            emit sampleClicked(sample);
    });
    connect(m_x, &QComboBox::currentIndexChanged, this, &MetricScatterChart::rebuild);
    connect(m_y, &QComboBox::currentIndexChanged, this, &MetricScatterChart::rebuild);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("X:"), this));
    controls->addWidget(m_x);
    controls->addWidget(new QLabel(tr("Y:"), this));
    controls->addWidget(m_y);
    controls->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
}

void MetricScatterChart::setModel(const SampleListModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &MetricScatterChart::reloadMetrics);
    reloadMetrics();
}

void MetricScatterChart::setPointCap(int cap)
{
    m_cap = cap;
    rebuild();
}

void MetricScatterChart::reloadMetrics()
{
    const QStringList metrics = m_model ? m_model->metrics() : QStringList();
    const QString chosenX = m_x->currentText();
    const QString chosenY = m_y->currentText();
    {
        const QSignalBlocker blockX(m_x);
        const QSignalBlocker blockY(m_y);
        m_x->clear();
        m_y->clear();
        m_x->addItems(metrics);
        m_y->addItems(metrics);
        // A refresh keeps the analyst's pair; a new run starts with its first two metrics.
        const int x = int(metrics.indexOf(chosenX));
        const int y = int(metrics.indexOf(chosenY));
        m_x->setCurrentIndex(x >= 0 ? x : (metrics.isEmpty() ? -1 : 0));
        m_y->setCurrentIndex(y >= 0 ? y : int(std::min<qsizetype>(1, metrics.size() - 1)));
    }
    rebuild();
}

void MetricScatterChart::rebuild()
{
    QChart* chart = m_view->chart();
    m_view->clearAxes();
    const int x = m_x->currentIndex();
    const int y = m_y->currentIndex();
    m_points = m_model && x >= 0 && y >= 0 ? scatterPoints(m_model->rows(), x, y, m_cap) : ScatterPoints {};
    m_series->replace(m_points.points);
    if (x < 0 || y < 0) {
        chart->setTitle(QString());
        return;
    }
    const QString pair = tr("%1 vs %2").arg(m_y->currentText(), m_x->currentText());
    chart->setTitle(m_points.points.size() < m_points.total
            ? tr("%1 — showing %2 of %3 samples").arg(pair).arg(m_points.points.size()).arg(m_points.total)
            : tr("%1 — %n sample(s)", nullptr, int(m_points.total)).arg(pair));

    auto* xAxis = valueAxis(m_x->currentText(), m_points.points, true);
    auto* yAxis = valueAxis(m_y->currentText(), m_points.points, false);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    m_series->attachAxis(xAxis);
    m_series->attachAxis(yAxis);
}

int MetricScatterChart::sampleIndexNear(const QPointF& value) const
{
    // At most m_cap dots: a linear search is instant.
    int best = -1;
    double bestDistance = std::numeric_limits<double>::infinity();
    for (qsizetype i = 0; i < m_points.points.size(); ++i) {
        const QPointF d = m_points.points.at(i) - value;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance < bestDistance) {
            bestDistance = distance;
            best = m_points.sampleIndexes.at(i);
        }
    }
    return best;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "ui/reportcharts/scoretimeserieschart.h"

#include "ui/reportcharts/reportchartview.h"
#include "ui/samplelistmodel.h"

#include <algorithm>

#include <QChart>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace evalbench {

ScoreTimeSeriesChart::ScoreTimeSeriesChart(QWidget* parent)
    : QWidget(parent)
{
    m_bucket = new QComboBox(this);
    m_bucket->setObjectName(QStringLiteral("timeBucketCombo"));
    m_bucket->addItem(tr("Per hour"), int(TimeBucket::Hour));
    m_bucket->addItem(tr("Per day"), int(TimeBucket::Day));
    m_view = new ReportChartView(this);
    m_view->setObjectName(QStringLiteral("timeSeriesChart"));
    m_view->chart()->legend()->hide();
    m_series = new QLineSeries(m_view->chart());
    m_series->setPointsVisible(true);
    m_view->chart()->addSeries(m_series);
    connect(m_bucket, &QComboBox::currentIndexChanged, this, &ScoreTimeSeriesChart::rebuild);

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Mean weighted score:"), this));
    controls->addWidget(m_bucket);
    controls->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
}

void ScoreTimeSeriesChart::setModel(const SampleListModel* model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    connect(model, &QAbstractItemModel::modelReset, this, &ScoreTimeSeriesChart::rebuild);
    rebuild();
}

void ScoreTimeSeriesChart::setSampleTimes(QList<SampleTime> times)
{
    m_times = std::move(times);
    rebuild();
    emit sampleTimesShown();
}

void ScoreTimeSeriesChart::clear()
{
    m_times.clear();
    rebuild();
}

void ScoreTimeSeriesChart::rebuild()
{
    QChart* chart = m_view->chart();
    m_view->clearAxes();
    const auto bucket = TimeBucket(m_bucket->currentData().toInt());
    m_buckets = m_model ? timeBucketMeans(m_model->rows(), m_times, bucket) : QList<TimeBucketMean> {};
    QList<QPointF> points;
    points.reserve(m_buckets.size());
    for (const TimeBucketMean& mean : std::as_const(m_buckets))
        points.append(QPointF(double(mean.start.toMSecsSinceEpoch()), mean.mean));
    m_series->replace(points);
    if (m_buckets.isEmpty())
        chart->setTitle(tr("No scored API samples yet"));
    else
        chart->setTitle(
            bucket == TimeBucket::Hour ? tr("Mean weighted score per hour") : tr("Mean weighted score per day"));

    auto* timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(bucket == TimeBucket::Hour ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd"));
    if (!m_buckets.isEmpty()) {
        const QDateTime first = m_buckets.first().start;
        QDateTime last = m_buckets.last().start;
        // One bucket alone still needs a span to draw.
        if (last == first)
            last = bucket == TimeBucket::Hour ? first.addSecs(3600) : first.addDays(1);
        timeAxis->setRange(first, last);
        timeAxis->setTickCount(int(std::clamp<qsizetype>(m_buckets.size(), 2, 8)));
    }
    double top = 1.0; // weighted scores of 0..1 metrics; a larger mean widens the axis
    for (const TimeBucketMean& mean : std::as_const(m_buckets))
        top = std::max(top, mean.mean);
    auto* scoreAxis = new QValueAxis;
    scoreAxis->setRange(0, top);
    scoreAxis->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(scoreAxis, Qt::AlignLeft);
    m_series->attachAxis(timeAxis);
    m_series->attachAxis(scoreAxis);
}

} // namespace evalbench

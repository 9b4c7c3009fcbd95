// SPDX-License-Identifier: MIT
#include "ui/trendchart.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace evalbench {

TrendChart::TrendChart(QWidget* parent)
    : QChartView(parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->hide();
    m_series = new QLineSeries(chart);
    m_series->setPointsVisible(true);
    m_series->setMarkerSize(8);
    chart->addSeries(m_series);
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("yyyy-MM-dd"));
    m_valueAxis = new QValueAxis;
    m_valueAxis->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_series->attachAxis(m_timeAxis);
    m_series->attachAxis(m_valueAxis);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    applyTheme();
    clear();

    connect(m_series, &QLineSeries::clicked, this, [this](const QPointF& point) {
        if (const QString runId = runNearest(point); !runId.isEmpty())
            Q_EMIT pointClicked(runId);
    });
    connect(m_series, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
        const qsizetype index = m_runIds.indexOf(runNearest(point));
        if (state && index >= 0)
            QToolTip::showText(QCursor::pos(), m_labels.at(index), this);
        else
            QToolTip::hideText();
    });
}

void TrendChart::clear()
{
    m_series->clear();
    m_runIds.clear();
    m_labels.clear();
    const QDateTime now = QDateTime::currentDateTime();
    m_timeAxis->setRange(now.addDays(-7), now);
    m_valueAxis->setRange(0, 1);
    chart()->setTitle(QString());
}

void TrendChart::setPoints(const QList<TrendPoint>& points, const QString& metric, const QString& title)
{
    clear();
    chart()->setTitle(title);
    QList<QPointF> values;
    double top = 1.0; // most metrics live in 0..1; a larger average widens the axis
    double bottom = 0.0; // and a negative one (e.g. a regression error's sign) lowers it
    const QLocale locale;
    for (const TrendPoint& point : points) {
        const std::optional<double> value = point.valueOf(metric);
        if (!value)
            continue;
        values.append(QPointF(double(point.createdAt.toMSecsSinceEpoch()), *value));
        m_runIds.append(point.runId);
        m_labels.append(QStringLiteral("%1\n%2: %3")
                            .arg(point.runName.isEmpty() ? point.runId : point.runName,
                                locale.toString(point.createdAt.toLocalTime(), QLocale::ShortFormat),
                                locale.toString(*value, 'f', 4)));
        top = std::max(top, *value);
        bottom = std::min(bottom, *value);
    }
    m_series->replace(values);
    if (values.isEmpty())
        return;
    QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(values.first().x()));
    QDateTime last = QDateTime::fromMSecsSinceEpoch(qint64(values.last().x()));
    // One run (or runs of one moment) still gets an axis a day wide, with the point inside.
    if (first.secsTo(last) < 3600) {
        first = first.addSecs(-12 * 3600);
        last = last.addSecs(12 * 3600);
    }
    m_timeAxis->setFormat(first.daysTo(last) < 2 ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("yyyy-MM-dd"));
    // A margin on each side, so that the first and last markers are not cut in half.
    const qint64 margin = first.msecsTo(last) / 40;
    m_timeAxis->setRange(first.addMSecs(-margin), last.addMSecs(margin));
    m_valueAxis->setRange(bottom, top);
}

QString TrendChart::runNearest(const QPointF& value) const
{
    // Measured in fractions of each axis (about what the eye sees): milliseconds and a
    // 0..1 average are not comparable as plain numbers.
    const double width = std::max(1.0, double(m_timeAxis->min().msecsTo(m_timeAxis->max())));
    const double height = std::max(1e-9, m_valueAxis->max() - m_valueAxis->min());
    qsizetype best = -1;
    double bestDistance = std::numeric_limits<double>::max();
    for (qsizetype i = 0; i < m_series->count(); ++i) {
        const QPointF point = m_series->at(i);
        const double distance = std::hypot((point.x() - value.x()) / width, (point.y() - value.y()) / height);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = i;
        }
    }
    return best >= 0 ? m_runIds.at(best) : QString();
}

void TrendChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QChartView::changeEvent(event);
}

void TrendChart::applyTheme()
{
    // Follow the application's palette, so that the chart is not a white block in a dark window.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart()->theme() != theme)
        chart()->setTheme(theme);
}

} // namespace evalbench

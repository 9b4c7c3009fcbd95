// SPDX-License-Identifier: MIT
#include "ui/reportcharts/reportchartview.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace evalbench {

namespace {

// Lays the chart out now rather than on the next event loop pass: the axes and labels place
// themselves through posted layout requests.
void layOut(QChart* chart)
{
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    if (chart->layout())
        chart->layout()->activate();
}

} // namespace

ReportChartView::ReportChartView(QWidget* parent)
    : QChartView(parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    applyTheme();
}

QImage ReportChartView::renderImage(const QSize& size) const
{
    QChart* chart = this->chart();
    const QSizeF shownSize = chart->size();
    // Lay the chart out at the picture's size now: a chart of a hidden tab may never have been laid out.
    chart->resize(size);
    layOut(chart);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    // The chart's own background has rounded corners: fill what they leave with the same brush.
    image.fill(palette().color(QPalette::Window));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.fillRect(image.rect(), chart->backgroundBrush());
        chart->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(chart->pos(), QSizeF(size)));
    }
    chart->resize(shownSize);
    layOut(chart);
    return image;
}

void ReportChartView::clearAxes()
{
    const QList<QAbstractAxis*> axes = chart()->axes();
    for (QAbstractAxis* axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }
}

void ReportChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QChartView::changeEvent(event);
}

void ReportChartView::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart()->theme() != theme)
        chart()->setTheme(theme);
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "ui/reportcharts/reportchartview.h"

#include <QChart>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace evalbench {

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
    if (chart->layout())
        chart->layout()->activate();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(chart->backgroundBrush().color());
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        chart->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(chart->pos(), QSizeF(size)));
    }
    chart->resize(shownSize);
    if (chart->layout())
        chart->layout()->activate();
    return image;
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

// SPDX-License-Identifier: MIT
#include "ui/comparisonchart.h"

#include "io/runcomparison.h"

#include <algorithm>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QValueAxis>

namespace evalbench {

ComparisonChart::ComparisonChart(QWidget* parent)
    : QChartView(parent)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_series = new QBarSeries(chart);
    chart->addSeries(m_series);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    applyTheme();
}

void ComparisonChart::clear()
{
    m_series->clear();
    for (QAbstractAxis* axis : chart()->axes())
        chart()->removeAxis(axis);
}

void ComparisonChart::setComparison(const RunComparison& comparison)
{
    clear();
    QList<RunRecord> runs { comparison.baseline };
    runs.append(comparison.others);
    double top = 1.0; // most metrics live in 0..1; a larger mean widens the axis
    for (int run = 0; run < runs.size(); ++run) {
        const RunRecord& record = runs.at(run);
        QString label = record.name.isEmpty() ? record.id : record.name;
        if (run == 0)
            label = tr("%1 (baseline)").arg(label);
        auto* set = new QBarSet(label);
        for (const MetricComparison& row : comparison.rows) {
            const std::optional<double> mean = run == 0 ? row.baselineMean : row.runs.at(run - 1).mean;
            set->append(mean.value_or(0.0));
            top = std::max(top, mean.value_or(0.0));
        }
        m_series->append(set);
    }
    auto* categories = new QBarCategoryAxis;
    categories->append(comparison.metrics);
    auto* values = new QValueAxis;
    values->setRange(0, top);
    values->setLabelFormat(QStringLiteral("%.2f"));
    chart()->addAxis(categories, Qt::AlignBottom);
    chart()->addAxis(values, Qt::AlignLeft);
    m_series->attachAxis(categories);
    m_series->attachAxis(values);
}

void ComparisonChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QChartView::changeEvent(event);
}

void ComparisonChart::applyTheme()
{
    // Follow the application's palette, so that the chart is not a white block in a dark window.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart()->theme() != theme)
        chart()->setTheme(theme);
}

} // namespace evalbench

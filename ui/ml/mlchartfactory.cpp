// SPDX-License-Identifier: MIT
#include "ui/ml/mlchartfactory.h"

#include <algorithm>
#include <numeric>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QValueAxis>

namespace evalbench {

namespace {

const QColor kPrimaryBar(0x3b, 0x78, 0xb5);
const QColor kSecondaryBar(0x9c, 0xc3, 0xe6);

// Indexes of the `limit` items with the largest weight, in their original order.
QList<int> largest(const QList<qint64>& weights, int limit)
{
    QList<int> order(weights.size());
    std::iota(order.begin(), order.end(), 0);
    if (order.size() > limit) {
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return weights.at(a) > weights.at(b); });
        order.resize(limit);
        std::sort(order.begin(), order.end());
    }
    return order;
}

struct Bars
{
    QString name;
    QColor color;
    QList<qreal> values; // one per category
};

// Horizontal bars read top-down in the given order: QtCharts draws the first category at the
// bottom, so categories and values are appended in reverse.
QChart* horizontalBars(const QString& title, const QStringList& names, const QList<Bars>& sets)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* series = new QHorizontalBarSeries;
    // The first set is drawn lowest within a category; append in reverse so it is on top.
    for (auto bars = sets.crbegin(); bars != sets.crend(); ++bars) {
        auto* set = new QBarSet(bars->name);
        set->setColor(bars->color);
        set->setBorderColor(bars->color);
        set->setLabelColor(QColor(0x1a, 0x20, 0x2c));
        for (auto v = bars->values.crbegin(); v != bars->values.crend(); ++v)
            set->append(*v);
        series->append(set);
    }
    series->setLabelsVisible(names.size() <= 25);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsPrecision(3);
    chart->addSeries(series);

    auto* categories = new QBarCategoryAxis;
    QStringList reversed = names;
    std::reverse(reversed.begin(), reversed.end());
    categories->append(reversed);
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);

    auto* values = new QValueAxis;
    // Room right of a full bar for its label.
    values->setRange(0.0, 1.1);
    // A label every 0.2 rather than every 0.1: in a chart beside a table the axis is often
    // only ~200 px wide, and twelve labels were elided to "…".
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0.0);
    values->setTickInterval(0.2);
    values->setMinorTickCount(1);
    values->setLabelFormat(QStringLiteral("%.1f"));
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);

    chart->legend()->setVisible(sets.size() > 1);
    // Beside the bars rather than above them: the height is what keeps the category labels
    // readable (QtCharts elides a label taller than its band), the width is to spare.
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace

QChart* MlChartFactory::f1Bars(const QList<MlResult::ClassRow>& rows)
{
    QList<qint64> support;
    for (const MlResult::ClassRow& row : rows)
        support.append(row.support);
    const QList<int> shown = largest(support, kMaxBars);
    QStringList names;
    Bars f1 { tr("F1"), kPrimaryBar, {} };
    for (int i : shown) {
        names.append(rows.at(i).label);
        f1.values.append(rows.at(i).f1.value_or(0.0));
    }
    const QString title = shown.size() < rows.size()
        ? tr("F1 of the %1 labels with the most support (of %2)").arg(shown.size()).arg(rows.size())
        : tr("F1 per class");
    return horizontalBars(title, names, { f1 });
}

QChart* MlChartFactory::apBars(const QList<MlResult::CategoryRow>& categories)
{
    QList<MlResult::CategoryRow> withTruth;
    QList<qint64> truthCounts;
    for (const MlResult::CategoryRow& category : categories) {
        if (category.ap) {
            withTruth.append(category);
            truthCounts.append(category.groundTruthCount);
        }
    }
    const QList<int> shown = largest(truthCounts, kMaxBars);
    QStringList names;
    Bars ap { tr("AP @[.50:.95]"), kPrimaryBar, {} };
    Bars ap50 { tr("AP @.50"), kSecondaryBar, {} };
    for (int i : shown) {
        const MlResult::CategoryRow& category = withTruth.at(i);
        names.append(category.name.isEmpty() ? QString::number(category.id) : category.name);
        ap.values.append(category.ap.value_or(0.0));
        ap50.values.append(category.ap50.value_or(0.0));
    }
    const QString title = shown.size() < withTruth.size()
        ? tr("AP of the %1 categories with the most ground truth (of %2)").arg(shown.size()).arg(withTruth.size())
        : tr("AP per category");
    return horizontalBars(title, names, { ap, ap50 });
}

void MlChartFactory::replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace evalbench

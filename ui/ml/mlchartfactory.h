// SPDX-License-Identifier: MIT
#pragma once

#include "ui/ml/mlresult.h"

#include <QCoreApplication>

class QChart;
class QChartView;

namespace evalbench {

// The bar charts of the ML report: per-class F1 and per-category AP, as horizontal bars with
// the names on the vertical axis (long label names stay readable). Each call returns a new
// chart; QtCharts objects are GUI-thread only.
class MlChartFactory
{
    Q_DECLARE_TR_FUNCTIONS(MlChartFactory)
public:
    // More bars than this would be too thin to read: the ones with the most samples are shown.
    static constexpr int kMaxBars = 60;

    static QChart* f1Bars(const QList<MlResult::ClassRow>& rows);
    // AP and AP50 of the categories that have ground truth.
    static QChart* apBars(const QList<MlResult::CategoryRow>& categories);
    // Shows `chart` in `view` and deletes the chart it showed before.
    static void replaceChart(QChartView* view, QChart* chart);
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>

namespace evalbench {

struct SampleRows;

// The mean of one metric over the samples that have a value for it.
struct MetricAverage
{
    QString metric;
    double mean = 0; // 0 when nothing is scored
    int scored = 0;
};

// One per column of the table, in its order; from the loaded rows, without SQL.
QList<MetricAverage> metricAverages(const SampleRows& rows);

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>

namespace evalbench {

struct SampleRows;

// The samples to plot as metric x against metric y, each dot with the sample it stands for.
struct ScatterPoints
{
    QList<QPointF> points;
    QList<int> sampleIndexes; // same length as points: the dataset index of each dot
    qsizetype total = 0; // samples with both values, before thinning
};

// Samples with a value for both metrics. Past `cap` of them, an evenly spaced subset in
// dataset order is kept: the same run always shows the same dots, and a chart of 100,000
// samples stays quick to draw and to click.
ScatterPoints scatterPoints(const SampleRows& rows, int xMetricColumn, int yMetricColumn, int cap);

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace evalbench {

struct SampleRows;

// How the values of one metric spread over equal bins of [low, high]; the last bin includes
// `high`.
struct ScoreHistogram
{
    double low = 0;
    double high = 1;
    QList<int> counts;
    int total() const;
};

// Over the metric's registered range when it is finite (so 0..1 metrics always get the bins
// 0.0–0.1 … 0.9–1.0), else over the values' own range. Values outside the range are clamped
// into the end bins.
ScoreHistogram scoreHistogram(const SampleRows& rows, int metricColumn, int bins = 10);

} // namespace evalbench

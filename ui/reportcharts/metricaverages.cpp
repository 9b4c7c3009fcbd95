// SPDX-License-Identifier: MIT
#include "ui/reportcharts/metricaverages.h"

#include "ui/samplerowsloader.h"

namespace evalbench {

QList<MetricAverage> metricAverages(const SampleRows& rows)
{
    const qsizetype metrics = rows.metrics.size();
    std::vector<double> sums(size_t(metrics), 0.0);
    std::vector<int> counts(size_t(metrics), 0);
    // Row-major walk: the matrix is read once, in memory order.
    for (qsizetype cell = 0; cell < qsizetype(rows.values.size()); ++cell) {
        if (rows.statuses[size_t(cell)] != CellStatus::Value)
            continue;
        const size_t metric = size_t(cell % metrics);
        sums[metric] += rows.values[size_t(cell)];
        ++counts[metric];
    }
    QList<MetricAverage> averages;
    for (qsizetype m = 0; m < metrics; ++m) {
        const int n = counts[size_t(m)];
        averages.append({ rows.metrics.at(m), n > 0 ? sums[size_t(m)] / n : 0.0, n });
    }
    return averages;
}

} // namespace evalbench

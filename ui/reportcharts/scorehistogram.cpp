// SPDX-License-Identifier: MIT
#include "ui/reportcharts/scorehistogram.h"

#include "metrics/metricregistry.h"
#include "ui/samplerowsloader.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace evalbench {

int ScoreHistogram::total() const
{
    int sum = 0;
    for (int count : counts)
        sum += count;
    return sum;
}

ScoreHistogram scoreHistogram(const SampleRows& rows, int metricColumn, int bins)
{
    ScoreHistogram histogram;
    histogram.counts.fill(0, std::max(1, bins));
    if (metricColumn < 0 || metricColumn >= rows.metrics.size())
        return histogram;
    const qsizetype rowCount = qsizetype(rows.rows.size());
    const auto valueAt = [&](qsizetype row, double* value) {
        const size_t cell = size_t(rows.cell(row, metricColumn));
        if (rows.statuses[cell] != CellStatus::Value)
            return false;
        *value = rows.values[cell];
        return true;
    };

    double low = 0;
    double high = 1;
    const Metric* known = MetricRegistry::builtin().find(rows.metrics.at(metricColumn));
    if (known && std::isfinite(known->info().rangeMin) && std::isfinite(known->info().rangeMax)
        && known->info().rangeMax > known->info().rangeMin) {
        low = known->info().rangeMin;
        high = known->info().rangeMax;
    } else {
        double min = std::numeric_limits<double>::infinity();
        double max = -min;
        double value = 0;
        for (qsizetype row = 0; row < rowCount; ++row) {
            if (valueAt(row, &value)) {
                min = std::min(min, value);
                max = std::max(max, value);
            }
        }
        if (std::isfinite(min)) {
            low = min;
            high = max > min ? max : min + 1; // one value: a unit-wide range around it
        }
    }
    histogram.low = low;
    histogram.high = high;
    const int binCount = int(histogram.counts.size());
    const double width = (high - low) / binCount;
    double value = 0;
    for (qsizetype row = 0; row < rowCount; ++row) {
        if (!valueAt(row, &value))
            continue;
        // Values are floats: 0.3f sits just above 0.3, so snap to the bin edge before flooring.
        const double position = (value - low) / width;
        const int bin = std::clamp(int(std::floor(position + 1e-6)), 0, binCount - 1);
        ++histogram.counts[bin];
    }
    return histogram;
}

} // namespace evalbench

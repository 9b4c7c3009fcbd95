// SPDX-License-Identifier: MIT
#include "ui/reportcharts/scatterpoints.h"

#include "ui/samplerowsloader.h"

#include <vector>

namespace evalbench {

ScatterPoints scatterPoints(const SampleRows& rows, int xMetricColumn, int yMetricColumn, int cap)
{
    ScatterPoints result;
    const qsizetype metrics = rows.metrics.size();
    if (xMetricColumn < 0 || yMetricColumn < 0 || xMetricColumn >= metrics || yMetricColumn >= metrics)
        return result;
    std::vector<qsizetype> candidates;
    for (qsizetype row = 0; row < qsizetype(rows.rows.size()); ++row) {
        if (rows.statuses[size_t(rows.cell(row, xMetricColumn))] == CellStatus::Value
            && rows.statuses[size_t(rows.cell(row, yMetricColumn))] == CellStatus::Value)
            candidates.push_back(row);
    }
    result.total = qsizetype(candidates.size());
    const qsizetype shown = cap > 0 && result.total > cap ? cap : result.total;
    result.points.reserve(shown);
    result.sampleIndexes.reserve(shown);
    for (qsizetype k = 0; k < shown; ++k) {
        // k * total / shown: evenly spaced, first candidate always kept, deterministic.
        const qsizetype row = candidates[size_t(k * result.total / shown)];
        result.points.append(QPointF(
            rows.values[size_t(rows.cell(row, xMetricColumn))], rows.values[size_t(rows.cell(row, yMetricColumn))]));
        result.sampleIndexes.append(rows.rows[size_t(row)].index);
    }
    return result;
}

} // namespace evalbench

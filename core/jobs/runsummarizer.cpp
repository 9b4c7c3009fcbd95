// SPDX-License-Identifier: MIT
#include "jobs/runsummarizer.h"

namespace evalbench {

std::optional<double> runWeightedScore(const QMap<QString, MetricSummary>& summary, const RunSettings& settings)
{
    double sum = 0;
    double weights = 0;
    for (auto it = summary.cbegin(); it != summary.cend(); ++it) {
        const double weight = settings.weightOf(it.key());
        if (it->scored == 0 || weight <= 0)
            continue;
        sum += weight * it->mean;
        weights += weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return sum / weights;
}

} // namespace evalbench

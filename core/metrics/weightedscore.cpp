// SPDX-License-Identifier: MIT
#include "metrics/weightedscore.h"

namespace evalbench {

std::optional<double> weightedScore(const QList<MetricScore>& scores, const RunSettings& settings)
{
    double sum = 0;
    double weightSum = 0;
    for (const MetricScore& score : scores) {
        if (!score.hasValue())
            continue;
        const double weight = settings.weightOf(score.metric);
        if (weight <= 0)
            continue;
        sum += weight * score.value;
        weightSum += weight;
    }
    if (weightSum <= 0)
        return std::nullopt;
    return sum / weightSum;
}

} // namespace evalbench

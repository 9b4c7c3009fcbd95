// SPDX-License-Identifier: MIT
#pragma once

#include "common/metricscore.h"
#include "common/runrecord.h"

#include <optional>

#include <QList>

namespace evalbench {

// CONTRACTS: the weighted mean of the metrics that have a value (default weights
// equal); skipped and NaN metrics are left out. nullopt when none has a value.
std::optional<double> weightedScore(const QList<MetricScore>& scores, const RunSettings& settings);

} // namespace evalbench

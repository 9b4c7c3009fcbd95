// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"

#include <optional>

#include <QMap>
#include <QString>

namespace evalbench {

// The run-level weighted score: the weighted mean of the metric averages that
// have at least one scored sample (CONTRACTS), nullopt when none has.
std::optional<double> runWeightedScore(const QMap<QString, MetricSummary>& summary, const RunSettings& settings);

} // namespace evalbench

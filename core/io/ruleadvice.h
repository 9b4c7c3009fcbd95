// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"

#include <QString>

namespace evalbench {

// optimization_advice.md without a judge: rules that turn the weakest metrics
// and the skipped / NaN counts into concrete next steps.
class RuleAdvice
{
public:
    static QString render(const RunRecord& run);
    // Below this mean a metric is called weak.
    static constexpr double kWeakThreshold = 0.6;
};

} // namespace evalbench

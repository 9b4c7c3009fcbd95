// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/ml/cocoaccumulate.h"
#include "metrics/ml/detectiontypes.h"

#include <array>
#include <optional>

namespace evalbench::ml {

// COCOeval.summarize()'s 12 stats (-1 when no category has a value).
std::array<double, kCocoStatCount> cocoSummarize(const CocoAccumulation& acc, const CocoParams& params);

// One _summarize() call: mean of precision (ap = true) or recall over the entries > -1,
// restricted to one IoU threshold index (or all), one area index, one maxDets index and
// optionally one category index.
double cocoSummaryValue(const CocoAccumulation& acc, bool ap, std::optional<std::size_t> iou, std::size_t area,
    std::size_t maxDets, std::optional<std::size_t> category = std::nullopt);

} // namespace evalbench::ml

// SPDX-License-Identifier: MIT
#include "metrics/ml/cocosummarize.h"

#include "metrics/ml/numpysum.h"

#include <vector>

namespace evalbench::ml {

const char* cocoStatName(CocoStat stat)
{
    static constexpr const char* names[kCocoStatCount] = { "AP", "AP50", "AP75", "APs", "APm", "APl", "AR1", "AR10",
        "AR100", "ARs", "ARm", "ARl" };
    return names[static_cast<std::size_t>(stat)];
}

double cocoSummaryValue(const CocoAccumulation& acc, bool ap, std::optional<std::size_t> iou, std::size_t area,
    std::size_t maxDets, std::optional<std::size_t> category)
{
    // np.mean(s[s > -1]) walks s in C order (t, r, k); the sum is numpy's pairwise one.
    std::vector<double> kept;
    const std::size_t tBegin = iou ? *iou : 0;
    const std::size_t tEnd = iou ? *iou + 1 : acc.T;
    const std::size_t kBegin = category ? *category : 0;
    const std::size_t kEnd = category ? *category + 1 : acc.K;
    for (std::size_t t = tBegin; t < tEnd; ++t) {
        if (ap) {
            for (std::size_t r = 0; r < acc.R; ++r) {
                for (std::size_t k = kBegin; k < kEnd; ++k) {
                    const double v = acc.precisionAt(t, r, k, area, maxDets);
                    if (v > -1)
                        kept.push_back(v);
                }
            }
        } else {
            for (std::size_t k = kBegin; k < kEnd; ++k) {
                const double v = acc.recallAt(t, k, area, maxDets);
                if (v > -1)
                    kept.push_back(v);
            }
        }
    }
    if (kept.empty())
        return -1.0;
    return numpySum(kept.size(), [&](std::size_t i) { return kept[i]; }) / static_cast<double>(kept.size());
}

std::array<double, kCocoStatCount> cocoSummarize(const CocoAccumulation& acc, const CocoParams& params)
{
    // np.where(iouThr == p.iouThrs): an exact comparison, so only .5 and .75 are ever used.
    auto iouIndex = [&](double thr) -> std::optional<std::size_t> {
        for (std::size_t t = 0; t < params.iouThresholds.size(); ++t) {
            if (params.iouThresholds[t] == thr)
                return t;
        }
        return std::nullopt;
    };
    auto maxDetIndex = [&](int n) -> std::size_t {
        for (std::size_t m = 0; m < params.maxDets.size(); ++m) {
            if (params.maxDets[m] == n)
                return m;
        }
        return params.maxDets.size() - 1;
    };
    const std::size_t m100 = maxDetIndex(100);
    std::array<double, kCocoStatCount> s {};
    s[0] = cocoSummaryValue(acc, true, std::nullopt, 0, m100);
    const auto t50 = iouIndex(0.5);
    const auto t75 = iouIndex(0.75);
    s[1] = t50 ? cocoSummaryValue(acc, true, t50, 0, m100) : -1.0;
    s[2] = t75 ? cocoSummaryValue(acc, true, t75, 0, m100) : -1.0;
    s[3] = cocoSummaryValue(acc, true, std::nullopt, 1, m100);
    s[4] = cocoSummaryValue(acc, true, std::nullopt, 2, m100);
    s[5] = cocoSummaryValue(acc, true, std::nullopt, 3, m100);
    s[6] = cocoSummaryValue(acc, false, std::nullopt, 0, maxDetIndex(1));
    s[7] = cocoSummaryValue(acc, false, std::nullopt, 0, maxDetIndex(10));
    s[8] = cocoSummaryValue(acc, false, std::nullopt, 0, m100);
    s[9] = cocoSummaryValue(acc, false, std::nullopt, 1, m100);
    s[10] = cocoSummaryValue(acc, false, std::nullopt, 2, m100);
    s[11] = cocoSummaryValue(acc, false, std::nullopt, 3, m100);
    return s;
}

} // namespace evalbench::ml

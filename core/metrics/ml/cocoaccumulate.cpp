// SPDX-License-Identifier: MIT
#include "metrics/ml/cocoaccumulate.h"

#include <algorithm>
#include <limits>

namespace evalbench::ml {

namespace {

struct RankedSlot
{
    double score;
    std::uint32_t slot;
    std::uint32_t rank; // position inside its (image, category) list, best score first
};

} // namespace

CocoAccumulation cocoAccumulate(const CocoEvaluation& ev)
{
    const CocoParams& p = ev.params;
    CocoAccumulation acc;
    acc.T = p.iouThresholds.size();
    acc.R = p.recallThresholds.size();
    acc.K = ev.categoryIds.size();
    acc.A = p.areaRanges.size();
    acc.M = p.maxDets.size();
    acc.precision.assign(acc.T * acc.R * acc.K * acc.A * acc.M, -1.0);
    acc.recall.assign(acc.T * acc.K * acc.A * acc.M, -1.0);
    constexpr double spacing1 = std::numeric_limits<double>::epsilon(); // np.spacing(1)

    std::vector<RankedSlot> ranked;
    std::vector<std::uint32_t> kept;
    std::vector<double> rc, pr;
    for (std::size_t k = 0; k < acc.K; ++k) {
        const auto& pairs = ev.pairsByCategory[k];
        if (pairs.empty())
            continue; // every evalImg is None: stays -1
        // pycocotools concatenates the images' detections in image-id order and sorts by -score
        // with a stable mergesort: ties go to the lower image id, then the better rank. The order
        // is the same for every area and maxDets, so it is built once per category.
        ranked.clear();
        for (const auto& pair : pairs) {
            for (std::uint32_t j = 0; j < pair.detectionCount; ++j)
                ranked.push_back({ ev.slotScores[pair.firstSlot + j], pair.firstSlot + j, j });
        }
        std::stable_sort(
            ranked.begin(), ranked.end(), [](const RankedSlot& a, const RankedSlot& b) { return a.score > b.score; });

        for (std::size_t a = 0; a < acc.A; ++a) {
            std::int64_t npig = 0;
            for (const auto& pair : pairs)
                npig += pair.nonIgnoredGt[a];
            if (npig == 0)
                continue;
            for (std::size_t m = 0; m < acc.M; ++m) {
                const auto maxDet = static_cast<std::uint32_t>(p.maxDets[m]);
                kept.clear();
                for (const RankedSlot& r : ranked) {
                    if (r.rank < maxDet)
                        kept.push_back(r.slot);
                }
                const std::size_t nd = kept.size();
                for (std::size_t t = 0; t < acc.T; ++t) {
                    const std::uint8_t* outcome = ev.outcomes.data() + ev.outcomeIndex(a, t, 0);
                    rc.resize(nd);
                    pr.resize(nd);
                    double tp = 0.0, fp = 0.0; // cumsum(...).astype(float): exact integers
                    for (std::size_t i = 0; i < nd; ++i) {
                        const std::uint8_t o = outcome[kept[i]];
                        if (o == CocoEvaluation::TruePositive)
                            tp += 1.0;
                        else if (o == CocoEvaluation::FalsePositive)
                            fp += 1.0;
                        rc[i] = tp / static_cast<double>(npig);
                        pr[i] = tp / (fp + tp + spacing1);
                    }
                    acc.recallAt(t, k, a, m) = nd ? rc[nd - 1] : 0.0;
                    // The precision envelope, made monotone from the right.
                    for (std::size_t i = nd; i-- > 1;) {
                        if (pr[i] > pr[i - 1])
                            pr[i - 1] = pr[i];
                    }
                    // searchsorted(rc, recThrs, side='left'); past the last recall the value stays 0.
                    std::size_t pi = 0;
                    for (std::size_t r = 0; r < acc.R; ++r) {
                        const double thr = p.recallThresholds[r];
                        while (pi < nd && rc[pi] < thr)
                            ++pi;
                        acc.precisionAt(t, r, k, a, m) = pi < nd ? pr[pi] : 0.0;
                    }
                }
            }
        }
    }
    return acc;
}

} // namespace evalbench::ml

// SPDX-License-Identifier: MIT
#include "metrics/ml/cocoevaluate.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace evalbench::ml {

double cocoBoxIou(const BoxXywh& dt, const BoxXywh& gt, bool crowd)
{
    // Same expressions, in the same order, as bbIou in maskApi.c.
    const double ga = gt.w * gt.h;
    const double da = dt.w * dt.h;
    const double w = std::fmin(dt.w + dt.x, gt.w + gt.x) - std::fmax(dt.x, gt.x);
    if (w <= 0)
        return 0.0;
    const double h = std::fmin(dt.h + dt.y, gt.h + gt.y) - std::fmax(dt.y, gt.y);
    if (h <= 0)
        return 0.0;
    const double i = w * h;
    const double u = crowd ? da : da + ga - i;
    return i / u;
}

namespace {

struct Keyed
{
    std::uint64_t key; // category index · images + image index
    std::uint32_t index;
    bool operator<(const Keyed& o) const { return key != o.key ? key < o.key : index < o.index; }
};

template <typename T> std::unordered_map<std::int64_t, std::int32_t> indexOf(const std::vector<T>& sortedIds)
{
    std::unordered_map<std::int64_t, std::int32_t> map;
    map.reserve(sortedIds.size() * 2);
    for (std::size_t i = 0; i < sortedIds.size(); ++i)
        map.emplace(sortedIds[i], static_cast<std::int32_t>(i));
    return map;
}

// Groups items by (category, image), file order inside a group; drops unknown ids.
template <typename Item>
std::vector<Keyed> groupByPair(const std::vector<Item>& items,
    const std::unordered_map<std::int64_t, std::int32_t>& images,
    const std::unordered_map<std::int64_t, std::int32_t>& categories)
{
    std::vector<Keyed> keyed;
    keyed.reserve(items.size());
    const auto imageCount = static_cast<std::uint64_t>(images.size());
    for (std::size_t n = 0; n < items.size(); ++n) {
        const auto img = images.find(items[n].imageId);
        const auto cat = categories.find(items[n].categoryId);
        if (img == images.end() || cat == categories.end())
            continue;
        keyed.push_back(
            { static_cast<std::uint64_t>(cat->second) * imageCount + static_cast<std::uint64_t>(img->second),
                static_cast<std::uint32_t>(n) });
    }
    std::sort(keyed.begin(), keyed.end());
    return keyed;
}

// Scratch space reused across (image, category) pairs.
struct PairScratch
{
    std::vector<std::uint32_t> dets, gts, gtOrder;
    std::vector<double> ious; // [det][gt in file order]
    std::vector<std::uint8_t> gtIgnore, gtMatched;
};

} // namespace

CocoEvaluation cocoEvaluate(const DetectionDataset& data, const CocoParams& params)
{
    CocoEvaluation ev;
    ev.params = params;
    ev.imageIds = data.imageIds;
    std::sort(ev.imageIds.begin(), ev.imageIds.end());
    ev.imageIds.erase(std::unique(ev.imageIds.begin(), ev.imageIds.end()), ev.imageIds.end());
    for (const auto& c : data.categories)
        ev.categoryIds.push_back(c.id);
    std::sort(ev.categoryIds.begin(), ev.categoryIds.end());
    ev.categoryIds.erase(std::unique(ev.categoryIds.begin(), ev.categoryIds.end()), ev.categoryIds.end());

    const auto images = indexOf(ev.imageIds);
    const auto categories = indexOf(ev.categoryIds);
    const std::vector<Keyed> gtKeys = groupByPair(data.groundTruth, images, categories);
    const std::vector<Keyed> dtKeys = groupByPair(data.detections, images, categories);
    const std::size_t K = ev.categoryIds.size();
    const std::size_t T = params.iouThresholds.size();
    const std::size_t A = params.areaRanges.size();
    const auto maxDet = static_cast<std::size_t>(*std::max_element(params.maxDets.begin(), params.maxDets.end()));
    const auto imageCount = static_cast<std::uint64_t>(ev.imageIds.size());
    ev.pairsByCategory.resize(K);
    ev.gtCountByCategory.assign(K, 0);
    ev.detCountByCategory.assign(K, 0);

    // Pass 1: the pairs and how many detections each keeps, so outcomes can be one flat array.
    struct PairRange
    {
        std::uint64_t key;
        std::size_t gtBegin, gtEnd, dtBegin, dtEnd;
    };
    std::vector<PairRange> ranges;
    std::size_t slots = 0;
    for (std::size_t g = 0, d = 0; g < gtKeys.size() || d < dtKeys.size();) {
        const std::uint64_t key =
            std::min(g < gtKeys.size() ? gtKeys[g].key : UINT64_MAX, d < dtKeys.size() ? dtKeys[d].key : UINT64_MAX);
        PairRange r { key, g, g, d, d };
        while (r.gtEnd < gtKeys.size() && gtKeys[r.gtEnd].key == key)
            ++r.gtEnd;
        while (r.dtEnd < dtKeys.size() && dtKeys[r.dtEnd].key == key)
            ++r.dtEnd;
        g = r.gtEnd;
        d = r.dtEnd;
        slots += std::min(r.dtEnd - r.dtBegin, maxDet);
        ranges.push_back(r);
    }
    ev.slotScores.resize(slots);
    ev.outcomes.assign(A * T * slots, CocoEvaluation::FalsePositive);

    PairScratch s;
    std::uint32_t nextSlot = 0;
    for (const PairRange& r : ranges) {
        const auto k = static_cast<std::size_t>(r.key / imageCount);
        CocoEvaluation::Pair pair;
        pair.image = static_cast<std::int32_t>(r.key % imageCount);
        pair.firstSlot = nextSlot;

        s.gts.clear();
        for (std::size_t n = r.gtBegin; n < r.gtEnd; ++n)
            s.gts.push_back(gtKeys[n].index);
        s.dets.clear();
        for (std::size_t n = r.dtBegin; n < r.dtEnd; ++n)
            s.dets.push_back(dtKeys[n].index);
        // np.argsort(-score, kind='mergesort'): stable, so equal scores keep file order.
        std::stable_sort(s.dets.begin(), s.dets.end(),
            [&](std::uint32_t a, std::uint32_t b) { return data.detections[a].score > data.detections[b].score; });
        ev.detCountByCategory[k] += static_cast<std::int64_t>(s.dets.size());
        if (s.dets.size() > maxDet)
            s.dets.resize(maxDet);
        const std::size_t D = s.dets.size();
        const std::size_t G = s.gts.size();
        pair.detectionCount = static_cast<std::uint32_t>(D);
        for (std::size_t j = 0; j < D; ++j)
            ev.slotScores[nextSlot + j] = data.detections[s.dets[j]].score;
        for (std::uint32_t gi : s.gts)
            ev.gtCountByCategory[k] += data.groundTruth[gi].crowd ? 0 : 1;

        s.ious.resize(D * G);
        for (std::size_t j = 0; j < D; ++j) {
            for (std::size_t g = 0; g < G; ++g) {
                const GroundTruthBox& gt = data.groundTruth[s.gts[g]];
                s.ious[j * G + g] = cocoBoxIou(data.detections[s.dets[j]].box, gt.box, gt.crowd);
            }
        }

        for (std::size_t a = 0; a < A; ++a) {
            const double lo = params.areaRanges[a][0];
            const double hi = params.areaRanges[a][1];
            // _prepare sets gt['ignore'] = iscrowd (overwriting any `ignore` field); evaluateImg
            // adds GT outside the area range, then sorts ignored GT last (stable).
            s.gtIgnore.resize(G);
            s.gtOrder.clear();
            std::int32_t nonIgnored = 0;
            for (std::size_t g = 0; g < G; ++g) {
                const GroundTruthBox& gt = data.groundTruth[s.gts[g]];
                s.gtIgnore[g] = (gt.crowd || gt.area < lo || gt.area > hi) ? 1 : 0;
                if (!s.gtIgnore[g]) {
                    s.gtOrder.push_back(static_cast<std::uint32_t>(g));
                    ++nonIgnored;
                }
            }
            for (std::size_t g = 0; g < G; ++g) {
                if (s.gtIgnore[g])
                    s.gtOrder.push_back(static_cast<std::uint32_t>(g));
            }
            pair.nonIgnoredGt[a] = nonIgnored;

            for (std::size_t t = 0; t < T; ++t) {
                s.gtMatched.assign(G, 0);
                std::uint8_t* out = ev.outcomes.data() + ev.outcomeIndex(a, t, pair.firstSlot);
                for (std::size_t j = 0; j < D; ++j) {
                    double best = std::min(params.iouThresholds[t], 1 - 1e-10);
                    std::ptrdiff_t m = -1; // position in gtOrder
                    for (std::size_t o = 0; o < G; ++o) {
                        const std::uint32_t g = s.gtOrder[o];
                        const bool crowd = data.groundTruth[s.gts[g]].crowd;
                        if (s.gtMatched[g] && !crowd) // crowd GT can absorb any number of detections
                            continue;
                        // Once matched to a regular GT, never move to an ignored one (they sort last).
                        if (m > -1 && !s.gtIgnore[s.gtOrder[static_cast<std::size_t>(m)]] && s.gtIgnore[g])
                            break;
                        if (s.ious[j * G + g] < best) // `<`: an equal IoU later in the list wins
                            continue;
                        best = s.ious[j * G + g];
                        m = static_cast<std::ptrdiff_t>(o);
                    }
                    bool matched = false; // pycocotools' dtm != 0
                    bool ignored = false;
                    if (m > -1) {
                        const std::uint32_t g = s.gtOrder[static_cast<std::size_t>(m)];
                        s.gtMatched[g] = 1;
                        ignored = s.gtIgnore[g] != 0;
                        // dtm stores the GT's id and 0 means "unmatched", so a match to a GT
                        // with id 0 counts as unmatched (a pycocotools quirk kept on purpose).
                        matched = data.groundTruth[s.gts[g]].id != 0;
                    }
                    if (!matched) {
                        const BoxXywh& b = data.detections[s.dets[j]].box;
                        const double area = b.w * b.h; // loadRes: area = w·h
                        if (area < lo || area > hi)
                            ignored = true;
                    }
                    out[j] = ignored ? CocoEvaluation::Ignored
                                     : (matched ? CocoEvaluation::TruePositive : CocoEvaluation::FalsePositive);
                }
            }
        }
        nextSlot += static_cast<std::uint32_t>(D);
        ev.pairsByCategory[k].push_back(pair);
    }
    return ev;
}

} // namespace evalbench::ml

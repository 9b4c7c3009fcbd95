// SPDX-License-Identifier: MIT
#include "metrics/ml/vocap.h"

#include "metrics/ml/numpysum.h"

#include <algorithm>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace evalbench::ml {

namespace {

double iouXyxy(const BoxXywh& a, const BoxXywh& b)
{
    const double ax2 = a.x + a.w, ay2 = a.y + a.h, bx2 = b.x + b.w, by2 = b.y + b.h;
    const double iw = std::min(ax2, bx2) - std::max(a.x, b.x);
    const double ih = std::min(ay2, by2) - std::max(a.y, b.y);
    const double inter = (iw > 0 && ih > 0) ? iw * ih : 0.0;
    const double ua = (ax2 - a.x) * (ay2 - a.y) + (bx2 - b.x) * (by2 - b.y) - inter;
    return inter / ua;
}

} // namespace

std::vector<VocCategoryAp> vocAveragePrecision(const DetectionDataset& data, double iouThreshold)
{
    std::unordered_set<std::int64_t> images(data.imageIds.begin(), data.imageIds.end());
    std::vector<std::int64_t> categoryIds;
    for (const auto& c : data.categories)
        categoryIds.push_back(c.id);
    std::sort(categoryIds.begin(), categoryIds.end());
    categoryIds.erase(std::unique(categoryIds.begin(), categoryIds.end()), categoryIds.end());
    std::unordered_map<std::int64_t, std::size_t> catIndex;
    for (std::size_t k = 0; k < categoryIds.size(); ++k)
        catIndex.emplace(categoryIds[k], k);

    // GT per (category, image), in file order.
    std::vector<std::unordered_map<std::int64_t, std::vector<std::uint32_t>>> gtByImage(categoryIds.size());
    std::vector<std::vector<std::uint32_t>> detsByCat(categoryIds.size());
    std::vector<VocCategoryAp> out(categoryIds.size());
    for (std::size_t k = 0; k < categoryIds.size(); ++k)
        out[k].categoryId = categoryIds[k];
    for (std::uint32_t n = 0; n < data.groundTruth.size(); ++n) {
        const auto& g = data.groundTruth[n];
        const auto c = catIndex.find(g.categoryId);
        if (c == catIndex.end() || !images.contains(g.imageId))
            continue;
        gtByImage[c->second][g.imageId].push_back(n);
        if (!g.crowd)
            ++out[c->second].groundTruthCount;
    }
    for (std::uint32_t n = 0; n < data.detections.size(); ++n) {
        const auto& d = data.detections[n];
        const auto c = catIndex.find(d.categoryId);
        if (c == catIndex.end() || !images.contains(d.imageId))
            continue;
        detsByCat[c->second].push_back(n);
    }

    std::vector<double> tp, fp, mrec, mpre;
    std::unordered_map<std::int64_t, std::vector<std::uint8_t>> taken;
    for (std::size_t k = 0; k < categoryIds.size(); ++k) {
        VocCategoryAp& res = out[k];
        auto& dets = detsByCat[k];
        res.detectionCount = static_cast<std::int64_t>(dets.size());
        if (res.groundTruthCount == 0)
            continue;
        std::stable_sort(dets.begin(), dets.end(),
            [&](std::uint32_t a, std::uint32_t b) { return data.detections[a].score > data.detections[b].score; });
        taken.clear();
        tp.assign(dets.size(), 0.0);
        fp.assign(dets.size(), 0.0);
        for (std::size_t i = 0; i < dets.size(); ++i) {
            const DetectionBox& d = data.detections[dets[i]];
            const auto it = gtByImage[k].find(d.imageId);
            if (it == gtByImage[k].end()) {
                fp[i] = 1.0;
                continue;
            }
            const auto& gts = it->second;
            std::size_t best = 0;
            double bestIou = -std::numeric_limits<double>::infinity();
            for (std::size_t g = 0; g < gts.size(); ++g) {
                const double iou = iouXyxy(d.box, data.groundTruth[gts[g]].box);
                if (iou > bestIou) { // np.argmax: the first maximum
                    bestIou = iou;
                    best = g;
                }
            }
            auto& t = taken[d.imageId];
            t.resize(gts.size(), 0);
            if (bestIou >= iouThreshold && data.groundTruth[gts[best]].crowd)
                continue; // "difficult": neither TP nor FP
            if (bestIou >= iouThreshold && !t[best]) {
                tp[i] = 1.0;
                t[best] = 1;
            } else {
                fp[i] = 1.0;
            }
        }
        // Cumulative precision / recall, padded like the VOC devkit: recall 0 … 1, precision 0 … 0.
        const double npos = static_cast<double>(res.groundTruthCount);
        mrec.assign(1, 0.0);
        mpre.assign(1, 0.0);
        double ctp = 0.0, cfp = 0.0;
        for (std::size_t i = 0; i < dets.size(); ++i) {
            ctp += tp[i];
            cfp += fp[i];
            mrec.push_back(ctp / npos);
            mpre.push_back(ctp / std::max(ctp + cfp, std::numeric_limits<double>::epsilon()));
        }
        res.truePositives = static_cast<std::int64_t>(ctp);
        mrec.push_back(1.0);
        mpre.push_back(0.0);
        for (std::size_t i = mpre.size() - 1; i-- > 0;)
            mpre[i] = std::max(mpre[i], mpre[i + 1]);
        std::vector<double> terms;
        for (std::size_t i = 0; i + 1 < mrec.size(); ++i) {
            if (mrec[i + 1] != mrec[i])
                terms.push_back((mrec[i + 1] - mrec[i]) * mpre[i + 1]);
        }
        res.ap = numpySum(terms.size(), [&](std::size_t i) { return terms[i]; });
    }
    return out;
}

double vocMeanAp(const std::vector<VocCategoryAp>& perCategory)
{
    std::vector<double> aps;
    for (const auto& c : perCategory) {
        if (c.groundTruthCount > 0)
            aps.push_back(c.ap);
    }
    if (aps.empty())
        return -1.0;
    return numpySum(aps.size(), [&](std::size_t i) { return aps[i]; }) / static_cast<double>(aps.size());
}

} // namespace evalbench::ml

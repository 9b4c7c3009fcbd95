// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/ml/cocoparams.h"
#include "metrics/ml/detectiontypes.h"

#include <cstdint>
#include <vector>

namespace evalbench::ml {

// What COCOeval.evaluate() leaves in evalImgs, stored compactly: instead of one dict per
// (category, area, image) with T×D float matrices, one byte per (area, IoU threshold, kept
// detection). Only (category, image) pairs that have GT or detections exist, as in pycocotools
// where the others are None.
struct CocoEvaluation
{
    enum Outcome : std::uint8_t
    {
        FalsePositive = 0,
        TruePositive = 1,
        Ignored = 2
    };

    struct Pair
    {
        std::int32_t image = 0; // index into the sorted image ids
        std::uint32_t firstSlot = 0; // kept detections, best score first
        std::uint32_t detectionCount = 0;
        std::array<std::int32_t, 4> nonIgnoredGt {}; // per area range
    };

    CocoParams params;
    std::vector<std::int64_t> imageIds; // sorted, unique (p.imgIds)
    std::vector<std::int64_t> categoryIds; // sorted, unique (p.catIds)
    std::vector<std::vector<Pair>> pairsByCategory; // each in ascending image order
    std::vector<double> slotScores;
    std::vector<std::uint8_t> outcomes; // index outcomeIndex(area, iou, slot)
    std::vector<std::int64_t> gtCountByCategory; // non-crowd GT boxes in evaluated images
    std::vector<std::int64_t> detCountByCategory; // detections in evaluated images

    std::size_t slotCount() const { return slotScores.size(); }
    std::size_t outcomeIndex(std::size_t area, std::size_t iou, std::size_t slot) const
    {
        return (area * params.iouThresholds.size() + iou) * slotCount() + slot;
    }
};

// COCOeval.evaluate() for iouType "bbox" with useCats: per image and category, detections sorted
// by score (stable), the top maxDets[-1] kept, IoU as maskApi.c's bbIou, then greedy matching per
// area range and IoU threshold. Detections and GT of images or categories outside the dataset's
// lists are left out, as pycocotools' getAnnIds(imgIds, catIds) leaves them out.
CocoEvaluation cocoEvaluate(const DetectionDataset& data, const CocoParams& params = CocoParams::defaults());

// maskApi.c bbIou for one pair; for a crowd GT the union is the detection's area.
double cocoBoxIou(const BoxXywh& dt, const BoxXywh& gt, bool crowd);

} // namespace evalbench::ml

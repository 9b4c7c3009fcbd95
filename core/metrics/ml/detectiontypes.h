// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace evalbench::ml {

// A box in COCO's convention: top-left corner, width, height (continuous pixel coordinates).
struct BoxXywh
{
    double x = 0.0;
    double y = 0.0;
    double w = 0.0;
    double h = 0.0;
};

struct GroundTruthBox
{
    std::int64_t id = 0; // annotation id; pycocotools treats id 0 as "unmatched"
    std::int64_t imageId = 0;
    std::int64_t categoryId = 0;
    BoxXywh box;
    double area = 0.0; // the annotation's `area` field: it, not w·h, decides the area range
    bool crowd = false;
};

struct DetectionBox
{
    std::int64_t imageId = 0;
    std::int64_t categoryId = 0;
    BoxXywh box;
    double score = 0.0;
};

struct DetectionCategory
{
    std::int64_t id = 0;
    std::string name;
};

// One evaluation's input, as COCO(gt) + loadRes(detections) see it. Detections keep file order
// (it breaks score ties) and get the ids pycocotools gives them: index + 1.
struct DetectionDataset
{
    std::vector<std::int64_t> imageIds; // the images that are evaluated (gt.json's `images`)
    std::vector<DetectionCategory> categories;
    std::vector<GroundTruthBox> groundTruth;
    std::vector<DetectionBox> detections;
};

struct DetectionParams
{
    double vocIouThreshold = 0.5; // param `iou_threshold` of the VOC-style AP
};

// The 12 COCOeval.summarize() stats, in pycocotools' order.
enum class CocoStat
{
    AP,
    AP50,
    AP75,
    APs,
    APm,
    APl,
    AR1,
    AR10,
    AR100,
    ARs,
    ARm,
    ARl
};
inline constexpr std::size_t kCocoStatCount = 12;
const char* cocoStatName(CocoStat stat);

struct CategoryDetectionStats
{
    std::int64_t categoryId = 0;
    std::string name;
    std::int64_t groundTruthCount = 0; // non-crowd boxes in evaluated images
    std::int64_t detectionCount = 0;
    double ap = -1.0; // IoU .50:.95, area all, maxDets 100; -1 when the category has no GT
    double ap50 = -1.0; // IoU .50
    double ap75 = -1.0; // IoU .75
    double ar100 = -1.0; // recall, IoU .50:.95, area all, maxDets 100
    double vocAp = -1.0; // all-point VOC AP at DetectionParams::vocIouThreshold
    // Precision at each of the 101 recall thresholds (area all, maxDets 100): at IoU .50 and
    // averaged over the 10 IoU thresholds. Empty when the category has no GT.
    std::vector<double> precisionAt50;
    std::vector<double> precisionAveraged;
};

struct DetectionReport
{
    std::array<double, kCocoStatCount> stats {};
    double vocMap = -1.0; // mean VOC AP over categories with GT
    double vocIouThreshold = 0.5;
    std::vector<double> recallThresholds; // x axis of the precision curves
    std::vector<CategoryDetectionStats> perCategory; // sorted by category id
    std::int64_t imageCount = 0;
    std::int64_t groundTruthCount = 0;
    std::int64_t detectionCount = 0;
    double stat(CocoStat s) const { return stats[static_cast<std::size_t>(s)]; }
};

} // namespace evalbench::ml

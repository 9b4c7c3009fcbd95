// SPDX-License-Identifier: MIT
#pragma once

#include "io/labelcsvresult.h"
#include "metrics/ml/detectiontypes.h"

#include <optional>
#include <string_view>

#include <QString>

namespace evalbench::ml {

// How the boxes of the flat lists are written (param `bbox_format`).
enum class BoxFormat
{
    Xywh,
    Xyxy
};
std::optional<BoxFormat> parseBoxFormat(std::string_view name); // "xywh" | "xyxy"

// Loads detection ground truth and predictions.
//
// gtPath is either a COCO instances object (`images`, `annotations` with bbox/area/iscrowd,
// `categories`), whose boxes are always [x,y,w,h] as COCO defines them, or a flat list
// [{image_id, category_id, bbox[, id, area, iscrowd]}] whose boxes follow `format`; for a flat
// list the evaluated images are the union of the image ids of both files, the categories those
// of the GT, a missing `area` is w·h and a missing `id` is the row number + 1.
// predPath is a COCO results list [{image_id, category_id, bbox, score}] in `format`.
// xyxy boxes are converted on load (w = x2 − x1, in double).
//
// Errors: MISSING_FILE; PARSE_ERROR (not JSON); BAD_FORMAT (a missing or mistyped field, named
// with its index); MISMATCH (detections on images that gt.json does not list — pycocotools'
// loadRes refuses those too).
Loaded<DetectionDataset> loadDetectionJson(
    const QString& gtPath, const QString& predPath, BoxFormat format = BoxFormat::Xywh);

} // namespace evalbench::ml

// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/ml/detectiontypes.h"

namespace evalbench::ml {

// detection_map: pycocotools COCOeval (bbox) evaluate + accumulate + summarize, per-category
// AP / AP50 / AP75 / AR100 and precision curves, plus a VOC-style AP per category and its mean.
DetectionReport computeDetection(const DetectionDataset& data, const DetectionParams& params = {});

} // namespace evalbench::ml

// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/ml/detectiontypes.h"

#include <cstdint>
#include <vector>

namespace evalbench::ml {

struct VocCategoryAp
{
    std::int64_t categoryId = 0;
    std::int64_t groundTruthCount = 0; // non-crowd GT boxes
    std::int64_t detectionCount = 0;
    std::int64_t truePositives = 0;
    double ap = -1.0; // -1 when the category has no GT
};

// VOC2010+ style AP per category at one IoU threshold: every detection of the class (no
// per-image cap), best score first, takes the GT of its image with the highest IoU (x1y1x2y2,
// no +1 pixel); a TP if that IoU ≥ threshold and the GT is still free, otherwise an FP (no
// fall-back to another GT). AP is the area under the monotone precision envelope. Crowd GT act
// like VOC's "difficult" boxes: not counted, and a detection whose best GT is one is neither TP
// nor FP. Only images and categories listed in the dataset take part.
std::vector<VocCategoryAp> vocAveragePrecision(const DetectionDataset& data, double iouThreshold);

// Mean over the categories that have GT; -1 if none has.
double vocMeanAp(const std::vector<VocCategoryAp>& perCategory);

} // namespace evalbench::ml

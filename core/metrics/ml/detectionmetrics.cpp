// SPDX-License-Identifier: MIT
#include "metrics/ml/detectionmetrics.h"

#include "metrics/ml/cocoaccumulate.h"
#include "metrics/ml/cocoevaluate.h"
#include "metrics/ml/cocosummarize.h"
#include "metrics/ml/vocap.h"

#include <algorithm>

namespace evalbench::ml {

DetectionReport computeDetection(const DetectionDataset& data, const DetectionParams& params)
{
    DetectionReport report;
    const CocoParams coco = CocoParams::defaults();
    const CocoEvaluation ev = cocoEvaluate(data, coco);
    const CocoAccumulation acc = cocoAccumulate(ev);
    report.stats = cocoSummarize(acc, coco);
    report.recallThresholds = coco.recallThresholds;
    report.imageCount = static_cast<std::int64_t>(ev.imageIds.size());
    report.groundTruthCount = static_cast<std::int64_t>(data.groundTruth.size());
    report.detectionCount = static_cast<std::int64_t>(data.detections.size());
    report.vocIouThreshold = params.vocIouThreshold;

    const std::vector<VocCategoryAp> voc = vocAveragePrecision(data, params.vocIouThreshold);
    report.vocMap = vocMeanAp(voc);

    const std::size_t area = 0; // "all"
    const std::size_t m100 = coco.maxDets.size() - 1;
    std::size_t t75 = 0;
    for (std::size_t t = 0; t < coco.iouThresholds.size(); ++t) {
        if (coco.iouThresholds[t] == 0.75)
            t75 = t;
    }
    for (std::size_t k = 0; k < ev.categoryIds.size(); ++k) {
        CategoryDetectionStats c;
        c.categoryId = ev.categoryIds[k];
        const auto named = std::find_if(data.categories.begin(), data.categories.end(),
            [&](const DetectionCategory& dc) { return dc.id == c.categoryId; });
        if (named != data.categories.end())
            c.name = named->name;
        c.groundTruthCount = ev.gtCountByCategory[k];
        c.detectionCount = ev.detCountByCategory[k];
        c.ap = cocoSummaryValue(acc, true, std::nullopt, area, m100, k);
        c.ap50 = cocoSummaryValue(acc, true, 0, area, m100, k);
        c.ap75 = cocoSummaryValue(acc, true, t75, area, m100, k);
        c.ar100 = cocoSummaryValue(acc, false, std::nullopt, area, m100, k);
        c.vocAp = voc[k].ap;
        if (acc.precisionAt(0, 0, k, area, m100) > -1) {
            c.precisionAt50.resize(acc.R);
            c.precisionAveraged.resize(acc.R);
            for (std::size_t r = 0; r < acc.R; ++r) {
                c.precisionAt50[r] = acc.precisionAt(0, r, k, area, m100);
                double sum = 0.0;
                for (std::size_t t = 0; t < acc.T; ++t)
                    sum += acc.precisionAt(t, r, k, area, m100);
                c.precisionAveraged[r] = sum / static_cast<double>(acc.T);
            }
        }
        report.perCategory.push_back(std::move(c));
    }
    return report;
}

} // namespace evalbench::ml

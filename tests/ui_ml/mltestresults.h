// SPDX-License-Identifier: MIT
#pragma once

#include "workspace/mlresultjson.h"

#include <QJsonObject>
#include <QString>

namespace evalbench::test {

// result.json objects made by the real code path: MlResultJson on reports the ml metrics compute.

// A whole result.json around a task's parts, as runBuiltinScorer assembles it.
QJsonObject resultJson(
    const MlResultParts& parts, const QString& scorer, const QString& primaryMetric, bool higherIsBetter = true);

// 10 samples: "cat" always right (4), "dog" 2 of 3, "bird" 2 of 3 (one predicted as cat).
QJsonObject handmadeClassification(std::size_t confusionLimit = 2000);
// `labels` classes, each predicted right once.
QJsonObject manyLabelsClassification(int labels);
// One sample: R² is undefined (null).
QJsonObject oneSampleRegression();
QJsonObject handmadeRegression();
// Two images, "cat" and "dog" with small boxes only (so the medium and large stats are -1), and
// "bird" without ground truth.
QJsonObject handmadeDetection();

// runBuiltinScorer on a workspace made of files from tests/data/ml/<caseDir>: gt/pred named
// `gtName`/`predName` there, copied to input/gt.<ext> and output/pred.<ext>.
QJsonObject scoreTestCase(const QString& scorerId, const QString& caseDir, const QString& gtName,
    const QString& predName, const QJsonObject& params = {});

} // namespace evalbench::test

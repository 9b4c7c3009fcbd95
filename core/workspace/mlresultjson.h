// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/ml/classification.h"
#include "metrics/ml/detectiontypes.h"
#include "metrics/ml/regression.h"

#include <QJsonObject>
#include <QJsonValue>

namespace evalbench {

// The `metrics` and `details` parts of result.json for each built-in task. Every number that is
// NaN (e.g. R² of one sample) is written as null, since JSON has no NaN.
struct MlResultParts
{
    QJsonObject metrics; // flat: metric name → number | null (AutoScorer's `metrics`)
    QJsonObject details; // per-class tables, confusion matrix, COCO stats, curves
};

class MlResultJson
{
public:
    static MlResultParts classification(const ml::ClassificationReport& report);
    static MlResultParts regression(const ml::RegressionReport& report);
    static MlResultParts detection(const ml::DetectionReport& report);
    static QJsonValue number(double value); // null for NaN and infinities
};

} // namespace evalbench

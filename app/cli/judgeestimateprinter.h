// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgeestimate.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace evalbench::cli {

// What `eval` tells about the judge: the estimate before the run (read from the
// whole dataset) and the calls, cache hits, tokens and cost after it.
class JudgeEstimatePrinter
{
public:
    static JudgeEstimate estimate(const QString& datasetPath, const QStringList& metrics, const QJsonObject& judge);
    static QString estimateText(const JudgeEstimate& estimate);
    static QString usageText(const QJsonObject& usage);
};

} // namespace evalbench::cli

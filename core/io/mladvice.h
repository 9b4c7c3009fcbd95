// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"

#include <QJsonObject>
#include <QString>

namespace evalbench {

// optimization_advice.md for an ML scoring run, from rules over its result.json: the weakest
// classes and the most confused pairs, outliers in a regression, the box sizes and categories a
// detector struggles with.
class MlAdvice
{
public:
    static QString render(const RunRecord& run, const QJsonObject& result);
};

} // namespace evalbench

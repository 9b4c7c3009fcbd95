// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"

#include <optional>

#include <QJsonObject>
#include <QString>

namespace evalbench {

// The result.json schema (CONTRACTS "AutoScorer workspaces"), checked on what a custom scorer
// writes: `summary` an object with a finite number `score`; `metrics` an object of finite
// numbers (or null); `versioning`, `timing`, `details`, `artifacts` objects when present.
// The message names the file and the field ("output/result.json: metrics.f1 is a string,
// expected a number").
class ResultSchema
{
public:
    static std::optional<EvalError> check(const QJsonObject& result, const QString& fileForMessages);
};

} // namespace evalbench

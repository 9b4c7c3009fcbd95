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
// A result may instead report the scorer's own failure, as AutoScorer's Result does: a non-null
// `error` object {code, message, stage?, details?}; check() accepts that shape.
class ResultSchema
{
public:
    static std::optional<EvalError> check(const QJsonObject& result, const QString& fileForMessages);
    // The error a (checked) result reports, if any; an unknown code becomes INTERNAL, the
    // message kept and the code in details.reported_code. Stage defaults to "scoring".
    static std::optional<EvalError> reportedError(const QJsonObject& result);
};

} // namespace evalbench

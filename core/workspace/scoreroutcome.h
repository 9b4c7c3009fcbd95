// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"

#include <optional>

#include <QJsonObject>

namespace evalbench {

// What one scorer run gives: the result.json object (CONTRACTS), or the error that stopped it
// (its stage says where: "validation", "loading", "scoring", "output").
struct ScorerOutcome
{
    std::optional<QJsonObject> result;
    EvalError error;

    bool ok() const { return result.has_value(); }
    static ScorerOutcome success(QJsonObject r) { return ScorerOutcome { std::move(r), {} }; }
    static ScorerOutcome failure(EvalError e) { return ScorerOutcome { std::nullopt, std::move(e) }; }
};

} // namespace evalbench

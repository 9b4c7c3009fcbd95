// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"

#include <optional>

namespace evalbench::ml {

// What an ML input loader returns: the data, or a user-facing error (MISSING_FILE, BAD_FORMAT,
// PARSE_ERROR, MISMATCH) whose message names the file, the line or the offending ids.
template <typename T> struct Loaded
{
    std::optional<T> value;
    EvalError error;

    bool ok() const { return value.has_value(); }
    static Loaded success(T v) { return Loaded { std::move(v), {} }; }
    static Loaded failure(ErrorCode code, QString message, QJsonObject details = {})
    {
        return Loaded { std::nullopt, EvalError { code, std::move(message), QStringLiteral("validation"), details } };
    }
    static Loaded failure(EvalError e) { return Loaded { std::nullopt, std::move(e) }; }
};

} // namespace evalbench::ml

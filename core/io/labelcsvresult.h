// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"

#include <optional>

#include <QDir>
#include <QFileInfo>
#include <QList>

namespace evalbench::ml {

// What an ML input loader returns: the data, or a user-facing error (MISSING_FILE, BAD_FORMAT,
// PARSE_ERROR, MISMATCH) whose message names the file, the line or the offending ids.
template <typename T> struct Loaded
{
    std::optional<T> value;
    EvalError error;
    // Problems that did not stop the load (e.g. predictions for ids the ground truth lacks).
    QList<EvalError> warnings;

    bool ok() const { return value.has_value(); }
    static Loaded success(T v, QList<EvalError> warnings = {})
    {
        return Loaded { std::move(v), {}, std::move(warnings) };
    }
    static Loaded failure(ErrorCode code, QString message, QJsonObject details = {})
    {
        return Loaded { std::nullopt, EvalError { code, std::move(message), QStringLiteral("validation"), details },
            {} };
    }
    static Loaded failure(EvalError e) { return Loaded { std::nullopt, std::move(e), {} }; }
};

// How messages name an input file: with its folder, as a workspace names it ("input/gt.csv",
// "output/pred.json"), so that the analyst knows which of two same-named files is meant.
inline QString shownFileName(const QString& path)
{
    const QFileInfo info(path);
    return info.dir().dirName() + QLatin1Char('/') + info.fileName();
}

} // namespace evalbench::ml

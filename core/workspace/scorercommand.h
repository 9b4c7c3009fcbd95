// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"
#include "workspace/scorerinfo.h"

#include <optional>

#include <QHash>
#include <QString>
#include <QStringList>

namespace evalbench {

// A custom scorer's command made ready to start: placeholders expanded in every argument and
// the program resolved (the scorer's own folder first, then PATH; "python" when "python3" is
// not on PATH, as on Windows).
struct ScorerCommand
{
    QString program; // absolute path
    QStringList arguments;

    // `values` maps placeholder names without braces ("workspace") to their text. A failure is
    // INTERNAL (stage "scoring") naming the program and saying to check PATH.
    static std::optional<ScorerCommand> build(
        const ScorerInfo& scorer, const QHash<QString, QString>& values, EvalError* error);

    // Replaces every {name} whose name is in `values`; other braces are kept as they are. One
    // pass, so braces inside a value (e.g. the params JSON) are never expanded again.
    static QString expand(const QString& text, const QHash<QString, QString>& values);
};

} // namespace evalbench

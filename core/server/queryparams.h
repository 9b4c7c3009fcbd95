// SPDX-License-Identifier: MIT
#pragma once

#include "server/httpproblem.h"

#include <QUrlQuery>

namespace evalbench {

// Integer query parameters with FastAPI's 422 on a bad value (loc ["query", name]).
inline int queryInt(
    const QUrlQuery& query, const QString& name, int fallback, int min, int max, FieldProblems& problems)
{
    if (!query.hasQueryItem(name))
        return fallback;
    const QString text = query.queryItemValue(name, QUrl::FullyDecoded).trimmed();
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok) {
        problems.add({ name }, QStringLiteral("value is not a valid integer"), QStringLiteral("type_error.integer"),
            QStringLiteral("query"));
        return fallback;
    }
    if (value < min || value > max) {
        problems.add({ name }, QStringLiteral("ensure this value is between %1 and %2").arg(min).arg(max),
            QStringLiteral("value_error.number.not_in_range"), QStringLiteral("query"));
        return fallback;
    }
    return value;
}

} // namespace evalbench

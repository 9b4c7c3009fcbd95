// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>

namespace evalbench {

// Dify's Python repr and json_repair leave the strings "None" and "null" where a value was
// null (dify-reference.md §1.5); the API reads them as null everywhere.
inline bool isNullLike(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return true;
    if (!value.isString())
        return false;
    const QString text = value.toString().trimmed();
    return text == QLatin1String("None") || text == QLatin1String("null");
}

inline QJsonValue nullNormalized(const QJsonValue& value)
{
    return isNullLike(value) ? QJsonValue(QJsonValue::Null) : value;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "ui/ml/mlformat.h"

#include <cmath>

#include <QLocale>

namespace evalbench::MlFormat {

QString missing()
{
    return QStringLiteral("—");
}

QString count(qint64 value)
{
    return QLocale().toString(value);
}

QString value(std::optional<double> value, bool integral)
{
    if (!value || !std::isfinite(*value))
        return missing();
    if (integral)
        return count(static_cast<qint64>(std::llround(*value)));
    return QLocale().toString(*value, 'f', 4);
}

} // namespace evalbench::MlFormat

// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

namespace evalbench {

// "a string", "a number", "an array", ... for messages like "metrics.f1 is a string, expected a number".
QString jsonTypeName(const QJsonValue& value);

} // namespace evalbench

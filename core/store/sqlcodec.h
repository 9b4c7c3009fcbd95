// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace evalbench::sqlcodec {

// How values travel between C++ and SQLite columns. Nulls stay nulls, so an
// absent field is never confused with an empty one.
QVariant text(const std::optional<QString>& value);
QVariant list(const std::optional<QStringList>& value);
QVariant json(const QJsonObject& value); // null for an empty object
QVariant json(const QJsonArray& value); // null for an empty array
QVariant number(const std::optional<double>& value);
QVariant time(const QDateTime& value); // ISO-8601 UTC, null when invalid

std::optional<QString> toText(const QVariant& value);
std::optional<QStringList> toList(const QVariant& value);
QJsonObject toObject(const QVariant& value);
QJsonArray toArray(const QVariant& value);
std::optional<double> toNumber(const QVariant& value);
QDateTime toTime(const QVariant& value);

} // namespace evalbench::sqlcodec

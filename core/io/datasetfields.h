// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QJsonArray>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace evalbench {

// The dataset keys EvalBench understands (CONTRACTS "Datasets"). GroundTruths is the list form
// of ground_truth and fills the same sample field.
enum class DatasetField
{
    Id,
    Question,
    Answer,
    Contexts,
    GroundTruth,
    GroundTruths,
    ReferenceContexts
};

// Canonical sample fields, as bits of the "fields present" set.
enum class DatasetSlot
{
    Id,
    Question,
    Answer,
    Contexts,
    GroundTruth,
    ReferenceContexts,
    Count
};

namespace DatasetFields {

std::optional<DatasetField> fieldForKey(QStringView key);
DatasetSlot slotOf(DatasetField field);
QString slotName(DatasetSlot slot); // canonical name: "id", "question", ...
QString acceptedNames(DatasetSlot slot); // "question, user_input, query"

// "a number", "a list", "an object", ... for messages.
QString describe(const QJsonValue& value);
// The same, judged from the first byte of an unparsed JSON value; empty when no JSON value starts so.
QString describeStart(char first);

// Each converter returns the error text (without file and line) when the value has the wrong shape.
std::optional<QString> toText(const QString& key, const QJsonValue& value, QString& out);
std::optional<QString> toId(const QString& key, const QJsonValue& value, QString& out);
// A list of strings, a list of objects with "content" (their other keys go to metadata, one
// object per context), or a single string.
std::optional<QString> toContexts(const QString& key, const QJsonValue& value, QStringList& out, QJsonArray& metadata);
// A list of strings or a single string.
std::optional<QString> toStringList(const QString& key, const QJsonValue& value, QStringList& out);
// ground_truths: the first item of a list of strings (or a plain string); nullopt out for [].
std::optional<QString> toFirstText(const QString& key, const QJsonValue& value, std::optional<QString>& out);

} // namespace DatasetFields

} // namespace evalbench

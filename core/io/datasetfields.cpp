// SPDX-License-Identifier: MIT
#include "io/datasetfields.h"

#include <cmath>

#include <QJsonObject>

namespace evalbench::DatasetFields {

namespace {
QString quoted(const QString& key)
{
    return u'"' + key + u'"';
}

QString wrongType(const QString& key, const QJsonValue& value, const QString& expected)
{
    return quoted(key) + QStringLiteral(" is ") + describe(value) + QStringLiteral(", expected ") + expected;
}

QString wrongItem(const QString& key, qsizetype index, const QJsonValue& value, const QString& expected)
{
    return quoted(key) + QStringLiteral(" item ") + QString::number(index + 1) + QStringLiteral(" is ")
        + describe(value) + QStringLiteral(", expected ") + expected;
}
} // namespace

std::optional<DatasetField> fieldForKey(QStringView key)
{
    // A dozen short names: comparing them directly beats hashing the key.
    struct Name
    {
        QLatin1String name;
        DatasetField field;
    };
    static const Name names[] = {
        { QLatin1String("question"), DatasetField::Question },
        { QLatin1String("user_input"), DatasetField::Question },
        { QLatin1String("query"), DatasetField::Question },
        { QLatin1String("answer"), DatasetField::Answer },
        { QLatin1String("response"), DatasetField::Answer },
        { QLatin1String("contexts"), DatasetField::Contexts },
        { QLatin1String("retrieved_contexts"), DatasetField::Contexts },
        { QLatin1String("ground_truth"), DatasetField::GroundTruth },
        { QLatin1String("reference"), DatasetField::GroundTruth },
        { QLatin1String("ground_truths"), DatasetField::GroundTruths },
        { QLatin1String("reference_contexts"), DatasetField::ReferenceContexts },
        { QLatin1String("id"), DatasetField::Id },
    };
    for (const Name& name : names) {
        if (key == name.name)
            return name.field;
    }
    return std::nullopt;
}

DatasetSlot slotOf(DatasetField field)
{
    switch (field) {
    case DatasetField::Id:
        return DatasetSlot::Id;
    case DatasetField::Question:
        return DatasetSlot::Question;
    case DatasetField::Answer:
        return DatasetSlot::Answer;
    case DatasetField::Contexts:
        return DatasetSlot::Contexts;
    case DatasetField::GroundTruth:
    case DatasetField::GroundTruths:
        return DatasetSlot::GroundTruth;
    case DatasetField::ReferenceContexts:
        return DatasetSlot::ReferenceContexts;
    }
    return DatasetSlot::Id;
}

QString slotName(DatasetSlot slot)
{
    switch (slot) {
    case DatasetSlot::Id:
        return QStringLiteral("id");
    case DatasetSlot::Question:
        return QStringLiteral("question");
    case DatasetSlot::Answer:
        return QStringLiteral("answer");
    case DatasetSlot::Contexts:
        return QStringLiteral("contexts");
    case DatasetSlot::GroundTruth:
        return QStringLiteral("ground_truth");
    case DatasetSlot::ReferenceContexts:
        return QStringLiteral("reference_contexts");
    case DatasetSlot::Count:
        break;
    }
    return {};
}

QString acceptedNames(DatasetSlot slot)
{
    switch (slot) {
    case DatasetSlot::Question:
        return QStringLiteral("question, user_input, query");
    case DatasetSlot::Answer:
        return QStringLiteral("answer, response");
    case DatasetSlot::Contexts:
        return QStringLiteral("contexts, retrieved_contexts");
    case DatasetSlot::GroundTruth:
        return QStringLiteral("ground_truth, reference, ground_truths");
    default:
        return slotName(slot);
    }
}

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString describeStart(char c)
{
    if (c == '{')
        return QStringLiteral("an object");
    if (c == '"')
        return QStringLiteral("a string");
    if (c == '[')
        return QStringLiteral("a list");
    if (c == 't' || c == 'f')
        return QStringLiteral("a boolean");
    if (c == 'n')
        return QStringLiteral("null");
    if (c == '-' || (c >= '0' && c <= '9'))
        return QStringLiteral("a number");
    return {};
}

std::optional<QString> toText(const QString& key, const QJsonValue& value, QString& out)
{
    if (!value.isString())
        return wrongType(key, value, QStringLiteral("a string"));
    out = value.toString();
    return std::nullopt;
}

std::optional<QString> toId(const QString& key, const QJsonValue& value, QString& out)
{
    if (value.isString()) {
        out = value.toString();
        return std::nullopt;
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Integers are exact in a double up to 2^53; anything else would not round-trip.
        if (std::floor(number) == number && std::fabs(number) <= 9007199254740992.0) {
            out = QString::number(qint64(number));
            return std::nullopt;
        }
    }
    return wrongType(key, value, QStringLiteral("a string or an integer"));
}

std::optional<QString> toContexts(const QString& key, const QJsonValue& value, QStringList& out, QJsonArray& metadata)
{
    if (value.isString()) {
        out = QStringList { value.toString() };
        return std::nullopt;
    }
    if (!value.isArray())
        return wrongType(key, value, QStringLiteral("a list of strings"));
    const QJsonArray items = value.toArray();
    out.reserve(items.size());
    bool anyObject = false;
    QJsonArray itemMetadata;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (item.isString()) {
            out.append(item.toString());
            itemMetadata.append(QJsonObject());
            continue;
        }
        if (!item.isObject())
            return wrongItem(key, i, item, QStringLiteral("a string or an object with \"content\""));
        QJsonObject object = item.toObject();
        const QJsonValue content = object.value(QLatin1String("content"));
        if (!content.isString())
            return quoted(key) + QStringLiteral(" item ") + QString::number(i + 1)
                + QStringLiteral(" is an object without a \"content\" string");
        out.append(content.toString());
        object.remove(QLatin1String("content"));
        itemMetadata.append(object);
        anyObject = true;
    }
    // Plain strings carry no metadata: leave the array empty rather than full of {}.
    if (anyObject)
        metadata = itemMetadata;
    return std::nullopt;
}

std::optional<QString> toStringList(const QString& key, const QJsonValue& value, QStringList& out)
{
    if (value.isString()) {
        out = QStringList { value.toString() };
        return std::nullopt;
    }
    if (!value.isArray())
        return wrongType(key, value, QStringLiteral("a list of strings"));
    const QJsonArray items = value.toArray();
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (!item.isString())
            return wrongItem(key, i, item, QStringLiteral("a string"));
        out.append(item.toString());
    }
    return std::nullopt;
}

std::optional<QString> toFirstText(const QString& key, const QJsonValue& value, std::optional<QString>& out)
{
    if (value.isString()) {
        out = value.toString();
        return std::nullopt;
    }
    if (!value.isArray())
        return wrongType(key, value, QStringLiteral("a list of strings"));
    const QJsonArray items = value.toArray();
    if (items.isEmpty())
        return std::nullopt;
    if (!items.first().isString())
        return wrongItem(key, 0, items.first(), QStringLiteral("a string"));
    out = items.first().toString();
    return std::nullopt;
}

} // namespace evalbench::DatasetFields

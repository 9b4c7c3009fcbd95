// SPDX-License-Identifier: MIT
#include "judge/judgeoutputparser.h"

#include "judge/pydanticjson.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>

namespace evalbench {

namespace {

// Deeper $ref chains than this mean a recursive schema; prompts never need one.
constexpr int MaxRefDepth = 32;

QString describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return PydanticJson::number(value.toDouble());
    case QJsonValue::String: {
        const QString text = value.toString();
        // Long free text in an error message helps nobody; the raw reply is kept elsewhere.
        return PydanticJson::quoted(text.size() > 40 ? text.left(40) + QStringLiteral("...") : text);
    }
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString article(const QString& type)
{
    if (type == u"integer" || type == u"object" || type == u"array")
        return type == u"array" ? QStringLiteral("a list") : QStringLiteral("an ") + type;
    return QStringLiteral("a ") + type;
}

class Validator
{
public:
    explicit Validator(const QJsonObject& root)
        : m_defs(root.value(u"$defs").toObject())
    { }

    // The schema a $ref points to, or the schema itself.
    QJsonObject resolve(QJsonObject schema) const
    {
        for (int depth = 0; depth < MaxRefDepth && schema.contains(u"$ref"); ++depth) {
            const QString ref = schema.value(u"$ref").toString();
            const QString prefix = QStringLiteral("#/$defs/");
            schema = ref.startsWith(prefix) ? m_defs.value(ref.mid(prefix.size())).toObject() : QJsonObject();
        }
        return schema;
    }

    std::optional<QJsonValue> check(const QJsonObject& rawSchema, const QJsonValue& value, const QString& path)
    {
        const QJsonObject schema = resolve(rawSchema);
        const QString type = schema.value(u"type").toString();
        if (type == u"object")
            return checkObject(schema, value, path);
        if (type == u"array")
            return checkArray(schema, value, path);
        if (type == u"string")
            return checkString(value, path);
        if (type == u"integer")
            return checkRange(schema, checkInteger(value, path), path);
        if (type == u"number")
            return checkRange(schema, checkNumber(value, path), path);
        if (type == u"boolean")
            return checkBoolean(value, path);
        return value; // no type given: anything goes
    }

    QString error() const { return m_error; }

private:
    std::nullopt_t fail(const QString& path, const QString& type, const QJsonValue& got)
    {
        m_error = (path.isEmpty() ? QStringLiteral("reply") : path) + QStringLiteral(": expected ") + article(type)
            + QStringLiteral(", got ") + describe(got);
        return std::nullopt;
    }

    static QString join(const QString& path, const QString& key) { return path.isEmpty() ? key : path + u'.' + key; }

    // minimum / maximum, as pydantic's ge / le write them (the rubric score is 1 to 5).
    std::optional<QJsonValue> checkRange(
        const QJsonObject& schema, std::optional<QJsonValue> value, const QString& path)
    {
        if (!value)
            return value;
        const double number = value->toDouble();
        const QJsonValue minimum = schema.value(u"minimum");
        const QJsonValue maximum = schema.value(u"maximum");
        const QString where = path.isEmpty() ? QStringLiteral("reply") : path;
        if (minimum.isDouble() && number < minimum.toDouble()) {
            m_error = where + QStringLiteral(": expected at least ") + PydanticJson::number(minimum.toDouble())
                + QStringLiteral(", got ") + PydanticJson::number(number);
            return std::nullopt;
        }
        if (maximum.isDouble() && number > maximum.toDouble()) {
            m_error = where + QStringLiteral(": expected at most ") + PydanticJson::number(maximum.toDouble())
                + QStringLiteral(", got ") + PydanticJson::number(number);
            return std::nullopt;
        }
        return value;
    }

    std::optional<QJsonValue> checkObject(const QJsonObject& schema, const QJsonValue& value, const QString& path)
    {
        if (!value.isObject())
            return fail(path, QStringLiteral("object"), value);
        const QJsonObject in = value.toObject();
        const QJsonObject properties = schema.value(u"properties").toObject();
        for (const QJsonValue& name : schema.value(u"required").toArray()) {
            if (!in.contains(name.toString())) {
                m_error = join(path, name.toString()) + QStringLiteral(": required field missing");
                return std::nullopt;
            }
        }
        QJsonObject out;
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!in.contains(it.key()))
                continue;
            auto member = check(it.value().toObject(), in.value(it.key()), join(path, it.key()));
            if (!member)
                return std::nullopt;
            out.insert(it.key(), *member);
        }
        return out;
    }

    std::optional<QJsonValue> checkArray(const QJsonObject& schema, const QJsonValue& value, const QString& path)
    {
        if (!value.isArray())
            return fail(path, QStringLiteral("array"), value);
        const QJsonObject items = schema.value(u"items").toObject();
        QJsonArray out;
        const QJsonArray in = value.toArray();
        for (qsizetype i = 0; i < in.size(); ++i) {
            auto item = check(items, in.at(i), path + QStringLiteral("[%1]").arg(i));
            if (!item)
                return std::nullopt;
            out.append(*item);
        }
        return out;
    }

    std::optional<QJsonValue> checkString(const QJsonValue& value, const QString& path)
    {
        if (value.isString())
            return value;
        if (value.isDouble())
            return PydanticJson::number(value.toDouble());
        return fail(path, QStringLiteral("string"), value);
    }

    std::optional<QJsonValue> checkInteger(const QJsonValue& value, const QString& path)
    {
        if (value.isBool())
            return value.toBool() ? 1 : 0;
        double number = 0;
        bool ok = value.isDouble();
        if (ok)
            number = value.toDouble();
        else if (value.isString())
            number = value.toString().trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(number) || number != std::trunc(number) || std::fabs(number) > 9007199254740992.0)
            return fail(path, QStringLiteral("integer"), value);
        return number;
    }

    std::optional<QJsonValue> checkNumber(const QJsonValue& value, const QString& path)
    {
        if (value.isDouble())
            return value;
        if (value.isBool())
            return value.toBool() ? 1.0 : 0.0;
        bool ok = false;
        const double number = value.isString() ? value.toString().trimmed().toDouble(&ok) : 0.0;
        if (!ok || !std::isfinite(number))
            return fail(path, QStringLiteral("number"), value);
        return number;
    }

    std::optional<QJsonValue> checkBoolean(const QJsonValue& value, const QString& path)
    {
        if (value.isBool())
            return value;
        if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
            return value.toDouble() == 1;
        if (value.isString()) {
            // pydantic's lax booleans
            const QString text = value.toString().trimmed().toLower();
            for (const char16_t* yes : { u"true", u"1", u"yes", u"y", u"on", u"t" }) {
                if (text == QStringView(yes))
                    return true;
            }
            for (const char16_t* no : { u"false", u"0", u"no", u"n", u"off", u"f" }) {
                if (text == QStringView(no))
                    return false;
            }
        }
        return fail(path, QStringLiteral("boolean"), value);
    }

    QJsonObject m_defs;
    QString m_error;
};

// The one array property of an object schema, if it has exactly one; else empty.
QString soleArrayProperty(const Validator& validator, const QJsonObject& schema)
{
    const QJsonObject properties = schema.value(u"properties").toObject();
    if (properties.size() != 1)
        return {};
    const QJsonObject property = validator.resolve(properties.begin().value().toObject());
    return property.value(u"type").toString() == u"array" ? properties.begin().key() : QString();
}

} // namespace

QString JudgeOutputParser::extractJson(QStringView text)
{
    const qsizetype fence = text.indexOf(u"```json");
    if (fence >= 0)
        text = text.sliced(fence);
    const qsizetype bracket = text.indexOf(u'[');
    const qsizetype brace = text.indexOf(u'{');
    qsizetype start = -1;
    if (bracket >= 0 && (brace < 0 || bracket < brace))
        start = bracket;
    else
        start = brace;
    if (start < 0)
        return text.toString();
    const QChar open = text[start];
    const QChar close = open == u'[' ? u']' : u'}';
    int depth = 0;
    for (qsizetype i = start; i < text.size(); ++i) {
        if (text[i] == open)
            ++depth;
        else if (text[i] == close)
            --depth;
        if (depth == 0)
            return text.sliced(start, i - start + 1).toString();
    }
    return text.toString();
}

JudgeOutputParser::ParsedOutput JudgeOutputParser::parse(const QJsonObject& schema, const QString& text)
{
    ParsedOutput result;
    const QString json = extractJson(text);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset is in UTF-8 bytes of the extracted JSON; good enough to find the spot.
        result.error =
            QStringLiteral("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return result;
    }
    Validator validator(schema);
    QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QJsonObject rootSchema = validator.resolve(schema);
    if (root.isArray() && rootSchema.value(u"type").toString() == u"object") {
        // Small models often answer {"statements": [...]} with just the list.
        const QString property = soleArrayProperty(validator, rootSchema);
        if (!property.isEmpty())
            root = QJsonObject { { property, root } };
    }
    auto value = validator.check(schema, root, QString());
    if (!value || !value->isObject()) {
        result.error = value ? QStringLiteral("reply: expected an object") : validator.error();
        return result;
    }
    result.value = value->toObject();
    return result;
}

} // namespace evalbench

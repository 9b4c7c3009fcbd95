// SPDX-License-Identifier: MIT
#include "store/sqlcodec.h"

#include <QJsonDocument>

namespace evalbench::sqlcodec {

QVariant text(const std::optional<QString>& value)
{
    if (!value)
        return QVariant(QMetaType::fromType<QString>());
    // A null QString binds as SQL NULL; a given-but-empty value must stay ''.
    return value->isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(*value);
}

namespace {

// Appends `text` as a JSON string literal. Written by hand: the detour through
// QJsonDocument and UTF-8 cost a large import a noticeable share of its time.
void appendJsonString(QString& out, const QString& text)
{
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

} // namespace

QVariant list(const std::optional<QStringList>& value)
{
    if (!value)
        return QVariant(QMetaType::fromType<QString>());
    qsizetype size = 2;
    for (const QString& item : *value)
        size += item.size() + 3;
    QString json;
    json.reserve(size);
    json += QLatin1Char('[');
    for (qsizetype i = 0; i < value->size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        appendJsonString(json, value->at(i));
    }
    json += QLatin1Char(']');
    return json;
}

QVariant json(const QJsonObject& value)
{
    if (value.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

QVariant json(const QJsonArray& value)
{
    if (value.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

QVariant number(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant time(const QDateTime& value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<QString> toText(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toString();
}

std::optional<QStringList> toList(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    QStringList items;
    items.reserve(array.size());
    for (const QJsonValue& item : array)
        items.append(item.toString());
    return items;
}

QJsonObject toObject(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

QJsonArray toArray(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QJsonDocument::fromJson(value.toString().toUtf8()).array();
}

std::optional<double> toNumber(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toDouble();
}

QDateTime toTime(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

} // namespace evalbench::sqlcodec

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

namespace {

// Reads what list() wrote: a JSON array of strings. Handles the escapes list()
// produces except \u (rare); anything else returns false and the caller falls
// back to QJsonDocument, so odd input is still read correctly, only slower.
bool parseStringArray(QStringView json, QStringList* items)
{
    qsizetype i = 0;
    const qsizetype n = json.size();
    if (n < 2 || json[0] != QLatin1Char('[') || json[n - 1] != QLatin1Char(']'))
        return false;
    i = 1;
    if (i == n - 1)
        return true;
    for (;;) {
        if (json[i] != QLatin1Char('"'))
            return false;
        ++i;
        QString item;
        qsizetype runStart = i;
        for (;;) {
            if (i >= n - 1)
                return false;
            const QChar c = json[i];
            if (c == QLatin1Char('"'))
                break;
            if (c != QLatin1Char('\\')) {
                ++i;
                continue;
            }
            item += json.mid(runStart, i - runStart);
            const QChar escaped = json[i + 1];
            switch (escaped.unicode()) {
            case '"':
            case '\\':
            case '/':
                item += escaped;
                break;
            case 'n':
                item += QLatin1Char('\n');
                break;
            case 'r':
                item += QLatin1Char('\r');
                break;
            case 't':
                item += QLatin1Char('\t');
                break;
            default:
                return false;
            }
            i += 2;
            runStart = i;
        }
        item += json.mid(runStart, i - runStart);
        items->append(item);
        ++i; // closing quote
        if (json[i] == QLatin1Char(']'))
            return i == n - 1;
        if (json[i] != QLatin1Char(','))
            return false;
        ++i;
    }
}

} // namespace

std::optional<QStringList> toList(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    const QString text = value.toString();
    if (QStringList fast; parseStringArray(text, &fast))
        return fast;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
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

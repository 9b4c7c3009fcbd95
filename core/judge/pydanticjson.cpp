// SPDX-License-Identifier: MIT
#include "judge/pydanticjson.h"

#include <cmath>

#include <QLocale>

namespace evalbench {

namespace {

QString scalarText(const QJsonValue& value, PydanticJson::NonAscii nonAscii)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return PydanticJson::number(value.toDouble());
    case QJsonValue::String:
        return PydanticJson::quoted(value.toString(), nonAscii);
    default:
        return QStringLiteral("null");
    }
}

void writeIndented(QString& out, const OrderedJson& value, int level, PydanticJson::NullMembers nulls)
{
    const QString inner(4 * (level + 1), u' ');
    const QString outer(4 * level, u' ');
    if (value.isArray()) {
        if (value.items().empty()) {
            out += u"[]";
            return;
        }
        out += u"[\n";
        bool first = true;
        for (const OrderedJson& item : value.items()) {
            if (!first)
                out += u",\n";
            first = false;
            out += inner;
            writeIndented(out, item, level + 1, nulls);
        }
        out += u'\n' + outer + u']';
        return;
    }
    if (value.isObject()) {
        bool first = true;
        for (const auto& [key, member] : value.members()) {
            if (nulls == PydanticJson::NullMembers::Omit && member.isNull())
                continue;
            out += first ? u"{\n" : u",\n";
            first = false;
            out += inner + PydanticJson::quoted(key) + u": ";
            writeIndented(out, member, level + 1, nulls);
        }
        out += first ? QStringLiteral("{}") : u'\n' + outer + u'}';
        return;
    }
    out += scalarText(value.scalar(), PydanticJson::NonAscii::Raw);
}

void writeCompact(QString& out, const OrderedJson& value, PydanticJson::NonAscii nonAscii)
{
    if (value.isArray()) {
        out += u'[';
        bool first = true;
        for (const OrderedJson& item : value.items()) {
            if (!first)
                out += u", ";
            first = false;
            writeCompact(out, item, nonAscii);
        }
        out += u']';
        return;
    }
    if (value.isObject()) {
        out += u'{';
        bool first = true;
        for (const auto& [key, member] : value.members()) {
            if (!first)
                out += u", ";
            first = false;
            out += PydanticJson::quoted(key, nonAscii) + u": ";
            writeCompact(out, member, nonAscii);
        }
        out += u'}';
        return;
    }
    out += scalarText(value.scalar(), nonAscii);
}

} // namespace

QString PydanticJson::indented(const OrderedJson& value, NullMembers nulls)
{
    QString out;
    writeIndented(out, value, 0, nulls);
    return out;
}

QString PydanticJson::indented(const PromptFields& fields, NullMembers nulls)
{
    OrderedJson::Members members;
    members.reserve(fields.size());
    for (const auto& [key, value] : fields)
        members.emplace_back(key, OrderedJson(value));
    return indented(OrderedJson::object(std::move(members)), nulls);
}

QString PydanticJson::compact(const OrderedJson& value, NonAscii nonAscii)
{
    QString out;
    writeCompact(out, value, nonAscii);
    return out;
}

QString PydanticJson::quoted(const QString& text, NonAscii nonAscii)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += u"\\\"";
            break;
        case u'\\':
            out += u"\\\\";
            break;
        case u'\b':
            out += u"\\b";
            break;
        case u'\f':
            out += u"\\f";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        default:
            if (u < 0x20 || (nonAscii == NonAscii::Escaped && u > 0x7e))
                out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

QString PydanticJson::number(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("null"); // JSON has no NaN or infinity
    // Below 2^53 every whole double is an exact integer; print it as one.
    if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace evalbench

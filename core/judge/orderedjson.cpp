// SPDX-License-Identifier: MIT
#include "judge/orderedjson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace evalbench {

namespace {

// Deep enough for any prompt file; bounds the recursion on hostile input.
constexpr int MaxDepth = 256;

class Reader
{
public:
    explicit Reader(QStringView text)
        : m_text(text)
    { }

    std::optional<OrderedJson> document()
    {
        auto value = readValue(0);
        if (!value)
            return std::nullopt;
        skipSpace();
        if (m_pos != m_text.size())
            return fail(QStringLiteral("unexpected text after the JSON value"));
        return value;
    }

    QString error() const { return m_error; }

private:
    std::nullopt_t fail(const QString& what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("offset %1: %2").arg(m_pos).arg(what);
        return std::nullopt;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos];
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                return;
            ++m_pos;
        }
    }

    bool consumeWord(QStringView word)
    {
        if (m_text.sliced(m_pos).startsWith(word)) {
            m_pos += word.size();
            return true;
        }
        return false;
    }

    std::optional<OrderedJson> readValue(int depth)
    {
        if (depth > MaxDepth)
            return fail(QStringLiteral("nested too deeply"));
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(QStringLiteral("unexpected end of text"));
        const QChar c = m_text[m_pos];
        if (c == u'{')
            return readObject(depth);
        if (c == u'[')
            return readArray(depth);
        if (c == u'"') {
            auto s = readString();
            if (!s)
                return std::nullopt;
            return OrderedJson(QJsonValue(*s));
        }
        if (consumeWord(u"true"))
            return OrderedJson(QJsonValue(true));
        if (consumeWord(u"false"))
            return OrderedJson(QJsonValue(false));
        if (consumeWord(u"null"))
            return OrderedJson();
        return readNumber();
    }

    std::optional<OrderedJson> readObject(int depth)
    {
        ++m_pos; // '{'
        OrderedJson::Members members;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == u'}') {
            ++m_pos;
            return OrderedJson::object(std::move(members));
        }
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != u'"')
                return fail(QStringLiteral("expected a quoted key"));
            auto key = readString();
            if (!key)
                return std::nullopt;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != u':')
                return fail(QStringLiteral("expected ':'"));
            ++m_pos;
            auto value = readValue(depth + 1);
            if (!value)
                return std::nullopt;
            members.emplace_back(*key, std::move(*value));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == u',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == u'}') {
                ++m_pos;
                return OrderedJson::object(std::move(members));
            }
            return fail(QStringLiteral("expected ',' or '}'"));
        }
    }

    std::optional<OrderedJson> readArray(int depth)
    {
        ++m_pos; // '['
        OrderedJson::Items items;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == u']') {
            ++m_pos;
            return OrderedJson::array(std::move(items));
        }
        while (true) {
            auto value = readValue(depth + 1);
            if (!value)
                return std::nullopt;
            items.push_back(std::move(*value));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == u',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == u']') {
                ++m_pos;
                return OrderedJson::array(std::move(items));
            }
            return fail(QStringLiteral("expected ',' or ']'"));
        }
    }

    std::optional<char16_t> readHex4()
    {
        if (m_pos + 4 > m_text.size())
            return fail(QStringLiteral("short \\u escape"));
        bool ok = false;
        const uint code = m_text.sliced(m_pos, 4).toUInt(&ok, 16);
        if (!ok)
            return fail(QStringLiteral("bad \\u escape"));
        m_pos += 4;
        return static_cast<char16_t>(code);
    }

    std::optional<QString> readString()
    {
        ++m_pos; // opening quote
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (c == u'"')
                return out;
            if (c.unicode() < 0x20)
                return fail(QStringLiteral("control character in a string"));
            if (c != u'\\') {
                out.append(c);
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const QChar e = m_text[m_pos++];
            switch (e.unicode()) {
            case u'"':
            case u'\\':
            case u'/':
                out.append(e);
                break;
            case u'b':
                out.append(u'\b');
                break;
            case u'f':
                out.append(u'\f');
                break;
            case u'n':
                out.append(u'\n');
                break;
            case u'r':
                out.append(u'\r');
                break;
            case u't':
                out.append(u'\t');
                break;
            case u'u': {
                auto unit = readHex4();
                if (!unit)
                    return std::nullopt;
                out.append(QChar(*unit)); // surrogate halves pair up in the QString
                break;
            }
            default:
                return fail(QStringLiteral("bad escape"));
            }
        }
        return fail(QStringLiteral("unterminated string"));
    }

    std::optional<OrderedJson> readNumber()
    {
        const qsizetype start = m_pos;
        auto isDigit = [this] { return m_pos < m_text.size() && m_text[m_pos].isDigit() && m_text[m_pos] < u'\x80'; };
        if (m_pos < m_text.size() && m_text[m_pos] == u'-')
            ++m_pos;
        if (!isDigit())
            return fail(QStringLiteral("unexpected character"));
        while (isDigit())
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == u'.') {
            ++m_pos;
            if (!isDigit())
                return fail(QStringLiteral("digits expected after '.'"));
            while (isDigit())
                ++m_pos;
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == u'e' || m_text[m_pos] == u'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == u'+' || m_text[m_pos] == u'-'))
                ++m_pos;
            if (!isDigit())
                return fail(QStringLiteral("digits expected in the exponent"));
            while (isDigit())
                ++m_pos;
        }
        bool ok = false;
        const double value = m_text.sliced(start, m_pos - start).toDouble(&ok);
        if (!ok)
            return fail(QStringLiteral("bad number"));
        return OrderedJson(QJsonValue(value));
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

OrderedJson::OrderedJson(const QJsonValue& value)
{
    if (value.isArray()) {
        m_kind = Kind::Array;
        const QJsonArray array = value.toArray();
        m_items.reserve(array.size());
        for (const QJsonValue& item : array)
            m_items.emplace_back(item);
    } else if (value.isObject()) {
        m_kind = Kind::Object;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            m_members.emplace_back(it.key(), OrderedJson(it.value()));
    } else if (!value.isUndefined()) {
        m_scalar = value;
    }
}

OrderedJson OrderedJson::array(Items items)
{
    OrderedJson json;
    json.m_kind = Kind::Array;
    json.m_items = std::move(items);
    return json;
}

OrderedJson OrderedJson::object(Members members)
{
    OrderedJson json;
    json.m_kind = Kind::Object;
    json.m_members = std::move(members);
    return json;
}

std::optional<OrderedJson> OrderedJson::parse(QStringView text, QString* error)
{
    Reader reader(text);
    auto value = reader.document();
    if (!value && error)
        *error = reader.error();
    return value;
}

const OrderedJson* OrderedJson::member(QStringView key) const
{
    for (const auto& [name, value] : m_members) {
        if (name == key)
            return &value;
    }
    return nullptr;
}

QJsonValue OrderedJson::toJsonValue() const
{
    switch (m_kind) {
    case Kind::Array: {
        QJsonArray array;
        for (const OrderedJson& item : m_items)
            array.append(item.toJsonValue());
        return array;
    }
    case Kind::Object: {
        QJsonObject object;
        for (const auto& [name, value] : m_members)
            object.insert(name, value.toJsonValue());
        return object;
    }
    case Kind::Scalar:
        break;
    }
    return m_scalar;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "server/pythonliteral.h"

#include <cmath>
#include <limits>

#include <QJsonArray>
#include <QJsonObject>

namespace evalbench {

namespace {

class Reader
{
public:
    explicit Reader(QStringView text)
        : m_text(text)
    { }

    std::variant<QJsonValue, QString> document()
    {
        QJsonValue value = this->value(0);
        skipSpace();
        if (m_error.isEmpty() && m_pos < m_text.size())
            fail(QStringLiteral("unexpected text after the value"));
        if (!m_error.isEmpty())
            return m_error;
        return value;
    }

private:
    void fail(const QString& message)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1 at offset %2").arg(message).arg(m_pos);
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }

    QChar peek() const { return m_pos < m_text.size() ? m_text[m_pos] : QChar(); }

    bool startsWithWord(QLatin1StringView word) const
    {
        if (!m_text.sliced(m_pos).startsWith(word))
            return false;
        const qsizetype end = m_pos + word.size();
        return end >= m_text.size() || !(m_text[end].isLetterOrNumber() || m_text[end] == QLatin1Char('_'));
    }

    QJsonValue value(int depth)
    {
        if (depth > PythonLiteral::kMaxDepth) {
            fail(QStringLiteral("nested too deeply"));
            return {};
        }
        skipSpace();
        const QChar c = peek();
        if (c == QLatin1Char('\'') || c == QLatin1Char('"'))
            return string();
        if ((c == QLatin1Char('u') || c == QLatin1Char('U')) && m_pos + 1 < m_text.size()
            && (m_text[m_pos + 1] == QLatin1Char('\'') || m_text[m_pos + 1] == QLatin1Char('"'))) {
            ++m_pos;
            return string();
        }
        if (c == QLatin1Char('['))
            return sequence(QLatin1Char(']'), depth);
        if (c == QLatin1Char('('))
            return sequence(QLatin1Char(')'), depth);
        if (c == QLatin1Char('{'))
            return dict(depth);
        for (const auto& [word, result] : { std::pair { QLatin1StringView("None"), QJsonValue(QJsonValue::Null) },
                 std::pair { QLatin1StringView("True"), QJsonValue(true) },
                 std::pair { QLatin1StringView("False"), QJsonValue(false) },
                 std::pair { QLatin1StringView("nan"), QJsonValue(QJsonValue::Null) },
                 std::pair { QLatin1StringView("inf"), QJsonValue(QJsonValue::Null) } }) {
            if (startsWithWord(word)) {
                m_pos += word.size();
                return result;
            }
        }
        if (c == QLatin1Char('-') || c == QLatin1Char('+') || c == QLatin1Char('.') || c.isDigit())
            return number();
        fail(m_pos < m_text.size() ? QStringLiteral("unexpected character '%1'").arg(c)
                                   : QStringLiteral("unexpected end of text"));
        return {};
    }

    QJsonValue number()
    {
        const qsizetype start = m_pos;
        if (peek() == QLatin1Char('-') || peek() == QLatin1Char('+'))
            ++m_pos;
        if (startsWithWord(QLatin1StringView("inf"))) {
            m_pos += 3;
            return QJsonValue(QJsonValue::Null);
        }
        while (m_pos < m_text.size()
            && (m_text[m_pos].isDigit() || m_text[m_pos] == QLatin1Char('.') || m_text[m_pos] == QLatin1Char('_')
                || m_text[m_pos] == QLatin1Char('e') || m_text[m_pos] == QLatin1Char('E')
                || ((m_text[m_pos] == QLatin1Char('-') || m_text[m_pos] == QLatin1Char('+'))
                    && (m_text[m_pos - 1] == QLatin1Char('e') || m_text[m_pos - 1] == QLatin1Char('E')))))
            ++m_pos;
        QString digits = m_text.sliced(start, m_pos - start).toString();
        digits.remove(QLatin1Char('_'));
        bool ok = false;
        const double number = digits.toDouble(&ok);
        if (!ok) {
            fail(QStringLiteral("bad number \"%1\"").arg(digits));
            return {};
        }
        if (!std::isfinite(number))
            return QJsonValue(QJsonValue::Null);
        return number;
    }

    static int hexValue(QChar c)
    {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            return u - u'0';
        if (u >= u'a' && u <= u'f')
            return u - u'a' + 10;
        if (u >= u'A' && u <= u'F')
            return u - u'A' + 10;
        return -1;
    }

    // \xhh, \uhhhh, \Uhhhhhhhh after the backslash and letter.
    bool hexEscape(int digits, QString& out)
    {
        if (m_pos + digits > m_text.size()) {
            fail(QStringLiteral("truncated escape"));
            return false;
        }
        char32_t code = 0;
        for (int i = 0; i < digits; ++i) {
            const int v = hexValue(m_text[m_pos + i]);
            if (v < 0) {
                fail(QStringLiteral("bad hex escape"));
                return false;
            }
            code = code * 16 + char32_t(v);
        }
        m_pos += digits;
        if (code > 0x10FFFF) {
            fail(QStringLiteral("escape beyond Unicode"));
            return false;
        }
        out += QString::fromUcs4(&code, 1);
        return true;
    }

    QJsonValue string()
    {
        const QChar quote = m_text[m_pos++];
        QString out;
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (c == quote)
                return out;
            if (c != QLatin1Char('\\')) {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const QChar e = m_text[m_pos++];
            switch (e.unicode()) {
            case u'n':
                out += QLatin1Char('\n');
                break;
            case u't':
                out += QLatin1Char('\t');
                break;
            case u'r':
                out += QLatin1Char('\r');
                break;
            case u'0':
                out += QChar(u'\0');
                break;
            case u'a':
                out += QChar(u'\a');
                break;
            case u'b':
                out += QChar(u'\b');
                break;
            case u'f':
                out += QChar(u'\f');
                break;
            case u'v':
                out += QChar(u'\v');
                break;
            case u'\n': // line continuation
                break;
            case u'x':
                if (!hexEscape(2, out))
                    return {};
                break;
            case u'u':
                if (!hexEscape(4, out))
                    return {};
                break;
            case u'U':
                if (!hexEscape(8, out))
                    return {};
                break;
            case u'\\':
            case u'\'':
            case u'"':
                out += e;
                break;
            default: // Python keeps unknown escapes as written
                out += QLatin1Char('\\');
                out += e;
            }
        }
        fail(QStringLiteral("unterminated string"));
        return {};
    }

    // After a value in a list or dict: ',' continues, `close` ends; true when the container ended.
    bool endOrComma(QChar close, bool* ended)
    {
        skipSpace();
        if (peek() == QLatin1Char(',')) {
            ++m_pos;
            skipSpace();
            *ended = peek() == close;
            if (*ended)
                ++m_pos;
            return true;
        }
        if (peek() == close) {
            ++m_pos;
            *ended = true;
            return true;
        }
        fail(QStringLiteral("expected ',' or '%1'").arg(close));
        return false;
    }

    QJsonValue sequence(QChar close, int depth)
    {
        ++m_pos;
        QJsonArray items;
        skipSpace();
        if (peek() == close) {
            ++m_pos;
            return items;
        }
        bool ended = false;
        while (!ended) {
            items.append(value(depth + 1));
            if (!m_error.isEmpty() || !endOrComma(close, &ended))
                return {};
        }
        return items;
    }

    QJsonValue dict(int depth)
    {
        ++m_pos;
        QJsonObject object;
        skipSpace();
        if (peek() == QLatin1Char('}')) {
            ++m_pos;
            return object;
        }
        bool ended = false;
        while (!ended) {
            const QJsonValue key = value(depth + 1);
            if (!m_error.isEmpty())
                return {};
            if (key.isArray() || key.isObject()) {
                fail(QStringLiteral("a dict key must be a string or a number"));
                return {};
            }
            skipSpace();
            if (peek() != QLatin1Char(':')) {
                fail(QStringLiteral("expected ':'"));
                return {};
            }
            ++m_pos;
            const QJsonValue item = value(depth + 1);
            if (!m_error.isEmpty())
                return {};
            const QString name = key.isString() ? key.toString()
                : key.isNull()                  ? QStringLiteral("None")
                : key.isBool()                  ? (key.toBool() ? QStringLiteral("True") : QStringLiteral("False"))
                                                : QString::number(key.toDouble(), 'g', 17);
            object.insert(name, item);
            if (!endOrComma(QLatin1Char('}'), &ended))
                return {};
        }
        return object;
    }

    QStringView m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace

std::variant<QJsonValue, QString> PythonLiteral::parse(QStringView text)
{
    return Reader(text).document();
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "metrics/unicodetext.h"

#include <QChar>

namespace evalbench::unicodetext {

void toCodePoints(QStringView text, std::u32string& out)
{
    out.clear();
    out.reserve(static_cast<size_t>(text.size()));
    const char16_t* p = text.utf16();
    const char16_t* const end = p + text.size();
    while (p < end) {
        const char16_t u = *p++;
        if (QChar::isHighSurrogate(u) && p < end && QChar::isLowSurrogate(*p)) {
            out.push_back(QChar::surrogateToUcs4(u, *p));
            ++p;
        } else {
            out.push_back(u);
        }
    }
}

std::u32string toCodePoints(QStringView text)
{
    std::u32string out;
    toCodePoints(text, out);
    return out;
}

bool isCjk(char32_t c)
{
    if (c < 0x3040)
        return false;
    return (c <= 0x30FF) // Hiragana, Katakana
        || (c >= 0x31F0 && c <= 0x31FF) // Katakana phonetic extensions
        || (c >= 0x3400 && c <= 0x4DBF) // extension A
        || (c >= 0x4E00 && c <= 0x9FFF) // unified ideographs
        || (c >= 0xAC00 && c <= 0xD7A3) // Hangul syllables
        || (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs
        || (c >= 0xFF66 && c <= 0xFF9F) // half-width Katakana
        || (c >= 0x20000 && c <= 0x323AF) // extensions B..H (surrogate pairs in UTF-16)
        || (c >= 0x2F800 && c <= 0x2FA1F); // compatibility supplement
}

bool isPythonSpace(char32_t c)
{
    if (c <= 0x20)
        return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    if (c < 0x85)
        return false;
    return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
        || c == 0x202F || c == 0x205F || c == 0x3000;
}

bool isPunctuation(char32_t c)
{
    if (c < 0x80)
        return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60)
            || (c >= 0x7B && c <= 0x7E);
    if ((c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40)
        || (c >= 0xFF5B && c <= 0xFF65))
        return true;
    return QChar::isPunct(c);
}

bool isWordChar(char32_t c)
{
    if (c < 0x80)
        return isAsciiAlpha(c) || isAsciiDigit(c);
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

char32_t toLower(char32_t c)
{
    if (c < 0x80)
        return (c >= U'A' && c <= U'Z') ? c + 32 : c;
    return QChar::toLower(c);
}

} // namespace evalbench::unicodetext

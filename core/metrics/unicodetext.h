// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include <QString>
#include <QStringView>

namespace evalbench::unicodetext {

// Replaces `out` with the code points of `text`. A lone surrogate is kept as its
// own code point (as Python keeps it), so no input is ever rejected.
void toCodePoints(QStringView text, std::u32string& out);
std::u32string toCodePoints(QStringView text);

// CJK ideographs (unified, extensions A..H, compatibility), Hiragana, Katakana
// (incl. phonetic extensions and half-width forms) and Hangul syllables: scripts
// written without spaces, so each character is one token.
bool isCjk(char32_t c);

// Python's str.isspace(): what str.split() and str.rstrip() treat as whitespace.
bool isPythonSpace(char32_t c);

// SQuAD punctuation, widened: ASCII string.punctuation, every Unicode P*
// character, and the full-width / half-width forms of ASCII punctuation.
bool isPunctuation(char32_t c);

// Letters, digits and combining marks of any script (a mark belongs to its word,
// e.g. Devanagari vowel signs).
bool isWordChar(char32_t c);

char32_t toLower(char32_t c);

inline bool isAsciiAlpha(char32_t c)
{
    return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z');
}

inline bool isAsciiDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

} // namespace evalbench::unicodetext

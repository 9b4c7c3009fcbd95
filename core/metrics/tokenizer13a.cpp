// SPDX-License-Identifier: MIT
#include "metrics/tokenizer13a.h"

#include "metrics/unicodetext.h"

#include <string>

namespace evalbench {

namespace {

using std::u32string;
using std::u32string_view;

// Python str.replace: left to right, non-overlapping.
void replaceAll(u32string& s, u32string_view from, u32string_view to, u32string& scratch)
{
    if (s.find(from) == u32string::npos)
        return;
    scratch.clear();
    size_t pos = 0;
    for (size_t hit; (hit = s.find(from, pos)) != u32string::npos; pos = hit + from.size()) {
        scratch.append(s, pos, hit - pos);
        scratch.append(to);
    }
    scratch.append(s, pos, u32string::npos);
    s.swap(scratch);
}

bool isDigit(char32_t c)
{
    return c >= U'0' && c <= U'9';
}

bool isPeriodOrComma(char32_t c)
{
    return c == U'.' || c == U',';
}

// ([\{-\~\[-\` -\&\(-\+\:-\@\/]): ASCII punctuation except ' - . , (and space).
bool isIsolatedSymbol(char32_t c)
{
    return (c >= 0x7B && c <= 0x7E) || (c >= 0x5B && c <= 0x60) || (c >= 0x20 && c <= 0x26) || (c >= 0x28 && c <= 0x2B)
        || (c >= 0x3A && c <= 0x40) || c == U'/';
}

// re.sub for a two-character pattern: the leftmost match wins and scanning
// resumes after it, exactly as Python does.
template <typename First, typename Second, typename Replace>
void substitutePairs(const u32string& in, u32string& out, First first, Second second, Replace replace)
{
    out.clear();
    size_t i = 0;
    while (i < in.size()) {
        if (i + 1 < in.size() && first(in[i]) && second(in[i + 1])) {
            replace(out, in[i], in[i + 1]);
            i += 2;
        } else {
            out.push_back(in[i]);
            ++i;
        }
    }
}

} // namespace

void Tokenizer13a::tokenize(u32string_view segment, bool splitCjk, TokenList& out)
{
    thread_local u32string line;
    thread_local u32string scratch;
    out.clear();

    while (!segment.empty() && unicodetext::isPythonSpace(segment.back()))
        segment.remove_suffix(1);
    line.assign(segment);
    replaceAll(line, U"<skipped>", U"", scratch);
    replaceAll(line, U"-\n", U"", scratch);
    replaceAll(line, U"\n", U" ", scratch);
    if (line.find(U'&') != u32string::npos) {
        replaceAll(line, U"&quot;", U"\"", scratch);
        replaceAll(line, U"&amp;", U"&", scratch);
        replaceAll(line, U"&lt;", U"<", scratch);
        replaceAll(line, U"&gt;", U">", scratch);
    }

    // " {line} " with every isolated symbol padded by spaces.
    scratch.clear();
    scratch.push_back(U' ');
    for (char32_t c : line) {
        if (isIsolatedSymbol(c)) {
            scratch.push_back(U' ');
            scratch.push_back(c);
            scratch.push_back(U' ');
        } else {
            scratch.push_back(c);
        }
    }
    scratch.push_back(U' ');

    const auto notDigit = [](char32_t c) { return !isDigit(c); };
    // ([^0-9])([\.,]) -> "\1 \2 "
    substitutePairs(scratch, line, notDigit, isPeriodOrComma, [](u32string& o, char32_t a, char32_t b) {
        o.push_back(a);
        o.push_back(U' ');
        o.push_back(b);
        o.push_back(U' ');
    });
    // ([\.,])([^0-9]) -> " \1 \2"
    substitutePairs(line, scratch, isPeriodOrComma, notDigit, [](u32string& o, char32_t a, char32_t b) {
        o.push_back(U' ');
        o.push_back(a);
        o.push_back(U' ');
        o.push_back(b);
    });
    // ([0-9])(-) -> "\1 \2 "
    substitutePairs(
        scratch, line, isDigit, [](char32_t c) { return c == U'-'; },
        [](u32string& o, char32_t a, char32_t b) {
            o.push_back(a);
            o.push_back(U' ');
            o.push_back(b);
            o.push_back(U' ');
        });

    for (char32_t c : line) {
        if (unicodetext::isPythonSpace(c)) {
            out.end();
        } else if (splitCjk && unicodetext::isCjk(c)) {
            out.end();
            out.append(c);
            out.end();
        } else {
            out.append(c);
        }
    }
    out.end();
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "metrics/rougetokenizer.h"

#include "metrics/porterstemmer.h"
#include "metrics/unicodetext.h"

#include <string>
#include <unordered_map>

namespace evalbench {

namespace {

// Stems the pending token in place if it qualifies, then closes it.
void finishToken(TokenList& out, bool asciiOnly)
{
    const std::u32string_view token = out.pending();
    if (token.size() > 3) {
        bool stemmable = true;
        for (char32_t c : token)
            stemmable = stemmable && (asciiOnly ? (c < 0x80) : unicodetext::isAsciiAlpha(c));
        if (stemmable) {
            // Answers and contexts reuse a small vocabulary, and stemming costs far
            // more than a hash lookup: remember stems per thread (bounded).
            thread_local std::string word;
            thread_local std::unordered_map<std::string, std::string> stems;
            word.assign(token.begin(), token.end());
            auto found = stems.find(word);
            if (found == stems.end()) {
                if (stems.size() >= 50000)
                    stems.clear();
                found = stems.emplace(word, PorterStemmer::stemmed(word)).first;
            }
            out.dropPending();
            for (char ch : found->second)
                out.append(char32_t(ch));
        }
    }
    out.end();
}

void tokenizeCompat(std::u32string_view text, TokenList& out)
{
    for (char32_t c : text) {
        // Python's lower() maps exactly two non-ASCII characters to ASCII letters.
        if (c == 0x130) { // İ -> "i" + U+0307, and the combining dot separates
            out.append(U'i');
            finishToken(out, true);
            continue;
        }
        if (c == 0x212A) // Kelvin sign -> k
            c = U'k';
        if (c >= U'A' && c <= U'Z')
            c += 32;
        if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9'))
            out.append(c);
        else
            finishToken(out, true);
    }
    finishToken(out, true);
}

void tokenizeDefault(std::u32string_view text, TokenList& out)
{
    using namespace unicodetext;
    for (char32_t c : text) {
        if (isCjk(c) && isWordChar(c)) {
            finishToken(out, false);
            out.append(c);
            out.end();
        } else if (isWordChar(c)) {
            out.append(toLower(c));
        } else {
            finishToken(out, false);
        }
    }
    finishToken(out, false);
}

} // namespace

void RougeTokenizer::tokenize(std::u32string_view text, bool ragasCompat, TokenList& out)
{
    out.clear();
    if (ragasCompat)
        tokenizeCompat(text, out);
    else
        tokenizeDefault(text, out);
}

} // namespace evalbench

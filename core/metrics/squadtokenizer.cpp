// SPDX-License-Identifier: MIT
#include "metrics/squadtokenizer.h"

#include "metrics/unicodetext.h"

#include <QChar>

namespace evalbench {

namespace {

bool isArticle(std::u32string_view token)
{
    return token == U"a" || token == U"an" || token == U"the";
}

void finishToken(TokenList& out)
{
    if (isArticle(out.pending()))
        out.dropPending();
    else
        out.end();
}

} // namespace

void SquadTokenizer::tokenize(std::u32string_view text, TokenList& out)
{
    using namespace unicodetext;
    out.clear();
    for (char32_t c : text) {
        if (isPunctuation(c))
            continue;
        if (isPythonSpace(c) || (c > 0x7F && QChar::isSpace(c))) {
            finishToken(out);
        } else if (isCjk(c)) {
            finishToken(out);
            out.append(c);
            out.end();
        } else {
            out.append(toLower(c));
        }
    }
    finishToken(out);
}

} // namespace evalbench

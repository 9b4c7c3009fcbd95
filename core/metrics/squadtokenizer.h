// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/tokenlist.h"

#include <string_view>

namespace evalbench {

// SQuAD's normalize_answer().split(), made CJK-aware: lower-case, delete
// punctuation (ASCII, Unicode P* and full-width forms; deleting joins the parts as
// SQuAD does: "don't" -> "dont"), split on whitespace, one token per CJK
// character, and drop the English articles a / an / the.
class SquadTokenizer
{
public:
    static void tokenize(std::u32string_view text, TokenList& out);
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/tokenlist.h"

#include <string_view>

namespace evalbench {

// Google rouge_score's tokenizer with the Porter stemmer on.
// Compat: lower-case (Python str.lower), every run of [^a-z0-9] is a separator,
// Porter on tokens longer than 3 characters; non-ASCII letters vanish.
// Default: letters, digits and marks of any script are kept (lower-cased), each
// CJK character is a token, Porter only on ASCII-alphabetic tokens longer than 3.
class RougeTokenizer
{
public:
    static void tokenize(std::u32string_view text, bool ragasCompat, TokenList& out);
};

} // namespace evalbench

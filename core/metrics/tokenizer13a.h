// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/tokenlist.h"

#include <string_view>

namespace evalbench {

// sacrebleu's default "13a" tokenizer (mteval-v13a), applied to one segment after
// BLEU's rstrip(), with the four regexes written out by hand. With splitCjk every
// CJK character also becomes its own token (EvalBench's default BLEU).
class Tokenizer13a
{
public:
    static void tokenize(std::u32string_view segment, bool splitCjk, TokenList& out);
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/tokenlist.h"

#include <cstddef>
#include <vector>

namespace evalbench {

// sacrebleu's BLEU for one segment (corpus_bleu of a single hypothesis): n-grams
// of order 1..4, reference counts = max over the references, closest reference
// length (the shorter on a tie), "exp" smoothing, effective_order off and
// log(0) = -9999999999. Returns sacrebleu's score / 100, so 1.0000000000000004
// for a perfect match, exactly as RAGAS reports it.
class BleuScorer
{
public:
    static double score(const TokenList& hypothesis, const std::vector<const TokenList*>& references);
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <vector>

namespace evalbench::ml {

enum class IdMatch
{
    OneToOne, // every gt id once in pred, and nothing else
    NotOneToOne, // an id repeats, or one side has an id the other lacks
    TooSparse // the ids are too spread out for a bitmap: sort them instead (IntegerIds)
};

// Matches gt and pred integer ids one to one without sorting, when the largest gt id is at most
// 64 × the row count (so a bit per possible id costs at most 8 bytes per row). A running popcount
// over the bitmap gives each gt id its rank among the gt ids; pred rows are put at the rank of
// their id, and each gt row reads its pred row back from there. For 1M ids below 10^7 every
// access stays in about 6 MB (a 1.2 MB bitmap), where two radix sorts would stream 64 MB.
// On OneToOne, predRowOfGt[r] is the pred row whose id is gt row r's.
IdMatch matchDenseIds(const std::vector<std::uint64_t>& gtKeys, const std::vector<std::uint64_t>& predKeys,
    std::vector<std::uint32_t>& predRowOfGt);

} // namespace evalbench::ml

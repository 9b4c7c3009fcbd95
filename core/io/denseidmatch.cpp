// SPDX-License-Identifier: MIT
#include "io/denseidmatch.h"

#include <algorithm>
#include <bit>

namespace evalbench::ml {

IdMatch matchDenseIds(const std::vector<std::uint64_t>& gtKeys, const std::vector<std::uint64_t>& predKeys,
    std::vector<std::uint32_t>& predRowOfGt)
{
    const std::size_t n = gtKeys.size();
    if (predKeys.size() != n)
        return IdMatch::NotOneToOne;
    const std::uint64_t maxKey = n ? *std::max_element(gtKeys.begin(), gtKeys.end()) : 0;
    if (maxKey / 64 > n)
        return IdMatch::TooSparse;

    const std::size_t words = static_cast<std::size_t>(maxKey / 64) + 1;
    std::vector<std::uint64_t> bits(words, 0);
    for (std::uint64_t k : gtKeys) {
        std::uint64_t& word = bits[k / 64];
        const std::uint64_t bit = std::uint64_t(1) << (k % 64);
        if (word & bit)
            return IdMatch::NotOneToOne; // repeated in gt
        word |= bit;
    }
    std::vector<std::uint32_t> ranksBefore(words); // gt ids below each word
    std::uint32_t total = 0;
    for (std::size_t w = 0; w < words; ++w) {
        ranksBefore[w] = total;
        total += static_cast<std::uint32_t>(std::popcount(bits[w]));
    }
    auto rankOf = [&](std::uint64_t k) {
        const std::uint64_t below = bits[k / 64] & ((std::uint64_t(1) << (k % 64)) - 1);
        return ranksBefore[k / 64] + static_cast<std::uint32_t>(std::popcount(below));
    };

    constexpr std::uint32_t unset = UINT32_MAX;
    std::vector<std::uint32_t> predAtRank(n, unset);
    for (std::size_t j = 0; j < n; ++j) {
        const std::uint64_t k = predKeys[j];
        if (k > maxKey || !((bits[k / 64] >> (k % 64)) & 1))
            return IdMatch::NotOneToOne; // not a gt id
        std::uint32_t& slot = predAtRank[rankOf(k)];
        if (slot != unset)
            return IdMatch::NotOneToOne; // repeated in pred
        slot = static_cast<std::uint32_t>(j);
    }
    // n pred rows on n distinct gt ids: each gt id has exactly one.
    predRowOfGt.resize(n);
    for (std::size_t r = 0; r < n; ++r)
        predRowOfGt[r] = predAtRank[rankOf(gtKeys[r])];
    return IdMatch::OneToOne;
}

} // namespace evalbench::ml

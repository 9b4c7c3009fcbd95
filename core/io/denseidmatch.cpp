// SPDX-License-Identifier: MIT
#include "io/denseidmatch.h"

#include <algorithm>

namespace evalbench::ml {

namespace {

// Without -mpopcnt (the x86-64 baseline) std::popcount is a libgcc call; this is a few inline ops.
int bitCount(std::uint64_t x)
{
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return static_cast<int>((x * 0x0101010101010101ULL) >> 56);
}

// A bit per gt id and, per 64-bit word, the number of gt ids below it.
struct RankedBits
{
    std::vector<std::uint64_t> bits;
    std::vector<std::uint32_t> ranksBefore;
    bool has(std::uint64_t k) const { return k / 64 < bits.size() && ((bits[k / 64] >> (k % 64)) & 1); }
    std::uint32_t rankOf(std::uint64_t k) const
    {
        const std::uint64_t below = bits[k / 64] & ((std::uint64_t(1) << (k % 64)) - 1);
        return ranksBefore[k / 64] + static_cast<std::uint32_t>(bitCount(below));
    }
};

} // namespace

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
    RankedBits gt { std::vector<std::uint64_t>(words, 0), std::vector<std::uint32_t>(words) };
    for (std::uint64_t k : gtKeys) {
        std::uint64_t& word = gt.bits[k / 64];
        const std::uint64_t bit = std::uint64_t(1) << (k % 64);
        if (word & bit)
            return IdMatch::NotOneToOne; // repeated in gt
        word |= bit;
    }
    std::uint32_t total = 0;
    for (std::size_t w = 0; w < words; ++w) {
        gt.ranksBefore[w] = total;
        total += static_cast<std::uint32_t>(bitCount(gt.bits[w]));
    }

    // The rank of every pred id first, then the stores and loads at those ranks as separate
    // loops: the random accesses then depend on nothing but a precomputed index, so the CPU
    // overlaps their cache misses instead of waiting for each in turn.
    std::vector<std::uint32_t> ranks(n);
    std::vector<std::uint64_t> seen(words, 0);
    for (std::size_t j = 0; j < n; ++j) {
        const std::uint64_t k = predKeys[j];
        if (!gt.has(k))
            return IdMatch::NotOneToOne; // not a gt id
        std::uint64_t& word = seen[k / 64];
        const std::uint64_t bit = std::uint64_t(1) << (k % 64);
        if (word & bit)
            return IdMatch::NotOneToOne; // repeated in pred
        word |= bit;
        ranks[j] = gt.rankOf(k);
    }
    // n distinct gt ids in pred: each gt id has exactly one pred row.
    std::vector<std::uint32_t> predAtRank(n);
    for (std::size_t j = 0; j < n; ++j)
        predAtRank[ranks[j]] = static_cast<std::uint32_t>(j);
    for (std::size_t r = 0; r < n; ++r)
        ranks[r] = gt.rankOf(gtKeys[r]);
    for (std::size_t r = 0; r < n; ++r)
        ranks[r] = predAtRank[ranks[r]];
    predRowOfGt = std::move(ranks);
    return IdMatch::OneToOne;
}

} // namespace evalbench::ml

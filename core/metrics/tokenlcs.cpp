// SPDX-License-Identifier: MIT
#include "metrics/tokenlcs.h"

#include <bit>

namespace evalbench {

size_t TokenLcs::length(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, uint32_t alphabet)
{
    if (a.empty() || b.empty())
        return 0;
    const size_t words = (a.size() + 63) / 64;
    thread_local std::vector<uint64_t> masks;
    thread_local std::vector<uint64_t> s;
    masks.assign(size_t(alphabet) * words, 0);
    for (size_t i = 0; i < a.size(); ++i)
        masks[a[i] * words + i / 64] |= uint64_t(1) << (i % 64);
    s.assign(words, ~uint64_t(0));
    for (uint32_t token : b) {
        const uint64_t* m = masks.data() + size_t(token) * words;
        uint64_t carry = 0;
        for (size_t w = 0; w < words; ++w) {
            const uint64_t u = s[w] & m[w];
            // (S + U) | (S - U) over the whole multi-word vector; S - U never borrows
            // because U is a subset of S.
            const uint64_t sum = s[w] + u;
            const uint64_t withCarry = sum + carry;
            carry = (sum < s[w]) || (withCarry < sum);
            s[w] = withCarry | (s[w] - u);
        }
    }
    size_t lcs = 0;
    for (size_t w = 0; w < words; ++w) {
        uint64_t zeros = ~s[w];
        if (w + 1 == words && a.size() % 64 != 0)
            zeros &= (uint64_t(1) << (a.size() % 64)) - 1;
        lcs += size_t(std::popcount(zeros));
    }
    return lcs;
}

} // namespace evalbench

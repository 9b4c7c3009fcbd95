// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string_view>

namespace evalbench {

// Unit-cost edit distance over code points, computed with Hyyrö's bit-parallel
// algorithm (one 64-bit word per 64 pattern characters), as rapidfuzz does.
// Stateless; scratch memory is thread-local, so calls are thread-safe.
class Levenshtein
{
public:
    static size_t distance(std::u32string_view a, std::u32string_view b);
    // 1 - distance / max(|a|, |b|); 1.0 when both are empty (rapidfuzz).
    static double similarity(std::u32string_view a, std::u32string_view b);
    // distance(text, patterns[i]) for every i. Long pairs run four at a time in
    // the lanes of one vector register, so this beats calling distance() per pair.
    static void distances(std::u32string_view text, const std::u32string_view* patterns, size_t count, size_t* out);
    // Plain O(|a|·|b|) dynamic programme: the reference the tests compare against.
    static size_t distanceReference(std::u32string_view a, std::u32string_view b);
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace evalbench {

// Length of the longest common subsequence of two id sequences (ids dense in
// [0, alphabet)), bit-parallel (Allison-Dix / Hyyrö): |a|/64 words per step of b.
class TokenLcs
{
public:
    static size_t length(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, uint32_t alphabet);
};

} // namespace evalbench

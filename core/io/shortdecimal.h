// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string_view>

namespace evalbench::ml {

// Plain decimals of at most 15 digits ("-12.3456"), the usual case, without from_chars: the
// digits as an integer m < 10^15 < 2^53 and 10^k (k ≤ 15) are both exact doubles, so the one
// IEEE division m / 10^k is the correctly rounded value of the text, exactly what from_chars
// returns. Anything else (exponents, more digits, "5." or ".5") is left to from_chars.
inline bool parseShortDecimal(std::string_view s, double& out)
{
    static constexpr double kPow10[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
        1e15 };
    const char* p = s.data();
    const char* const end = p + s.size();
    const bool negative = p < end && *p == '-';
    p += negative ? 1 : 0;
    std::uint64_t m = 0;
    const char* const intBegin = p;
    for (; p < end && static_cast<unsigned char>(*p - '0') <= 9; ++p)
        m = m * 10 + static_cast<std::uint64_t>(*p - '0');
    const long intDigits = p - intBegin;
    long fraction = 0;
    if (p < end && *p == '.') {
        const char* const fracBegin = ++p;
        for (; p < end && static_cast<unsigned char>(*p - '0') <= 9; ++p)
            m = m * 10 + static_cast<std::uint64_t>(*p - '0');
        fraction = p - fracBegin;
        if (fraction == 0)
            return false; // "5." is from_chars' business
    }
    if (p != end || intDigits == 0 || intDigits + fraction > 15)
        return false; // checked after the loops: m may have wrapped on a long run of digits
    const double v = static_cast<double>(m) / kPow10[fraction];
    out = negative ? -v : v;
    return true;
}

} // namespace evalbench::ml

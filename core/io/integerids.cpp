// SPDX-License-Identifier: MIT
#include "io/integerids.h"

#include <algorithm>
#include <bit>

namespace evalbench::ml {

bool canonicalInteger(std::string_view s, std::uint64_t& out)
{
    if (s.empty() || s.size() > 18 || (s.size() > 1 && s[0] == '0'))
        return false;
    std::uint64_t v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    out = v;
    return true;
}

std::optional<IntegerIds> IntegerIds::fromKeys(std::vector<std::uint64_t> keys)
{
    IntegerIds out;
    const std::size_t n = keys.size();
    out.m_rowBits = std::max(1, static_cast<int>(std::bit_width(n)));
    const std::uint64_t maxKey = n ? *std::max_element(keys.begin(), keys.end()) : 0;
    const int keyBits = std::bit_width(maxKey);
    if (keyBits + out.m_rowBits > 64)
        return std::nullopt;
    out.m_words = std::move(keys);
    for (std::size_t r = 0; r < n; ++r)
        out.m_words[r] = (out.m_words[r] << out.m_rowBits) | r;
    out.radixSort(keyBits);
    return out;
}

std::optional<IntegerIds> IntegerIds::fromText(const std::vector<std::string_view>& ids)
{
    std::vector<std::uint64_t> keys(ids.size());
    for (std::size_t r = 0; r < ids.size(); ++r) {
        if (!canonicalInteger(ids[r], keys[r]))
            return std::nullopt;
    }
    return fromKeys(std::move(keys));
}

void IntegerIds::radixSort(int keyBits)
{
    if (keyBits == 0)
        return; // every id is 0: already in row order
    constexpr int maxDigit = 12; // 4096 counters stay in L1
    const int passes = (keyBits + maxDigit - 1) / maxDigit;
    const int digit = (keyBits + passes - 1) / passes;
    const std::size_t buckets = std::size_t(1) << digit;
    std::vector<std::uint64_t> tmp(m_words.size());
    std::vector<std::size_t> start(buckets + 1);
    for (int pass = 0; pass < passes; ++pass) {
        const int shift = m_rowBits + pass * digit;
        std::fill(start.begin(), start.end(), 0);
        for (std::uint64_t w : m_words)
            ++start[((w >> shift) & (buckets - 1)) + 1];
        for (std::size_t b = 1; b <= buckets; ++b)
            start[b] += start[b - 1];
        for (std::uint64_t w : m_words)
            tmp[start[(w >> shift) & (buckets - 1)]++] = w;
        m_words.swap(tmp);
    }
}

std::optional<std::vector<std::uint32_t>> IntegerIds::matchOneToOne(const IntegerIds& gt, const IntegerIds& pred)
{
    // Sorted and equal in length: a one-to-one match is the two key sequences being equal with
    // no key twice in a row.
    if (gt.size() != pred.size())
        return std::nullopt;
    std::vector<std::uint32_t> predRowOfGt(gt.size());
    for (std::size_t i = 0; i < gt.size(); ++i) {
        const std::uint64_t key = gt.key(i);
        if (key != pred.key(i) || (i > 0 && key == gt.key(i - 1)))
            return std::nullopt;
        predRowOfGt[gt.row(i)] = pred.row(i);
    }
    return predRowOfGt;
}

} // namespace evalbench::ml

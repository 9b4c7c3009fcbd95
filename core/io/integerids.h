// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace evalbench::ml {

// "17" → 17; "017", "+17", "1.0", "" or over 18 digits → not canonical, so those ids are compared
// as text. Canonical integers are equal exactly when their text is.
bool canonicalInteger(std::string_view s, std::uint64_t& out);

// One file's canonical integer ids sorted by (id, row). Id and row share one 64-bit word, id in
// the high bits, so sorting the words sorts by id then row, and each radix pass moves 8 bytes per
// row instead of a 16-byte {id, row} pair. The LSD radix sort only visits the id bits, in as few
// passes of at most 12 bits as they need: 1M ids below 10^7 (24 bits) take 2 linear passes.
class IntegerIds
{
public:
    // keys[row] is the id of each row. Empty when an id and a row number do not fit in one word.
    static std::optional<IntegerIds> fromKeys(std::vector<std::uint64_t> keys);
    // Empty when an id is not canonical, or as above.
    static std::optional<IntegerIds> fromText(const std::vector<std::string_view>& ids);

    std::size_t size() const { return m_words.size(); }
    std::uint64_t key(std::size_t i) const { return m_words[i] >> m_rowBits; }
    std::uint32_t row(std::size_t i) const
    {
        return static_cast<std::uint32_t>(m_words[i] & ((std::uint64_t(1) << m_rowBits) - 1));
    }

    // The pred row of each gt row when both files list the same ids once each; empty when an id
    // repeats or is missing on either side (the caller then reports it the general way).
    static std::optional<std::vector<std::uint32_t>> matchOneToOne(const IntegerIds& gt, const IntegerIds& pred);

private:
    void radixSort(int keyBits);

    std::vector<std::uint64_t> m_words;
    int m_rowBits = 1;
};

} // namespace evalbench::ml

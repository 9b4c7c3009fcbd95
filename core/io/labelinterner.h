// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace evalbench::ml {

// Label text → small int, in order of first appearance. The views must outlive the interner
// (they point into the CSV buffers). Real label sets are small, so a linear scan over the known
// labels beats hashing until there are many of them. Each label is compared by length and its
// first 8 bytes as one integer first (that is the whole label for short ones, like "car" or
// "truck"), so the scan is a few integer compares and memcmp runs only on a likely hit.
class LabelInterner
{
public:
    std::int32_t intern(std::string_view label);
    const std::vector<std::string_view>& labels() const { return m_views; }
    std::vector<std::string> names() const { return { m_views.begin(), m_views.end() }; }

private:
    static std::uint64_t headOf(std::string_view label);

    std::vector<std::string_view> m_views;
    std::vector<std::uint64_t> m_heads; // headOf(m_views[i]) while the linear scan is in use
    std::unordered_map<std::string_view, std::int32_t> m_map;
};

} // namespace evalbench::ml

// SPDX-License-Identifier: MIT
#include "io/labelinterner.h"

#include <algorithm>
#include <cstring>

namespace evalbench::ml {

std::uint64_t LabelInterner::headOf(std::string_view label)
{
    std::uint64_t head = 0;
    std::memcpy(&head, label.data(), std::min<std::size_t>(label.size(), 8));
    return head;
}

std::int32_t LabelInterner::intern(std::string_view label)
{
    if (m_map.empty()) {
        const std::uint64_t head = headOf(label);
        for (std::size_t i = 0; i < m_views.size(); ++i) {
            if (m_heads[i] == head && m_views[i].size() == label.size()
                && (label.size() <= 8 || std::memcmp(m_views[i].data() + 8, label.data() + 8, label.size() - 8) == 0))
                return static_cast<std::int32_t>(i);
        }
        if (m_views.size() < 16) {
            m_views.push_back(label);
            m_heads.push_back(head);
            return static_cast<std::int32_t>(m_views.size() - 1);
        }
        for (std::size_t i = 0; i < m_views.size(); ++i)
            m_map.emplace(m_views[i], static_cast<std::int32_t>(i));
    }
    auto [it, inserted] = m_map.try_emplace(label, static_cast<std::int32_t>(m_views.size()));
    if (inserted)
        m_views.push_back(label);
    return it->second;
}

} // namespace evalbench::ml

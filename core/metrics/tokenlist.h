// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace evalbench {

// Tokens stored back to back in one buffer: no allocation per token, and a
// thread-local TokenList reuses its capacity from one sample to the next.
class TokenList
{
public:
    void clear()
    {
        m_chars.clear();
        m_ends.clear();
    }
    size_t size() const { return m_ends.size(); }
    bool empty() const { return m_ends.empty(); }
    std::u32string_view at(size_t i) const
    {
        const uint32_t begin = i == 0 ? 0 : m_ends[i - 1];
        return std::u32string_view(m_chars).substr(begin, m_ends[i] - begin);
    }
    std::u32string_view last() const { return at(size() - 1); }

    // Builds a token a character at a time; end() with no character is a no-op.
    void append(char32_t c) { m_chars.push_back(c); }
    void end()
    {
        if (m_chars.size() > (m_ends.empty() ? 0 : m_ends.back()))
            m_ends.push_back(static_cast<uint32_t>(m_chars.size()));
    }
    void add(std::u32string_view token)
    {
        m_chars.append(token);
        end();
    }
    // The token being built (characters appended since the last end()).
    std::u32string_view pending() const
    {
        return std::u32string_view(m_chars).substr(m_ends.empty() ? 0 : m_ends.back());
    }
    void dropPending() { m_chars.resize(m_ends.empty() ? 0 : m_ends.back()); }
    void dropLast()
    {
        m_ends.pop_back();
        dropPending();
    }

    std::vector<std::u32string> toVector() const
    {
        std::vector<std::u32string> out;
        for (size_t i = 0; i < size(); ++i)
            out.emplace_back(at(i));
        return out;
    }

private:
    std::u32string m_chars;
    std::vector<uint32_t> m_ends;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace evalbench {

// Maps keys to dense ids 0, 1, 2, ... so that token and n-gram comparisons
// become integer comparisons and counts become array lookups. Open addressing,
// reused between calls: reset() only bumps a generation stamp (a slot is live
// when its stamp is current), so it costs nothing however large the table grew.
template <typename Key, typename Hash> class Interner
{
public:
    void reset(size_t expected)
    {
        size_t capacity = 64;
        while (capacity < 2 * expected)
            capacity *= 2;
        m_count = 0;
        if (++m_generation == 0 || capacity > m_slots.size()) {
            m_slots.assign(std::max(capacity, m_slots.size()), Slot {});
            m_generation = 1;
        }
    }

    uint32_t intern(const Key& key)
    {
        if (2 * (m_count + 1) > m_slots.size())
            grow();
        const uint64_t hash = Hash {}(key);
        size_t mask = m_slots.size() - 1;
        size_t i = hash & mask;
        while (m_slots[i].generation == m_generation) {
            if (m_slots[i].hash == hash && m_slots[i].key == key)
                return m_slots[i].id;
            i = (i + 1) & mask;
        }
        m_slots[i] = Slot { key, hash, m_count, m_generation };
        return m_count++;
    }

    uint32_t size() const { return m_count; }

private:
    struct Slot
    {
        Key key {};
        uint64_t hash = 0;
        uint32_t id = 0;
        uint32_t generation = 0; // live when equal to m_generation
    };

    void grow()
    {
        std::vector<Slot> old;
        old.swap(m_slots);
        m_slots.assign(old.size() * 2, Slot {});
        const size_t mask = m_slots.size() - 1;
        for (const Slot& slot : old) {
            if (slot.generation != m_generation)
                continue;
            size_t i = slot.hash & mask;
            while (m_slots[i].generation == m_generation)
                i = (i + 1) & mask;
            m_slots[i] = slot;
        }
    }

    std::vector<Slot> m_slots = std::vector<Slot>(64);
    uint32_t m_count = 0;
    uint32_t m_generation = 1;
};

struct TokenHash
{
    uint64_t operator()(std::u32string_view s) const
    {
        uint64_t h = 1469598103934665603ull; // FNV-1a, then a final mix for the low bits
        for (char32_t c : s)
            h = (h ^ c) * 1099511628211ull;
        return h ^ (h >> 29);
    }
};

struct KeyHash
{
    uint64_t operator()(uint64_t k) const
    {
        k ^= k >> 33;
        k *= 0xff51afd7ed558ccdull;
        k ^= k >> 33;
        return k;
    }
};

using TokenInterner = Interner<std::u32string_view, TokenHash>;
using KeyInterner = Interner<uint64_t, KeyHash>;

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "metrics/levenshtein.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <vector>

namespace evalbench {

namespace {

// Bit masks of where each pattern character occurs, one row of `words` 64-bit
// words per distinct character. Row 0 is all zero (characters not in the pattern).
// Latin-1 characters index a direct table; others go through a small open-addressing
// hash, since most text is Latin but CJK patterns have hundreds of distinct characters.
class PatternMasks
{
public:
    void build(std::u32string_view pattern, size_t minWords = 0)
    {
        m_words = std::max((pattern.size() + 63) / 64, minWords);
        m_direct.fill(0);
        size_t distinct = 0;
        for (char32_t c : pattern)
            distinct += c >= m_direct.size();
        size_t capacity = 16;
        while (capacity < 2 * distinct)
            capacity *= 2;
        m_keys.assign(capacity, kEmpty);
        m_slots.assign(capacity, 0);
        m_masks.assign(m_words, 0);
        uint32_t rows = 1;
        for (size_t i = 0; i < pattern.size(); ++i) {
            uint32_t& row = slotFor(pattern[i]);
            if (row == 0) {
                row = rows++;
                m_masks.resize(size_t(rows) * m_words, 0);
            }
            m_masks[row * m_words + i / 64] |= uint64_t(1) << (i % 64);
        }
    }

    const uint64_t* row(char32_t c) const { return m_masks.data() + size_t(lookup(c)) * m_words; }
    size_t words() const { return m_words; }

private:
    static constexpr char32_t kEmpty = 0xFFFFFFFF;

    uint32_t& slotFor(char32_t c)
    {
        if (c < m_direct.size())
            return m_direct[c];
        size_t mask = m_keys.size() - 1;
        size_t i = (c * 2654435761u) & mask;
        while (m_keys[i] != kEmpty && m_keys[i] != c)
            i = (i + 1) & mask;
        m_keys[i] = c;
        return m_slots[i];
    }

    uint32_t lookup(char32_t c) const
    {
        if (c < m_direct.size())
            return m_direct[c];
        size_t mask = m_keys.size() - 1;
        size_t i = (c * 2654435761u) & mask;
        while (m_keys[i] != kEmpty) {
            if (m_keys[i] == c)
                return m_slots[i];
            i = (i + 1) & mask;
        }
        return 0;
    }

    size_t m_words = 0;
    std::array<uint32_t, 256> m_direct {};
    std::vector<char32_t> m_keys;
    std::vector<uint32_t> m_slots;
    std::vector<uint64_t> m_masks;
};

struct BlockState
{
    uint64_t vp;
    uint64_t vn;
};

size_t distanceSingleWord(const PatternMasks& pm, size_t m, std::u32string_view text)
{
    uint64_t vp = ~uint64_t(0);
    uint64_t vn = 0;
    const uint64_t last = uint64_t(1) << (m - 1);
    size_t dist = m;
    for (char32_t c : text) {
        const uint64_t x = *pm.row(c) | vn;
        const uint64_t d0 = (((x & vp) + vp) ^ vp) | x;
        uint64_t hp = vn | ~(d0 | vp);
        uint64_t hn = vp & d0;
        dist += (hp & last) != 0;
        dist -= (hn & last) != 0;
        hp = (hp << 1) | 1;
        hn <<= 1;
        vp = hn | ~(d0 | hp);
        vn = hp & d0;
    }
    return dist;
}

// Hyyrö 2003, block-based: each text character advances every block of the
// column, passing the horizontal +1/-1 deltas from one block to the next. The
// last block (whose top bit is the pattern's last row) is peeled off the loop.
size_t distanceBlocks(const PatternMasks& pm, size_t m, std::u32string_view text, std::vector<BlockState>& state)
{
    const size_t words = pm.words();
    state.assign(words, BlockState { ~uint64_t(0), 0 });
    BlockState* const blocks = state.data();
    const size_t lastWord = words - 1;
    const uint64_t last = uint64_t(1) << ((m - 1) % 64);
    size_t dist = m;
    for (char32_t c : text) {
        const uint64_t* masks = pm.row(c);
        uint64_t hpCarry = 1;
        uint64_t hnCarry = 0;
        const auto advance = [&](size_t w, uint64_t carryMask) {
            const uint64_t vp = blocks[w].vp;
            const uint64_t vn = blocks[w].vn;
            const uint64_t x = masks[w] | hnCarry;
            const uint64_t d0 = (((x & vp) + vp) ^ vp) | x | vn;
            uint64_t hp = vn | ~(d0 | vp);
            uint64_t hn = d0 & vp;
            const uint64_t hpIn = hpCarry;
            const uint64_t hnIn = hnCarry;
            hpCarry = (hp & carryMask) != 0;
            hnCarry = (hn & carryMask) != 0;
            hp = (hp << 1) | hpIn;
            hn = (hn << 1) | hnIn;
            blocks[w].vp = hn | ~(d0 | hp);
            blocks[w].vn = hp & d0;
        };
        for (size_t w = 0; w < lastWord; ++w)
            advance(w, uint64_t(1) << 63);
        advance(lastWord, last);
        dist += hpCarry;
        dist -= hnCarry;
    }
    return dist;
}

#if defined(__GNUC__) || defined(__clang__)
#define EVALBENCH_VECTOR_LANES 1
// Four (pattern, text) pairs side by side in one vector of 64-bit lanes, all
// with the same text: one retrieved context against up to four reference
// contexts. GCC/Clang lower this to AVX2 when built for it, else to SSE2 pairs.
using Lanes = uint64_t __attribute__((vector_size(32)));
constexpr size_t kLanes = 4;

struct LaneSet
{
    PatternMasks masks[kLanes];
    std::vector<uint64_t> zeroRow;
    // Plain words, moved through memcpy: heap blocks are not 32-byte aligned, and
    // the AVX2 clone would otherwise use aligned moves on them.
    std::vector<uint64_t> vp;
    std::vector<uint64_t> vn;
};

// Runtime dispatch (ifunc): the AVX2 clone runs these lanes ~1.75x faster than
// the SSE2 baseline on x86-64 Linux; elsewhere the one portable version is built.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define EVALBENCH_LANE_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define EVALBENCH_LANE_CLONES
#endif

// Fills out[p] with distance(text, patterns[p]); patterns are non-empty.
EVALBENCH_LANE_CLONES void distancesVector(
    std::u32string_view text, const std::u32string_view* patterns, size_t count, size_t* out)
{
    thread_local LaneSet set;
    size_t words = 0;
    for (size_t p = 0; p < count; ++p)
        words = std::max(words, (patterns[p].size() + 63) / 64);
    for (size_t p = 0; p < count; ++p)
        set.masks[p].build(patterns[p], words);
    set.zeroRow.assign(words, 0);
    set.vp.assign(words * kLanes, ~uint64_t(0));
    set.vn.assign(words * kLanes, 0);
    uint64_t* const vpBlocks = set.vp.data();
    uint64_t* const vnBlocks = set.vn.data();
    const uint64_t* rows[kLanes];
    for (size_t p = count; p < kLanes; ++p)
        rows[p] = set.zeroRow.data();
    for (char32_t c : text) {
        for (size_t p = 0; p < count; ++p)
            rows[p] = set.masks[p].row(c);
        Lanes hpCarry = { 1, 1, 1, 1 };
        Lanes hnCarry {};
        for (size_t w = 0; w < words; ++w) {
            const Lanes m = { rows[0][w], rows[1][w], rows[2][w], rows[3][w] };
            Lanes vp;
            Lanes vn;
            std::memcpy(&vp, vpBlocks + w * kLanes, sizeof(Lanes));
            std::memcpy(&vn, vnBlocks + w * kLanes, sizeof(Lanes));
            const Lanes x = m | hnCarry;
            const Lanes d0 = (((x & vp) + vp) ^ vp) | x | vn;
            Lanes hp = vn | ~(d0 | vp);
            Lanes hn = d0 & vp;
            const Lanes hpOut = hp >> 63;
            const Lanes hnOut = hn >> 63;
            hp = (hp << 1) | hpCarry;
            hn = (hn << 1) | hnCarry;
            const Lanes newVp = hn | ~(d0 | hp);
            const Lanes newVn = hp & d0;
            std::memcpy(vpBlocks + w * kLanes, &newVp, sizeof(Lanes));
            std::memcpy(vnBlocks + w * kLanes, &newVn, sizeof(Lanes));
            hpCarry = hpOut;
            hnCarry = hnOut;
        }
    }
    // D[m][n] = D[0][n] + (vertical +1 steps) - (vertical -1 steps) over rows 1..m;
    // rows past a shorter pattern's end only pad its lane and are not counted.
    for (size_t p = 0; p < count; ++p) {
        const size_t m = patterns[p].size();
        long long dist = static_cast<long long>(text.size());
        for (size_t w = 0; w * 64 < m; ++w) {
            const size_t bits = std::min<size_t>(64, m - w * 64);
            const uint64_t keep = bits == 64 ? ~uint64_t(0) : (uint64_t(1) << bits) - 1;
            dist += std::popcount(vpBlocks[w * kLanes + p] & keep);
            dist -= std::popcount(vnBlocks[w * kLanes + p] & keep);
        }
        out[p] = static_cast<size_t>(dist);
    }
}
#endif

} // namespace

size_t Levenshtein::distance(std::u32string_view a, std::u32string_view b)
{
    // Common prefix and suffix never change the distance and are often long
    // (a retrieved context that equals or extends a reference).
    const size_t prefix = std::mismatch(a.begin(), a.end(), b.begin(), b.end()).first - a.begin();
    a.remove_prefix(prefix);
    b.remove_prefix(prefix);
    const size_t suffix = std::mismatch(a.rbegin(), a.rend(), b.rbegin(), b.rend()).first - a.rbegin();
    a.remove_suffix(suffix);
    b.remove_suffix(suffix);
    if (a.size() > b.size())
        std::swap(a, b);
    if (a.empty())
        return b.size();

    thread_local PatternMasks pm;
    thread_local std::vector<BlockState> state;
    pm.build(a);
    if (a.size() <= 64)
        return distanceSingleWord(pm, a.size(), b);
    return distanceBlocks(pm, a.size(), b, state);
}

double Levenshtein::similarity(std::u32string_view a, std::u32string_view b)
{
    const size_t longest = std::max(a.size(), b.size());
    if (longest == 0)
        return 1.0;
    return 1.0 - double(distance(a, b)) / double(longest);
}

void Levenshtein::distances(std::u32string_view text, const std::u32string_view* patterns, size_t count, size_t* out)
{
#ifdef EVALBENCH_VECTOR_LANES
    // Trivial pairs are answered directly; the rest go four at a time.
    std::u32string_view batch[kLanes];
    size_t slot[kLanes];
    size_t pending = 0;
    const auto flush = [&] {
        size_t results[kLanes];
        distancesVector(text, batch, pending, results);
        for (size_t i = 0; i < pending; ++i)
            out[slot[i]] = results[i];
        pending = 0;
    };
    for (size_t i = 0; i < count; ++i) {
        const std::u32string_view pattern = patterns[i];
        if (pattern.empty() || text.empty() || pattern == text || pattern.size() <= 64 || text.size() <= 64) {
            out[i] = distance(text, pattern);
            continue;
        }
        batch[pending] = pattern;
        slot[pending++] = i;
        if (pending == kLanes)
            flush();
    }
    if (pending > 0)
        flush();
#else
    for (size_t i = 0; i < count; ++i)
        out[i] = distance(text, patterns[i]);
#endif
}

size_t Levenshtein::distanceReference(std::u32string_view a, std::u32string_view b)
{
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diagonal = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            const size_t up = row[j];
            row[j] = std::min({ up + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1) });
            diagonal = up;
        }
    }
    return row[b.size()];
}

} // namespace evalbench

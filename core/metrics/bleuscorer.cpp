// SPDX-License-Identifier: MIT
#include "metrics/bleuscorer.h"

#include "metrics/interner.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstdlib>

namespace evalbench {

namespace {

constexpr int kMaxOrder = 4;

double sacrebleuLog(double value)
{
    return value == 0.0 ? -9999999999.0 : std::log(value);
}

size_t closestReferenceLength(size_t hypothesisLength, const std::vector<const TokenList*>& references)
{
    size_t closest = 0;
    size_t closestDiff = SIZE_MAX;
    for (const TokenList* reference : references) {
        const size_t length = reference->size();
        const size_t diff = length > hypothesisLength ? length - hypothesisLength : hypothesisLength - length;
        if (diff < closestDiff || (diff == closestDiff && length < closest)) {
            closestDiff = diff;
            closest = length;
        }
    }
    return closest;
}

} // namespace

double BleuScorer::score(const TokenList& hypothesis, const std::vector<const TokenList*>& references)
{
    // Sequences of n-gram ids: index 0 is the hypothesis, then each reference.
    // Level-n ids are interned (id of the (n-1)-gram prefix, id of the last token)
    // pairs, so n-grams of any order compare as integers, exactly.
    thread_local std::vector<std::vector<uint32_t>> tokens;
    thread_local std::vector<std::vector<uint32_t>> grams;
    thread_local TokenInterner tokenIds;
    thread_local KeyInterner gramIds;
    thread_local std::vector<uint32_t> hypCount;
    thread_local std::vector<uint32_t> refMax;
    thread_local std::vector<uint32_t> refCount;

    const size_t sequences = references.size() + 1;
    tokens.resize(std::max(tokens.size(), sequences));
    grams.resize(std::max(grams.size(), sequences));
    size_t totalTokens = hypothesis.size();
    for (const TokenList* reference : references)
        totalTokens += reference->size();
    tokenIds.reset(totalTokens);
    for (size_t s = 0; s < sequences; ++s) {
        const TokenList& list = s == 0 ? hypothesis : *references[s - 1];
        tokens[s].clear();
        for (size_t i = 0; i < list.size(); ++i)
            tokens[s].push_back(tokenIds.intern(list.at(i)));
        grams[s] = tokens[s];
    }

    const size_t hypLength = hypothesis.size();
    const size_t refLength = closestReferenceLength(hypLength, references);
    std::array<size_t, kMaxOrder> correct {};
    std::array<size_t, kMaxOrder> total {};
    for (int n = 1; n <= kMaxOrder; ++n) {
        uint32_t distinct = tokenIds.size();
        if (n > 1) {
            gramIds.reset(totalTokens);
            for (size_t s = 0; s < sequences; ++s) {
                std::vector<uint32_t>& g = grams[s];
                if (g.empty())
                    continue;
                // g[i] held the (n-1)-gram starting at i; extend it by token i+n-1.
                for (size_t i = 0; i + 1 < g.size(); ++i)
                    g[i] = gramIds.intern((uint64_t(g[i]) << 32) | tokens[s][i + n - 1]);
                g.pop_back();
            }
            distinct = gramIds.size();
        }
        hypCount.assign(distinct, 0);
        refMax.assign(distinct, 0);
        refCount.assign(distinct, 0);
        for (size_t s = 1; s < sequences; ++s) {
            for (uint32_t id : grams[s])
                ++refCount[id];
            for (uint32_t id : grams[s]) {
                refMax[id] = std::max(refMax[id], refCount[id]);
                refCount[id] = 0;
            }
        }
        for (uint32_t id : grams[0]) {
            if (hypCount[id] < refMax[id])
                ++correct[n - 1];
            ++hypCount[id];
        }
        total[n - 1] = grams[0].size();
    }

    double bp = 1.0;
    if (hypLength < refLength)
        bp = hypLength > 0 ? std::exp(1.0 - double(refLength) / double(hypLength)) : 0.0;
    if (std::all_of(correct.begin(), correct.end(), [](size_t c) { return c == 0; }))
        return 0.0;

    std::array<double, kMaxOrder> precisions {};
    double smooth = 1.0;
    for (int n = 0; n < kMaxOrder; ++n) {
        if (total[n] == 0)
            break;
        if (correct[n] == 0) {
            smooth *= 2;
            precisions[n] = 100.0 / (smooth * double(total[n]));
        } else {
            precisions[n] = 100.0 * double(correct[n]) / double(total[n]);
        }
    }
    // Python's sum() adds left to right starting from 0: keep that order.
    double sum = 0.0;
    for (double p : precisions)
        sum += sacrebleuLog(p);
    return bp * std::exp(sum / kMaxOrder) / 100.0;
}

} // namespace evalbench

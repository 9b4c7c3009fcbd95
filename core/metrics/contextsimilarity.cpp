// SPDX-License-Identifier: MIT
#include "metrics/contextsimilarity.h"

#include "metrics/levenshtein.h"
#include "metrics/unicodetext.h"

#include <algorithm>
#include <string>

namespace evalbench {

namespace {

struct Cache
{
    QStringList contexts;
    QStringList references;
    std::vector<double> values;
    bool valid = false;
};

} // namespace

ContextSimilarity::ContextSimilarity(const QStringList& contexts, const QStringList& references)
    : m_contexts(contexts.size())
    , m_references(references.size())
{
    thread_local Cache cache;
    if (cache.valid && cache.contexts == contexts && cache.references == references) {
        m_values = cache.values;
        return;
    }
    thread_local std::vector<std::u32string> referencePoints;
    thread_local std::u32string contextPoints;
    if (referencePoints.size() < size_t(m_references))
        referencePoints.resize(size_t(m_references));
    for (qsizetype r = 0; r < m_references; ++r)
        unicodetext::toCodePoints(references[r], referencePoints[size_t(r)]);
    thread_local std::vector<std::u32string_view> patterns;
    thread_local std::vector<size_t> distances;
    patterns.assign(referencePoints.begin(), referencePoints.begin() + m_references);
    distances.resize(size_t(m_references));
    m_values.resize(size_t(m_contexts * m_references));
    for (qsizetype c = 0; c < m_contexts; ++c) {
        unicodetext::toCodePoints(contexts[c], contextPoints);
        Levenshtein::distances(contextPoints, patterns.data(), patterns.size(), distances.data());
        for (qsizetype r = 0; r < m_references; ++r) {
            const size_t longest = std::max(contextPoints.size(), patterns[size_t(r)].size());
            m_values[size_t(c * m_references + r)] =
                longest == 0 ? 1.0 : 1.0 - double(distances[size_t(r)]) / double(longest);
        }
    }
    cache.contexts = contexts;
    cache.references = references;
    cache.values = m_values;
    cache.valid = true;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include <vector>

#include <QStringList>

namespace evalbench {

// Levenshtein similarity of every (retrieved context, reference context) pair,
// row-major: at(c, r). non_llm_context_recall and non_llm_context_precision need
// the same matrix for a sample, and it is the dominant cost of the offline
// metrics, so the last one computed on each thread is kept and reused when the
// next call has equal inputs.
class ContextSimilarity
{
public:
    ContextSimilarity(const QStringList& contexts, const QStringList& references);

    double at(qsizetype context, qsizetype reference) const
    {
        return m_values[size_t(context * m_references + reference)];
    }
    qsizetype contexts() const { return m_contexts; }
    qsizetype references() const { return m_references; }

private:
    qsizetype m_contexts = 0;
    qsizetype m_references = 0;
    std::vector<double> m_values;
};

} // namespace evalbench

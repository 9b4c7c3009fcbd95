// SPDX-License-Identifier: MIT
#include "metrics/nonllmcontextprecisionmetric.h"

#include "metrics/contextsimilarity.h"

#include <algorithm>

#include <QJsonArray>

namespace evalbench {

const MetricInfo& NonLlmContextPrecisionMetric::info() const
{
    static const MetricInfo info { QStringLiteral("non_llm_context_precision"), MetricKind::Offline,
        { SampleField::Contexts, SampleField::ReferenceContexts }, 0.0, 1.0, true,
        // Marked for lupdate: the window shows it translated (context "MetricDescription").
        QString::fromUtf8(QT_TRANSLATE_NOOP("MetricDescription",
            "Average precision of the retrieved contexts, relevant when Levenshtein similarity to a reference "
            "context is at least 0.5.")) };
    return info;
}

MetricScore NonLlmContextPrecisionMetric::score(const Sample& sample, const MetricOptions& options) const
{
    const QStringList& contexts = *sample.contexts;
    const QStringList& references = *sample.referenceContexts;
    if (contexts.isEmpty())
        return MetricScore::ofValue(info().id, 0.0);
    if (references.isEmpty())
        return MetricScore::failed(info().id, QStringLiteral("there are no reference contexts to compare with"));

    const ContextSimilarity similarity(contexts, references);
    QJsonArray best;
    // RAGAS: numerator = sum((sum(v[:k+1]) / (k+1)) * v[k]), denominator = sum(v) + 1e-10.
    double numerator = 0.0;
    int relevant = 0;
    for (qsizetype c = 0; c < contexts.size(); ++c) {
        double top = 0.0;
        for (qsizetype r = 0; r < references.size(); ++r)
            top = std::max(top, similarity.at(c, r));
        best.append(top);
        const int verdict = top >= 0.5 ? 1 : 0; // >= here, unlike recall's >
        relevant += verdict;
        numerator += (double(relevant) / double(c + 1)) * verdict;
    }
    const QJsonObject evidence { { QStringLiteral("best_similarity"), best } };
    if (options.ragasCompat)
        return MetricScore::ofValue(info().id, numerator / (double(relevant) + 1e-10), evidence);
    return MetricScore::ofValue(info().id, relevant == 0 ? 0.0 : numerator / double(relevant), evidence);
}

} // namespace evalbench

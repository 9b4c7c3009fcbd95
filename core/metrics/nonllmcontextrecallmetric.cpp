// SPDX-License-Identifier: MIT
#include "metrics/nonllmcontextrecallmetric.h"

#include "metrics/contextsimilarity.h"

#include <algorithm>

#include <QJsonArray>

namespace evalbench {

const MetricInfo& NonLlmContextRecallMetric::info() const
{
    static const MetricInfo info { QStringLiteral("non_llm_context_recall"), MetricKind::Offline,
        { SampleField::Contexts, SampleField::ReferenceContexts }, 0.0, 1.0, true,
        // Marked for lupdate: the window shows it translated (context "MetricDescription").
        QString::fromUtf8(QT_TRANSLATE_NOOP("MetricDescription",
            "Share of reference contexts found among the retrieved contexts (Levenshtein similarity > 0.5).")) };
    return info;
}

MetricScore NonLlmContextRecallMetric::score(const Sample& sample, const MetricOptions& options) const
{
    const QStringList& contexts = *sample.contexts;
    const QStringList& references = *sample.referenceContexts;
    if (references.isEmpty())
        return MetricScore::failed(info().id, QStringLiteral("there are no reference contexts to recall"));
    if (contexts.isEmpty()) {
        // RAGAS takes max([]) and the exception becomes NaN; nothing retrieved
        // recalls nothing, which is 0 by EvalBench's default.
        if (options.ragasCompat)
            return MetricScore::failed(info().id, QStringLiteral("no retrieved contexts (RAGAS gives NaN)"));
        return MetricScore::ofValue(info().id, 0.0);
    }

    const ContextSimilarity similarity(contexts, references);
    QJsonArray best;
    qsizetype recalled = 0;
    for (qsizetype r = 0; r < references.size(); ++r) {
        double top = 0.0;
        for (qsizetype c = 0; c < contexts.size(); ++c)
            top = std::max(top, similarity.at(c, r));
        recalled += top > 0.5 ? 1 : 0; // strictly greater, as RAGAS
        best.append(top);
    }
    return MetricScore::ofValue(info().id, double(recalled) / double(references.size()),
        QJsonObject { { QStringLiteral("best_similarity"), best } });
}

} // namespace evalbench

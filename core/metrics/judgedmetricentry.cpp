// SPDX-License-Identifier: MIT
#include "metrics/judgedmetricentry.h"

#include <QCoreApplication>

namespace evalbench {

namespace {

MetricInfo judged(const char* id, QList<SampleField> inputs, const char* description, double rangeMin = 0.0,
    bool higherIsBetter = true)
{
    MetricInfo info;
    info.id = QString::fromLatin1(id);
    info.kind = MetricKind::Llm;
    info.inputs = std::move(inputs);
    info.rangeMin = rangeMin;
    info.rangeMax = 1.0;
    info.higherIsBetter = higherIsBetter;
    info.description = QString::fromUtf8(description);
    return info;
}

} // namespace

JudgedMetricEntry::JudgedMetricEntry(MetricInfo info)
    : m_info(std::move(info))
{ }

QList<MetricInfo> JudgedMetricEntry::judgedMetrics()
{
    using F = SampleField;
    return {
        judged("faithfulness", { F::Question, F::Answer, F::Contexts },
            QT_TRANSLATE_NOOP("MetricDescription",
                "Share of the answer's statements that the retrieved contexts support (LLM judge).")),
        judged("answer_relevancy", { F::Question, F::Answer },
            QT_TRANSLATE_NOOP("MetricDescription",
                "How closely questions regenerated from the answer match the asked question, zero when the answer is "
                "evasive (LLM judge and embeddings)."),
            -1.0),
        judged("context_precision", { F::Question, F::Contexts, F::GroundTruth },
            QT_TRANSLATE_NOOP("MetricDescription",
                "Average precision of the retrieved contexts, in rank order, judged useful for the ground truth (LLM "
                "judge).")),
        judged("context_recall", { F::Question, F::Contexts, F::GroundTruth },
            QT_TRANSLATE_NOOP("MetricDescription",
                "Share of the ground truth's sentences that the retrieved contexts support (LLM judge).")),
        judged("answer_correctness", { F::Question, F::Answer, F::GroundTruth },
            QT_TRANSLATE_NOOP("MetricDescription",
                "F1 of the answer's statements against the ground truth's, blended with their semantic similarity (LLM "
                "judge and embeddings).")),
        judged("semantic_similarity", { F::Answer, F::GroundTruth },
            QT_TRANSLATE_NOOP(
                "MetricDescription", "Cosine similarity of the answer's and the ground truth's embeddings."),
            -1.0),
        judged("rubric", { F::Question, F::Answer },
            QT_TRANSLATE_NOOP("MetricDescription",
                "G-Eval: the judge scores the answer 1 to 5 against the run's criteria, normalised to 0 to 1 (LLM "
                "judge).")),
        judged("hallucination", { F::Answer, F::Contexts },
            QT_TRANSLATE_NOOP("MetricDescription",
                "Share of the retrieved contexts that the answer contradicts; lower is better (LLM judge)."),
            0.0, false),
    };
}

MetricScore JudgedMetricEntry::score(const Sample&, const MetricOptions&) const
{
    return MetricScore::failed(m_info.id, QStringLiteral("this metric needs an LLM judge; choose a judge profile"));
}

} // namespace evalbench

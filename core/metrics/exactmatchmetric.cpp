// SPDX-License-Identifier: MIT
#include "metrics/exactmatchmetric.h"

#include "metrics/textcache.h"

namespace evalbench {

const MetricInfo& ExactMatchMetric::info() const
{
    static const MetricInfo info { QStringLiteral("exact_match"), MetricKind::Offline,
        { SampleField::Answer, SampleField::GroundTruth }, 0.0, 1.0, true,
        // Marked for lupdate: the window shows it translated (context "MetricDescription").
        QString::fromUtf8(QT_TRANSLATE_NOOP(
            "MetricDescription", "1 if the answer equals the ground truth after SQuAD normalisation, else 0.")) };
    return info;
}

MetricScore ExactMatchMetric::score(const Sample& sample, const MetricOptions& options) const
{
    const QString& answer = *sample.answer;
    const QString& truth = *sample.groundTruth;
    if (options.ragasCompat) // RAGAS: reference == response, no normalisation at all
        return MetricScore::ofValue(info().id, answer == truth ? 1.0 : 0.0);

    const TokenList& answerTokens = TextCache::squadTokens(answer, TextCache::Answer);
    const TokenList& truthTokens = TextCache::squadTokens(truth, TextCache::GroundTruth);
    bool equal = answerTokens.size() == truthTokens.size();
    for (size_t i = 0; equal && i < answerTokens.size(); ++i)
        equal = answerTokens.at(i) == truthTokens.at(i);
    return MetricScore::ofValue(info().id, equal ? 1.0 : 0.0);
}

} // namespace evalbench

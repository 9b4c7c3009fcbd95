// SPDX-License-Identifier: MIT
#include "metrics/exactmatchmetric.h"

#include "metrics/squadtokenizer.h"
#include "metrics/unicodetext.h"

namespace evalbench {

const MetricInfo& ExactMatchMetric::info() const
{
    static const MetricInfo info { QStringLiteral("exact_match"), MetricKind::Offline,
        { SampleField::Answer, SampleField::GroundTruth }, 0.0, 1.0, true,
        QStringLiteral("1 if the answer equals the ground truth after SQuAD normalisation, else 0.") };
    return info;
}

MetricScore ExactMatchMetric::score(const Sample& sample, const MetricOptions& options) const
{
    const QString& answer = *sample.answer;
    const QString& truth = *sample.groundTruth;
    if (options.ragasCompat) // RAGAS: reference == response, no normalisation at all
        return MetricScore::ofValue(info().id, answer == truth ? 1.0 : 0.0);

    thread_local std::u32string points;
    thread_local TokenList answerTokens;
    thread_local TokenList truthTokens;
    unicodetext::toCodePoints(answer, points);
    SquadTokenizer::tokenize(points, answerTokens);
    unicodetext::toCodePoints(truth, points);
    SquadTokenizer::tokenize(points, truthTokens);
    bool equal = answerTokens.size() == truthTokens.size();
    for (size_t i = 0; equal && i < answerTokens.size(); ++i)
        equal = answerTokens.at(i) == truthTokens.at(i);
    return MetricScore::ofValue(info().id, equal ? 1.0 : 0.0);
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "metrics/stringsimilaritymetric.h"

#include "metrics/levenshtein.h"
#include "metrics/unicodetext.h"

namespace evalbench {

const MetricInfo& StringSimilarityMetric::info() const
{
    static const MetricInfo info { QStringLiteral("string_similarity"), MetricKind::Offline,
        { SampleField::Answer, SampleField::GroundTruth }, 0.0, 1.0, true,
        QStringLiteral("1 minus the Levenshtein distance of answer and ground truth over the longer length.") };
    return info;
}

MetricScore StringSimilarityMetric::score(const Sample& sample, const MetricOptions& /*options*/) const
{
    thread_local std::u32string answer;
    thread_local std::u32string truth;
    unicodetext::toCodePoints(*sample.answer, answer);
    unicodetext::toCodePoints(*sample.groundTruth, truth);
    return MetricScore::ofValue(info().id, Levenshtein::similarity(answer, truth));
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "metrics/stringsimilaritymetric.h"

#include "metrics/levenshtein.h"
#include "metrics/textcache.h"

namespace evalbench {

const MetricInfo& StringSimilarityMetric::info() const
{
    static const MetricInfo info { QStringLiteral("string_similarity"), MetricKind::Offline,
        { SampleField::Answer, SampleField::GroundTruth }, 0.0, 1.0, true,
        // Marked for lupdate: the window shows it translated (context "MetricDescription").
        QString::fromUtf8(QT_TRANSLATE_NOOP("MetricDescription",
            "1 minus the Levenshtein distance of answer and ground truth over the longer length.")) };
    return info;
}

MetricScore StringSimilarityMetric::score(const Sample& sample, const MetricOptions& /*options*/) const
{
    const std::u32string& answer = TextCache::codePoints(*sample.answer, TextCache::Answer);
    const std::u32string& truth = TextCache::codePoints(*sample.groundTruth, TextCache::GroundTruth);
    return MetricScore::ofValue(info().id, Levenshtein::similarity(answer, truth));
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "metrics/rougelmetric.h"

#include "metrics/interner.h"
#include "metrics/rougetokenizer.h"
#include "metrics/textcache.h"
#include "metrics/tokenlcs.h"

#include <vector>

namespace evalbench {

const MetricInfo& RougeLMetric::info() const
{
    static const MetricInfo info { QStringLiteral("rouge_l"), MetricKind::Offline,
        { SampleField::Answer, SampleField::GroundTruth }, 0.0, 1.0, true,
        // Marked for lupdate: the window shows it translated (context "MetricDescription").
        QString::fromUtf8(QT_TRANSLATE_NOOP(
            "MetricDescription", "ROUGE-L F-measure: longest common token subsequence of answer and ground truth.")) };
    return info;
}

MetricScore RougeLMetric::score(const Sample& sample, const MetricOptions& options) const
{
    thread_local TokenList prediction;
    thread_local TokenList target;
    thread_local TokenInterner ids;
    thread_local std::vector<uint32_t> predictionIds;
    thread_local std::vector<uint32_t> targetIds;
    RougeTokenizer::tokenize(TextCache::codePoints(*sample.answer, TextCache::Answer), options.ragasCompat, prediction);
    RougeTokenizer::tokenize(
        TextCache::codePoints(*sample.groundTruth, TextCache::GroundTruth), options.ragasCompat, target);
    if (prediction.empty() || target.empty()) // rouge_score: no tokens on either side scores 0
        return MetricScore::ofValue(info().id, 0.0);

    ids.reset(prediction.size() + target.size());
    targetIds.clear();
    for (size_t i = 0; i < target.size(); ++i)
        targetIds.push_back(ids.intern(target.at(i)));
    predictionIds.clear();
    for (size_t i = 0; i < prediction.size(); ++i)
        predictionIds.push_back(ids.intern(prediction.at(i)));

    const double lcs = double(TokenLcs::length(targetIds, predictionIds, ids.size()));
    const double precision = lcs / double(prediction.size());
    const double recall = lcs / double(target.size());
    const double f = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    return MetricScore::ofValue(info().id, f);
}

} // namespace evalbench

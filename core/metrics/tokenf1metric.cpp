// SPDX-License-Identifier: MIT
#include "metrics/tokenf1metric.h"

#include "metrics/interner.h"
#include "metrics/textcache.h"

#include <algorithm>
#include <vector>

namespace evalbench {

const MetricInfo& TokenF1Metric::info() const
{
    static const MetricInfo info { QStringLiteral("token_f1"), MetricKind::Offline,
        { SampleField::Answer, SampleField::GroundTruth }, 0.0, 1.0, true,
        // Marked for lupdate: the window shows it translated (context "MetricDescription").
        QString::fromUtf8(QT_TRANSLATE_NOOP(
            "MetricDescription", "Token-level F1 of the answer against the ground truth (SQuAD normalisation).")) };
    return info;
}

MetricScore TokenF1Metric::score(const Sample& sample, const MetricOptions& /*options*/) const
{
    thread_local TokenInterner ids;
    thread_local std::vector<int> balance;
    const TokenList& answerTokens = TextCache::squadTokens(*sample.answer, TextCache::Answer);
    const TokenList& truthTokens = TextCache::squadTokens(*sample.groundTruth, TextCache::GroundTruth);

    // SQuAD: when either side has no tokens the score is whether both have none.
    if (answerTokens.empty() || truthTokens.empty())
        return MetricScore::ofValue(info().id, answerTokens.empty() && truthTokens.empty() ? 1.0 : 0.0);

    // Bag-of-tokens overlap: count the ground truth, then consume with the answer.
    ids.reset(answerTokens.size() + truthTokens.size());
    balance.clear();
    for (size_t i = 0; i < truthTokens.size(); ++i) {
        const uint32_t id = ids.intern(truthTokens.at(i));
        if (id >= balance.size())
            balance.resize(id + 1, 0);
        ++balance[id];
    }
    size_t common = 0;
    for (size_t i = 0; i < answerTokens.size(); ++i) {
        const uint32_t id = ids.intern(answerTokens.at(i));
        if (id < balance.size() && balance[id] > 0) {
            --balance[id];
            ++common;
        }
    }
    if (common == 0)
        return MetricScore::ofValue(info().id, 0.0);
    const double precision = double(common) / double(answerTokens.size());
    const double recall = double(common) / double(truthTokens.size());
    return MetricScore::ofValue(info().id, (2 * precision * recall) / (precision + recall));
}

} // namespace evalbench

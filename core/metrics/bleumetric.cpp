// SPDX-License-Identifier: MIT
#include "metrics/bleumetric.h"

#include "metrics/bleuscorer.h"
#include "metrics/textcache.h"
#include "metrics/tokenizer13a.h"

#include <string>
#include <vector>

namespace evalbench {

namespace {

constexpr std::u32string_view kSentenceSeparator = U". ";

// Python's text.split(". ") as views into `text`.
void splitSentences(std::u32string_view text, std::vector<std::u32string_view>& out)
{
    out.clear();
    size_t pos = 0;
    for (size_t hit; (hit = text.find(kSentenceSeparator, pos)) != std::u32string_view::npos;
         pos = hit + kSentenceSeparator.size())
        out.push_back(text.substr(pos, hit - pos));
    out.push_back(text.substr(pos));
}

} // namespace

const MetricInfo& BleuMetric::info() const
{
    static const MetricInfo info { QStringLiteral("bleu"), MetricKind::Offline,
        { SampleField::Answer, SampleField::GroundTruth }, 0.0, 1.0, true,
        // Marked for lupdate: the window shows it translated (context "MetricDescription").
        QString::fromUtf8(QT_TRANSLATE_NOOP("MetricDescription",
            "BLEU (sacrebleu, 13a tokens, exp smoothing) of the answer against the ground truth.")) };
    return info;
}

MetricScore BleuMetric::score(const Sample& sample, const MetricOptions& options) const
{
    thread_local std::vector<std::u32string_view> pieces;
    thread_local std::vector<TokenList> referenceTokens;
    thread_local std::vector<const TokenList*> references;
    thread_local TokenList hypothesis;
    const std::u32string& answer = TextCache::codePoints(*sample.answer, TextCache::Answer);
    const std::u32string& truth = TextCache::codePoints(*sample.groundTruth, TextCache::GroundTruth);

    if (!options.ragasCompat) {
        if (referenceTokens.empty())
            referenceTokens.resize(1);
        Tokenizer13a::tokenize(truth, true, referenceTokens[0]);
        if (referenceTokens[0].empty())
            return MetricScore::failed(
                info().id, QStringLiteral("the ground truth has no tokens, so BLEU is undefined"));
        Tokenizer13a::tokenize(answer, true, hypothesis);
        references.assign(1, &referenceTokens[0]);
        return MetricScore::ofValue(info().id, BleuScorer::score(hypothesis, references));
    }

    // RAGAS passes response.split(". ") as hypotheses and every reference sentence
    // as an alternative reference of ONE segment; sacrebleu's zip() then scores only
    // the first response sentence (ragas bug #2888). sacrebleu drops empty
    // reference strings and raises when none is left.
    splitSentences(truth, pieces);
    size_t count = 0;
    for (std::u32string_view piece : pieces) {
        if (piece.empty())
            continue;
        if (referenceTokens.size() <= count)
            referenceTokens.resize(count + 1);
        Tokenizer13a::tokenize(piece, false, referenceTokens[count++]);
    }
    if (count == 0)
        return MetricScore::failed(info().id,
            QStringLiteral("the ground truth is empty: sacrebleu rejects an empty reference (RAGAS gives NaN)"));
    references.clear();
    for (size_t i = 0; i < count; ++i)
        references.push_back(&referenceTokens[i]);
    splitSentences(answer, pieces);
    Tokenizer13a::tokenize(pieces.front(), false, hypothesis);
    return MetricScore::ofValue(info().id, BleuScorer::score(hypothesis, references));
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
// Every text pair of tests/data/metrics/reference_cases.json (gen_reference.py),
// through every answer/ground-truth metric in both modes, plus the tokenisers.
#include "metrics/rougetokenizer.h"
#include "metrics/squadtokenizer.h"
#include "metrics/tokenizer13a.h"
#include "metrics/unicodetext.h"
#include "metricstesthelpers.h"

#include <cmath>
#include <gtest/gtest.h>

#include <QJsonArray>

using namespace evalbench;

namespace {

struct Expectation
{
    const char* key;
    const char* metric;
    bool compat;
};

constexpr Expectation kExpectations[] = {
    { "exact_match_default", "exact_match", false },
    { "exact_match_compat", "exact_match", true },
    { "token_f1", "token_f1", false },
    { "token_f1", "token_f1", true },
    { "rouge_l_default", "rouge_l", false },
    { "rouge_l_compat", "rouge_l", true },
    { "bleu_default", "bleu", false },
    { "bleu_compat", "bleu", true },
    { "string_similarity", "string_similarity", false },
    { "string_similarity", "string_similarity", true },
};

QStringList toStrings(const TokenList& tokens)
{
    QStringList out;
    for (size_t i = 0; i < tokens.size(); ++i) {
        const std::u32string_view t = tokens.at(i);
        out.append(QString::fromUcs4(t.data(), qsizetype(t.size())));
    }
    return out;
}

QStringList jsonStrings(const QJsonValue& value)
{
    QStringList out;
    for (const auto& item : value.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

TEST(ReferenceData, EveryMetricMatchesThePythonReference)
{
    const QJsonArray cases = metricstest::referenceData().value(QStringLiteral("text_cases")).toArray();
    ASSERT_GE(cases.size(), 100);
    int checked = 0;
    for (const auto& value : cases) {
        const QJsonObject c = value.toObject();
        const Sample sample = metricstest::textSample(
            c.value(QStringLiteral("answer")).toString(), c.value(QStringLiteral("ground_truth")).toString());
        for (const Expectation& e : kExpectations) {
            const QJsonValue expected = c.value(QLatin1String(e.key));
            const MetricScore score = metricstest::scoreWith(QLatin1String(e.metric), sample, e.compat);
            if (expected.isNull()) { // undefined in Python (sacrebleu raised)
                EXPECT_EQ(score.status, ScoreStatus::Failed) << e.key << " " << sample.answer->toStdString();
            } else {
                EXPECT_DOUBLE_EQ(score.value, expected.toDouble())
                    << e.key << "\n answer: " << sample.answer->toStdString()
                    << "\n truth:  " << sample.groundTruth->toStdString();
            }
            ++checked;
        }
    }
    EXPECT_EQ(checked, cases.size() * qsizetype(std::size(kExpectations)));
}

TEST(ReferenceData, TokenisersMatchThePythonReference)
{
    const QJsonArray cases = metricstest::referenceData().value(QStringLiteral("text_cases")).toArray();
    ASSERT_FALSE(cases.isEmpty());
    TokenList tokens;
    for (const auto& value : cases) {
        const QJsonObject c = value.toObject();
        const std::u32string text = unicodetext::toCodePoints(c.value(QStringLiteral("answer")).toString());
        Tokenizer13a::tokenize(text, false, tokens);
        EXPECT_EQ(toStrings(tokens), jsonStrings(c.value(QStringLiteral("tokens_13a"))));
        RougeTokenizer::tokenize(text, true, tokens);
        EXPECT_EQ(toStrings(tokens), jsonStrings(c.value(QStringLiteral("tokens_rouge_compat"))));
        RougeTokenizer::tokenize(text, false, tokens);
        EXPECT_EQ(toStrings(tokens), jsonStrings(c.value(QStringLiteral("tokens_rouge_default"))));
        SquadTokenizer::tokenize(text, tokens);
        EXPECT_EQ(toStrings(tokens), jsonStrings(c.value(QStringLiteral("tokens_squad"))));
    }
}

// SPDX-License-Identifier: MIT
#include "metricstesthelpers.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace evalbench;
using evalbench::metricstest::scoreWith;
using evalbench::metricstest::textSample;
using evalbench::metricstest::valueOf;

namespace {

const QString kEiffelTruth = QStringLiteral("The Eiffel Tower is located in Paris.");
const QString kEiffelAnswer = QStringLiteral("The Eiffel Tower is located in India.");
const QString kCjk = QStringLiteral("北京是中国的首都");

double both(const QString& id, const QString& answer, const QString& truth, bool compat)
{
    return valueOf(id, textSample(answer, truth), compat);
}

} // namespace

TEST(ExactMatch, DefaultNormalisesCompatDoesNot)
{
    const QString answer = QStringLiteral("The  Paris!");
    const QString truth = QStringLiteral("paris");
    EXPECT_EQ(both(QStringLiteral("exact_match"), answer, truth, false), 1.0);
    EXPECT_EQ(both(QStringLiteral("exact_match"), answer, truth, true), 0.0);
    EXPECT_EQ(both(QStringLiteral("exact_match"), truth, truth, true), 1.0);
    EXPECT_EQ(both(QStringLiteral("exact_match"), QStringLiteral("北京。"), QStringLiteral("北京"), false), 1.0);
    EXPECT_EQ(both(QStringLiteral("exact_match"), QStringLiteral("北京"), QStringLiteral("南京"), false), 0.0);
    EXPECT_EQ(both(QStringLiteral("exact_match"), QString(), QString(), true), 1.0);
    EXPECT_EQ(both(QStringLiteral("exact_match"), QStringLiteral("a"), QString(), false), 1.0); // only an article
}

TEST(TokenF1, HandComputed)
{
    // answer tokens {cat, sat, mat}, truth {cat, is, on, mat}: common 2, P 2/3, R 1/2 -> F1 4/7.
    const double f1 = both(
        QStringLiteral("token_f1"), QStringLiteral("The cat sat, mat."), QStringLiteral("cat is on the mat"), false);
    EXPECT_DOUBLE_EQ(f1, 4.0 / 7.0);
    EXPECT_EQ(both(QStringLiteral("token_f1"), QStringLiteral("a b b"), QStringLiteral("b"), true), 2.0 / 3.0);
}

TEST(TokenF1, CjkCharactersAreTokensAndModesAgree)
{
    // 北京是首都 vs 北京是中国的首都: common 5, P 5/5, R 5/8 -> 10/13.
    for (bool compat : { false, true })
        EXPECT_DOUBLE_EQ(both(QStringLiteral("token_f1"), QStringLiteral("北京是首都"), kCjk, compat), 10.0 / 13.0);
}

TEST(TokenF1, EmptySides)
{
    EXPECT_EQ(both(QStringLiteral("token_f1"), QString(), QStringLiteral("..."), false), 1.0);
    EXPECT_EQ(both(QStringLiteral("token_f1"), QString(), QStringLiteral("paris"), false), 0.0);
    EXPECT_EQ(both(QStringLiteral("token_f1"), QStringLiteral("paris"), QStringLiteral("the"), false), 0.0);
    EXPECT_EQ(both(QStringLiteral("token_f1"), QStringLiteral("london"), QStringLiteral("paris"), false), 0.0);
}

TEST(RougeL, Goldens)
{
    for (bool compat : { false, true }) {
        EXPECT_EQ(both(QStringLiteral("rouge_l"), kEiffelAnswer, kEiffelTruth, compat), 0.8571428571428571);
        EXPECT_DOUBLE_EQ(both(QStringLiteral("rouge_l"), QStringLiteral("the cat is on the mat"),
                             QStringLiteral("The cat sat on the mat."), compat),
            5.0 / 6.0);
    }
}

TEST(RougeL, IdenticalCjkIsZeroInCompatAndOneByDefault)
{
    EXPECT_EQ(both(QStringLiteral("rouge_l"), kCjk, kCjk, true), 0.0);
    EXPECT_EQ(both(QStringLiteral("rouge_l"), kCjk, kCjk, false), 1.0);
    // 北京是首都 vs the 8-character truth: LCS 5, P 1, R 5/8.
    EXPECT_DOUBLE_EQ(both(QStringLiteral("rouge_l"), QStringLiteral("北京是首都"), kCjk, false), 10.0 / 13.0);
}

TEST(RougeL, StemmingMakesInflectionsMatch)
{
    EXPECT_EQ(
        both(QStringLiteral("rouge_l"), QStringLiteral("runners running"), QStringLiteral("runner run"), true), 1.0);
    EXPECT_EQ(both(QStringLiteral("rouge_l"), QString(), QStringLiteral("run"), false), 0.0);
}

TEST(Bleu, Goldens)
{
    for (bool compat : { false, true })
        EXPECT_EQ(both(QStringLiteral("bleu"), kEiffelAnswer, kEiffelTruth, compat), 0.7071067811865478);
    const QString truth = QStringLiteral("The cat sat on the mat. It was a sunny day.");
    const QString answer = QStringLiteral("The cat sat on the mat. Dogs barked.");
    EXPECT_EQ(both(QStringLiteral("bleu"), answer, truth, true), 1.0000000000000004); // RAGAS bug #2888
    // Whole-text BLEU, from gen_reference.py's sacrebleu replica.
    EXPECT_EQ(both(QStringLiteral("bleu"), answer, truth, false), 0.4894088625380656);
}

TEST(Bleu, EmptyReferenceFailsEmptyResponseIsZero)
{
    for (bool compat : { false, true }) {
        const MetricScore score = scoreWith(QStringLiteral("bleu"), textSample(QStringLiteral("x"), QString()), compat);
        EXPECT_EQ(score.status, ScoreStatus::Failed);
        EXPECT_TRUE(std::isnan(score.value));
        EXPECT_FALSE(score.reason.isEmpty());
        EXPECT_EQ(both(QStringLiteral("bleu"), QString(), QStringLiteral("The cat sat."), compat), 0.0);
    }
}

TEST(Bleu, CjkOnlyScoresByDefault)
{
    // Compat: one unsplit token each, different -> 0. Default: 8 char tokens, perfect match.
    EXPECT_EQ(both(QStringLiteral("bleu"), kCjk, QStringLiteral("北京是中国的首都吗"), true), 0.0);
    EXPECT_EQ(both(QStringLiteral("bleu"), kCjk, kCjk, false), 1.0000000000000004);
    EXPECT_GT(both(QStringLiteral("bleu"), kCjk, QStringLiteral("北京是中国的首都吗"), false), 0.8);
}

TEST(Bleu, ShortHypothesisWithoutEffectiveOrderIsNearZero)
{
    // Three tokens: no 4-grams, sacrebleu leaves p4 = 0 and log(0) = -9999999999.
    EXPECT_EQ(both(QStringLiteral("bleu"), QStringLiteral("the cat sat"), QStringLiteral("the cat sat"), true), 0.0);
}

TEST(StringSimilarity, GoldensAndEdges)
{
    for (bool compat : { false, true }) {
        EXPECT_EQ(both(QStringLiteral("string_similarity"), kEiffelAnswer, kEiffelTruth, compat), 0.8918918918918919);
        EXPECT_EQ(
            both(QStringLiteral("string_similarity"), QStringLiteral("sitting"), QStringLiteral("kitten"), compat),
            0.5714285714285714);
        EXPECT_EQ(both(QStringLiteral("string_similarity"), QString(), QString(), compat), 1.0);
        EXPECT_EQ(both(QStringLiteral("string_similarity"), QString(), QStringLiteral("ab"), compat), 0.0);
        EXPECT_EQ(
            both(QStringLiteral("string_similarity"), QStringLiteral("👍🏽"), QStringLiteral("👍"), compat), 0.5);
    }
}

TEST(OfflineMetrics, ScoresCarryTheMetricId)
{
    const MetricScore score = scoreWith(QStringLiteral("rouge_l"), textSample(kEiffelAnswer, kEiffelTruth), false);
    EXPECT_EQ(score.metric, QStringLiteral("rouge_l"));
    EXPECT_EQ(score.status, ScoreStatus::Value);
    EXPECT_TRUE(score.evidence.isEmpty());
}

TEST(OfflineMetrics, PerThreadTextCacheFollowsChangedStrings)
{
    // The same Sample object edited in place between calls must be re-read.
    Sample sample = textSample(QStringLiteral("paris"), QStringLiteral("paris"));
    EXPECT_EQ(valueOf(QStringLiteral("exact_match"), sample, false), 1.0);
    (*sample.answer)[0] = QLatin1Char('b');
    EXPECT_EQ(valueOf(QStringLiteral("exact_match"), sample, false), 0.0);
    EXPECT_EQ(valueOf(QStringLiteral("token_f1"), sample, false), 0.0);
    EXPECT_DOUBLE_EQ(valueOf(QStringLiteral("string_similarity"), sample, false), 0.8);
    sample.groundTruth = QStringLiteral("baris");
    EXPECT_EQ(valueOf(QStringLiteral("token_f1"), sample, false), 1.0);
    EXPECT_EQ(valueOf(QStringLiteral("string_similarity"), sample, false), 1.0);
}

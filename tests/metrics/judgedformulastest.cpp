// SPDX-License-Identifier: MIT
// Golden values of ragas-reference.md §3 for the judged metrics' arithmetic.
#include "metrics/judgedformulas.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace evalbench;

TEST(JudgedFormulas, AveragePrecisionMatchesRagasWithItsEpsilon)
{
    EXPECT_DOUBLE_EQ(JudgedFormulas::averagePrecision({ 1, 0, 1 }, true), 0.8333333332916666);
    EXPECT_DOUBLE_EQ(JudgedFormulas::averagePrecision({ 0, 1, 1 }, true), 0.5833333333041666);
    EXPECT_DOUBLE_EQ(JudgedFormulas::averagePrecision({ 1, 1, 1 }, true), 0.9999999999666667);
    EXPECT_NEAR(JudgedFormulas::averagePrecision({ 0, 0, 1 }, true), 0.3333333333, 1e-10);
    EXPECT_EQ(JudgedFormulas::averagePrecision({}, true), 0.0);
    EXPECT_EQ(JudgedFormulas::averagePrecision({ 0, 0, 0 }, true), 0.0);
}

TEST(JudgedFormulas, AveragePrecisionOfAllRelevantIsExactlyOneByDefault)
{
    EXPECT_EQ(JudgedFormulas::averagePrecision({ 1, 1, 1 }, false), 1.0);
    EXPECT_DOUBLE_EQ(JudgedFormulas::averagePrecision({ 1, 0, 1 }, false), (1.0 + 2.0 / 3.0) / 2.0);
    EXPECT_EQ(JudgedFormulas::averagePrecision({ 0, 0 }, false), 0.0);
}

TEST(JudgedFormulas, AnswerCorrectnessGoldenCase)
{
    const double f1 = JudgedFormulas::fbeta(1, 1, 5);
    EXPECT_DOUBLE_EQ(f1, 0.25);
    EXPECT_DOUBLE_EQ((0.75 * f1 + 0.25 * 0.9) / (0.75 + 0.25), 0.4125);
    EXPECT_EQ(JudgedFormulas::fbeta(0, 0, 0), 0.0);
    EXPECT_EQ(JudgedFormulas::fbeta(0, 3, 0), 0.0);
    EXPECT_EQ(JudgedFormulas::fbeta(2, 0, 0), 1.0);
}

TEST(JudgedFormulas, AnswerRelevancyGoldenCase)
{
    const QVector<double> question { 1, 0, 0 };
    const QList<QVector<double>> generated { { 1, 0, 0 }, { 0.6, 0.8, 0 }, { 0, 1, 0 } };
    EXPECT_NEAR(JudgedFormulas::answerRelevancy(question, generated, { 0, 0, 0 }), 1.6 / 3.0, 1e-12);
    // Zeroed only when every generation is non-committal (RAGAS since v0.3.6).
    EXPECT_NEAR(JudgedFormulas::answerRelevancy(question, generated, { 1, 0, 1 }), 1.6 / 3.0, 1e-12);
    EXPECT_EQ(JudgedFormulas::answerRelevancy(question, generated, { 1, 1, 1 }), 0.0);
    EXPECT_TRUE(std::isnan(JudgedFormulas::answerRelevancy(question, {}, {})));
}

TEST(JudgedFormulas, CosineIsNanForZeroVectors)
{
    EXPECT_DOUBLE_EQ(JudgedFormulas::cosine({ 3, 4 }, { 4, 3 }), 24.0 / 25.0);
    EXPECT_TRUE(std::isnan(JudgedFormulas::cosine({ 0, 0 }, { 1, 0 })));
    EXPECT_TRUE(std::isnan(JudgedFormulas::cosine({ 1 }, { 1, 0 })));
}

// SPDX-License-Identifier: MIT
#include "metrics/agreementstats.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace evalbench;

namespace {
// Pass / fail pairs (human, judge) for a 2x2 table: both pass, human only, judge only, both fail.
void appendCells(QList<double>& human, QList<double>& judge, int bothPass, int humanOnly, int judgeOnly, int bothFail)
{
    const auto add = [&](int count, double h, double j) {
        for (int i = 0; i < count; ++i) {
            human.append(h);
            judge.append(j);
        }
    };
    add(bothPass, 1.0, 0.9);
    add(humanOnly, 0.8, 0.2);
    add(judgeOnly, 0.1, 0.5); // 0.5 is a pass: pass means >= threshold
    add(bothFail, 0.0, 0.3);
}
} // namespace

TEST(AgreementStats, AverageRanksShareTiedPositions)
{
    // Sorted: 1 (pos 1), 2 2 (pos 2, 3 -> 2.5), 3 (pos 4), 5 5 5 (pos 5, 6, 7 -> 6).
    EXPECT_EQ(averageRanks({ 5, 2, 1, 5, 2, 3, 5 }), (QList<double> { 6, 2.5, 1, 6, 2.5, 4, 6 }));
    EXPECT_TRUE(averageRanks({}).isEmpty());
}

TEST(AgreementStats, SpearmanOfAPerfectAndAnInverseRanking)
{
    EXPECT_DOUBLE_EQ(spearmanCorrelation({ 0.1, 0.4, 0.5, 0.9 }, { 1, 2, 30, 400 }), 1.0);
    EXPECT_DOUBLE_EQ(spearmanCorrelation({ 0.1, 0.4, 0.5, 0.9 }, { 4, 3, 2, 1 }), -1.0);
}

TEST(AgreementStats, SpearmanWithTiesUsesAverageRanks)
{
    // a = 1 2 2 3 -> ranks 1 2.5 2.5 4; b = 1 2 3 4 -> ranks 1 2 3 4; mean rank 2.5.
    // Deviations a: -1.5 0 0 1.5, b: -1.5 -0.5 0.5 1.5.
    // cov = 2.25 + 0 + 0 + 2.25 = 4.5; var a = 4.5; var b = 2.25+0.25+0.25+2.25 = 5.
    // rho = 4.5 / sqrt(4.5 * 5) = 4.5 / sqrt(22.5) = 0.9486832980505138.
    EXPECT_NEAR(spearmanCorrelation({ 1, 2, 2, 3 }, { 1, 2, 3, 4 }), 0.9486832980505138, 1e-12);
    // a = 0 1 1 0 0.5 -> ranks 1.5 4.5 4.5 1.5 3; b = 0.2 0.9 0.4 0.1 0.3 -> ranks 2 5 4 1 3.
    // Deviations from 3: a -1.5 1.5 1.5 -1.5 0, b -1 2 1 -2 0.
    // cov = 1.5 + 3 + 1.5 + 3 + 0 = 9; var a = 4 * 2.25 = 9; var b = 1+4+1+4 = 10.
    // rho = 9 / sqrt(90) = 0.9486832980505138.
    EXPECT_NEAR(spearmanCorrelation({ 0, 1, 1, 0, 0.5 }, { 0.2, 0.9, 0.4, 0.1, 0.3 }), 0.9486832980505138, 1e-12);
}

TEST(AgreementStats, SpearmanIsNaNWithoutTwoPairsOrWithoutVariance)
{
    EXPECT_TRUE(std::isnan(spearmanCorrelation({}, {})));
    EXPECT_TRUE(std::isnan(spearmanCorrelation({ 0.3 }, { 0.7 })));
    EXPECT_TRUE(std::isnan(spearmanCorrelation({ 1, 1, 1 }, { 0.1, 0.5, 0.9 })));
    EXPECT_TRUE(std::isnan(spearmanCorrelation({ 0.1, 0.5, 0.9 }, { 0, 0, 0 })));
}

TEST(AgreementStats, KappaOfAKnownTable)
{
    // 20 both pass, 5 human only, 10 judge only, 15 both fail (n = 50).
    // po = 35/50 = 0.7; human passes 25, judge passes 30:
    // pe = (25*30 + 25*20) / 2500 = 0.5; kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
    QList<double> human;
    QList<double> judge;
    appendCells(human, judge, 20, 5, 10, 15);
    EXPECT_NEAR(cohensKappa(human, judge, 0.5), 0.4, 1e-12);
}

TEST(AgreementStats, KappaOfFullAndOfChanceAgreement)
{
    QList<double> human;
    QList<double> judge;
    appendCells(human, judge, 3, 0, 0, 2);
    EXPECT_DOUBLE_EQ(cohensKappa(human, judge, 0.5), 1.0);
    // 1/1/1/1: po = 0.5, pe = (2*2 + 2*2) / 16 = 0.5 -> kappa 0.
    human.clear();
    judge.clear();
    appendCells(human, judge, 1, 1, 1, 1);
    EXPECT_DOUBLE_EQ(cohensKappa(human, judge, 0.5), 0.0);
    // The threshold moves the classes: at 1.5 every score fails on both sides (pe = 1).
    EXPECT_TRUE(std::isnan(cohensKappa(human, judge, 1.5)));
}

TEST(AgreementStats, KappaIsNaNWhenChanceAgreementIsOne)
{
    EXPECT_TRUE(std::isnan(cohensKappa({}, {}, 0.5)));
    // Everything passes on both sides: pe = 1.
    EXPECT_TRUE(std::isnan(cohensKappa({ 0.9, 0.6, 1.0 }, { 0.7, 0.5, 0.8 }, 0.5)));
    // One side all pass, other mixed: pe = (3*2 + 0*1) / 9 = 2/3, po = 2/3 -> kappa 0, not NaN.
    EXPECT_DOUBLE_EQ(cohensKappa({ 0.9, 0.6, 1.0 }, { 0.7, 0.1, 0.8 }, 0.5), 0.0);
}

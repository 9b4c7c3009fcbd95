// SPDX-License-Identifier: MIT
#include "metrics/ml/regression.h"

#include "io/labelcsvloader.h"
#include "mltestdata.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace evalbench::ml;
using evalbench::ml::test::expectedJson;
using evalbench::ml::test::mlData;
using evalbench::ml::test::num;

namespace {

RegressionReport loadAndCompute(const QString& dir)
{
    const auto loaded =
        loadRegressionCsv(mlData(dir + QStringLiteral("/gt.csv")), mlData(dir + QStringLiteral("/pred.csv")));
    EXPECT_TRUE(loaded.ok()) << loaded.error.message.toStdString();
    if (!loaded.ok())
        return {};
    return computeRegression(loaded.value->truth, loaded.value->pred);
}

// Relative 1e-9 (values such as R² = -1.7e31 make an absolute bound meaningless).
void expectClose(double actual, double expected, const char* what)
{
    EXPECT_NEAR(actual, expected, 1e-9 * std::max(1.0, std::abs(expected))) << what;
}

void expectMatchesSklearn(const QString& dir)
{
    const QJsonObject e = expectedJson(dir);
    ASSERT_FALSE(e.isEmpty()) << dir.toStdString();
    const RegressionReport r = loadAndCompute(dir);
    EXPECT_EQ(r.sampleCount, e.value(QLatin1String("n")).toInteger());
    expectClose(r.mse, num(e, "mse"), "mse");
    expectClose(r.rmse, num(e, "rmse"), "rmse");
    expectClose(r.mae, num(e, "mae"), "mae");
    expectClose(r.r2, num(e, "r2"), "r2");
    expectClose(r.mape, num(e, "mape"), "mape");
}

} // namespace

TEST(MlRegression, SmallMatchesSklearn)
{
    expectMatchesSklearn(QStringLiteral("regression/small"));
}

TEST(MlRegression, PairwiseSummationCaseMatchesSklearn)
{
    expectMatchesSklearn(QStringLiteral("extra/regression/pairwise_1000"));
}

TEST(MlRegression, ConstantTruthPerfectPredictionIsOne)
{
    expectMatchesSklearn(QStringLiteral("extra/regression/constant_perfect"));
    EXPECT_EQ(loadAndCompute(QStringLiteral("extra/regression/constant_perfect")).r2, 1.0);
}

TEST(MlRegression, ConstantTruthImperfectPredictionIsZero)
{
    expectMatchesSklearn(QStringLiteral("extra/regression/constant_imperfect"));
    EXPECT_EQ(loadAndCompute(QStringLiteral("extra/regression/constant_imperfect")).r2, 0.0);
}

TEST(MlRegression, ConstantTruthWithInexactMeanFollowsNumpy)
{
    // numpy's mean of [0.1, 0.1, 0.1] is not 0.1, so sklearn divides by a tiny denominator.
    expectMatchesSklearn(QStringLiteral("extra/regression/constant_inexact_mean"));
    EXPECT_LT(loadAndCompute(QStringLiteral("extra/regression/constant_inexact_mean")).r2, -1e30);
}

TEST(MlRegression, SmallMatchesExactDecimalWithinUlps)
{
    const QJsonObject exact =
        expectedJson(QStringLiteral("regression/small")).value(QLatin1String("exact_decimal")).toObject();
    ASSERT_FALSE(exact.isEmpty());
    const RegressionReport r = loadAndCompute(QStringLiteral("regression/small"));
    EXPECT_NEAR(r.mse, num(exact, "mse"), 1e-12 * num(exact, "mse"));
    EXPECT_NEAR(r.mape, num(exact, "mape"), 1e-12 * num(exact, "mape"));
}

TEST(MlRegression, FewerThanTwoSamplesGivesNanR2)
{
    const std::vector<double> t { 1.0 }, p { 2.0 };
    const RegressionReport r = computeRegression(t, p);
    EXPECT_TRUE(std::isnan(r.r2));
    EXPECT_EQ(r.mse, 1.0);
    const RegressionReport empty = computeRegression({}, {});
    EXPECT_TRUE(std::isnan(empty.mse));
}

// SPDX-License-Identifier: MIT
#include "judge/judgeestimate.h"

#include <gtest/gtest.h>

using namespace evalbench;

namespace {

Sample sample(int contexts, bool withTruth)
{
    Sample s;
    s.question = QStringLiteral("How long is the warranty?");
    s.answer = QStringLiteral("Two years.");
    QStringList list;
    for (int i = 0; i < contexts; ++i)
        list.append(QStringLiteral("Context %1 about the warranty terms.").arg(i));
    s.contexts = list;
    if (withTruth)
        s.groundTruth = QStringLiteral("The warranty lasts two years.");
    return s;
}

} // namespace

TEST(JudgeEstimator, CountsTheCallsEachMetricMakesPerSample)
{
    JudgeProfile profile;
    JudgeEstimator estimator({ QStringLiteral("faithfulness"), QStringLiteral("context_precision"),
                                 QStringLiteral("answer_relevancy"), QStringLiteral("exact_match") },
        profile);
    estimator.add(sample(3, true));
    estimator.add(sample(2, false)); // context_precision needs the ground truth: not counted
    const JudgeEstimate estimate = estimator.estimate();
    EXPECT_EQ(estimate.samples, 2);
    // faithfulness 2 + context_precision 3 + answer_relevancy 1, then faithfulness 2 + answer_relevancy 1,
    // and the advice once.
    EXPECT_EQ(estimate.chatCalls, 6 + 3 + 1);
    EXPECT_EQ(estimate.embeddingCalls, 2);
    EXPECT_GT(estimate.promptTokens, 9 * 100); // every prompt carries its instructions and examples
    EXPECT_EQ(estimate.cost, 0.0);
}

TEST(JudgeEstimator, CostFollowsTheProfilePrices)
{
    JudgeProfile profile;
    profile.pricePer1kInput = 0.5;
    profile.pricePer1kOutput = 2.0;
    JudgeEstimator estimator({ QStringLiteral("context_recall") }, profile);
    estimator.add(sample(1, true));
    const JudgeEstimate estimate = estimator.estimate();
    EXPECT_EQ(estimate.calls(), 2); // context_recall and the advice
    EXPECT_DOUBLE_EQ(estimate.cost, estimate.promptTokens / 1000.0 * 0.5 + estimate.completionTokens / 1000.0 * 2.0);
}

TEST(JudgeEstimator, CjkCharactersCountAsATokenEach)
{
    EXPECT_EQ(JudgeEstimator::approximateTokens(QStringLiteral("保修期两年")), 5);
    EXPECT_EQ(JudgeEstimator::approximateTokens(QStringLiteral("abcdefgh")), 2);
}

// SPDX-License-Identifier: MIT
#include "metricstesthelpers.h"

#include <cmath>
#include <gtest/gtest.h>
#include <vector>

#include <QJsonArray>

using namespace evalbench;
using evalbench::metricstest::contextSample;
using evalbench::metricstest::scoreWith;
using evalbench::metricstest::valueOf;

namespace {

const QString kReference = QStringLiteral("The Eiffel Tower is located in Paris.");
// No character in common with kReference: similarity 0.
const QString kUnrelated = QStringLiteral("0123456789012345678901234567890123456");

// Retrieved contexts whose relevance verdicts are exactly `verdicts`.
QStringList contextsFor(const std::vector<int>& verdicts)
{
    QStringList contexts;
    for (int v : verdicts)
        contexts.append(v ? kReference : kUnrelated);
    return contexts;
}

double precision(const std::vector<int>& verdicts, bool compat)
{
    return valueOf(
        QStringLiteral("non_llm_context_precision"), contextSample(contextsFor(verdicts), { kReference }), compat);
}

} // namespace

TEST(NonLlmContextPrecision, RagasAveragePrecisionGoldens)
{
    EXPECT_EQ(precision({ 1, 0, 1 }, true), 0.8333333332916666);
    EXPECT_EQ(precision({ 0, 1, 1 }, true), 0.5833333333041666);
    EXPECT_EQ(precision({ 1, 1, 1 }, true), 0.9999999999666667);
    EXPECT_NEAR(precision({ 0, 0, 1 }, true), 0.3333333333, 1e-10);
    EXPECT_EQ(precision({ 0, 0, 0 }, true), 0.0);
}

TEST(NonLlmContextPrecision, DefaultHasNoEpsilon)
{
    EXPECT_EQ(precision({ 1, 1, 1 }, false), 1.0);
    EXPECT_DOUBLE_EQ(precision({ 1, 0, 1 }, false), 5.0 / 6.0);
    EXPECT_DOUBLE_EQ(precision({ 0, 1, 1 }, false), 7.0 / 12.0);
    EXPECT_DOUBLE_EQ(precision({ 0, 0, 1 }, false), 1.0 / 3.0);
    EXPECT_EQ(precision({ 0, 0, 0 }, false), 0.0);
}

TEST(NonLlmContextPrecision, EmptyRetrievedListIsZeroInBothModes)
{
    for (bool compat : { false, true }) {
        const MetricScore score =
            scoreWith(QStringLiteral("non_llm_context_precision"), contextSample({}, { kReference }), compat);
        EXPECT_EQ(score.status, ScoreStatus::Value);
        EXPECT_EQ(score.value, 0.0);
    }
}

TEST(ContextMetrics, ThresholdIsStrictForRecallInclusiveForPrecision)
{
    // "abcd" vs "abxy": distance 2 of 4, similarity exactly 0.5.
    const Sample sample = contextSample({ QStringLiteral("abxy") }, { QStringLiteral("abcd") });
    EXPECT_EQ(valueOf(QStringLiteral("non_llm_context_recall"), sample, true), 0.0);
    EXPECT_EQ(valueOf(QStringLiteral("non_llm_context_recall"), sample, false), 0.0);
    EXPECT_EQ(valueOf(QStringLiteral("non_llm_context_precision"), sample, false), 1.0);
    EXPECT_EQ(valueOf(QStringLiteral("non_llm_context_precision"), sample, true), 1.0 / (1.0 + 1e-10));
}

TEST(NonLlmContextRecall, CountsReferencesFound)
{
    // References: one retrieved verbatim, one with a small edit (similar), one absent.
    const QStringList references { kReference, QStringLiteral("Paris is the capital of France."),
        QStringLiteral("完全不同的参考文本") };
    const QStringList contexts { QStringLiteral("Paris is the capital city of France."), kReference, kUnrelated };
    for (bool compat : { false, true }) {
        const MetricScore score =
            scoreWith(QStringLiteral("non_llm_context_recall"), contextSample(contexts, references), compat);
        EXPECT_DOUBLE_EQ(score.value, 2.0 / 3.0);
        const QJsonArray best = score.evidence.value(QStringLiteral("best_similarity")).toArray();
        ASSERT_EQ(best.size(), 3);
        EXPECT_EQ(best.at(0).toDouble(), 1.0);
        EXPECT_DOUBLE_EQ(best.at(1).toDouble(), 1.0 - 5.0 / 36.0); // "city " inserted
        EXPECT_EQ(best.at(2).toDouble(), 0.0);
    }
}

TEST(NonLlmContextRecall, EmptyRetrievedListIsNanInCompatZeroByDefault)
{
    const Sample sample = contextSample({}, { kReference });
    const MetricScore compat = scoreWith(QStringLiteral("non_llm_context_recall"), sample, true);
    EXPECT_EQ(compat.status, ScoreStatus::Failed);
    EXPECT_TRUE(std::isnan(compat.value));
    EXPECT_FALSE(compat.reason.isEmpty());
    EXPECT_EQ(valueOf(QStringLiteral("non_llm_context_recall"), sample, false), 0.0);
}

TEST(ContextMetrics, CjkAndEmojiContextsUseCodePoints)
{
    // 6 code points, one substituted: similarity 5/6 in both directions.
    const Sample sample = contextSample({ QStringLiteral("北京😀首都𠀀") }, { QStringLiteral("北京😁首都𠀀") });
    EXPECT_DOUBLE_EQ(valueOf(QStringLiteral("non_llm_context_recall"), sample, false), 1.0);
    const MetricScore score = scoreWith(QStringLiteral("non_llm_context_precision"), sample, false);
    EXPECT_EQ(score.value, 1.0);
    EXPECT_DOUBLE_EQ(score.evidence.value(QStringLiteral("best_similarity")).toArray().at(0).toDouble(), 5.0 / 6.0);
}

TEST(ContextMetrics, ReusedThreadCacheNeverLeaksBetweenSamples)
{
    // Same contexts, different references, back to back: the second must not reuse the first's matrix.
    const QStringList contexts { kReference };
    EXPECT_EQ(valueOf(QStringLiteral("non_llm_context_recall"), contextSample(contexts, { kReference }), false), 1.0);
    EXPECT_EQ(valueOf(QStringLiteral("non_llm_context_recall"), contextSample(contexts, { kUnrelated }), false), 0.0);
    EXPECT_EQ(
        valueOf(QStringLiteral("non_llm_context_precision"), contextSample(contexts, { kUnrelated }), false), 0.0);
}

// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "compare/comparefixture.h"
#include "io/runcomparison.h"

#include <gtest/gtest.h>

using namespace evalbench;
using namespace evalbench::testing;

namespace {

const ComparisonItem* findItem(const RunComparison& c, const QString& sampleId, const QString& metric, int run = 0)
{
    for (const ComparisonItem& item : c.items) {
        if (item.run == run && item.sampleId == sampleId && c.metrics.at(item.metric) == metric)
            return &item;
    }
    return nullptr;
}

const MetricComparison& rowOf(const RunComparison& c, const QString& metric)
{
    return c.rows.at(c.metrics.indexOf(metric));
}

RunComparison loaded(const CompareStore& store, const QString& baseline, const QStringList& others)
{
    QString error;
    const std::optional<RunComparison> c =
        RunComparison::load(StoreReader(store.databasePath()), baseline, others, &error);
    EXPECT_TRUE(c.has_value()) << error.toStdString();
    return c.value_or(RunComparison {});
}

} // namespace

TEST(RunComparisonTest, ClassifiesWithEpsilonAndDirection)
{
    EXPECT_EQ(RunComparison::classify(0.5, 0.5 + 1e-10, true), Change::Unchanged);
    EXPECT_EQ(RunComparison::classify(0.5, 0.6, true), Change::Improved);
    EXPECT_EQ(RunComparison::classify(0.5, 0.6, false), Change::Regressed);
    EXPECT_EQ(RunComparison::classify(0.5, 0.4, false), Change::Improved);
    EXPECT_EQ(RunComparison::classify(std::nan(""), 0.4, true), Change::NotComparable);
    EXPECT_EQ(RunComparison::classify(0.4, std::nan(""), true), Change::NotComparable);
    EXPECT_FALSE(RunComparison::higherIsBetter(kHallucination));
    EXPECT_TRUE(RunComparison::higherIsBetter(kF1));
}

TEST(RunComparisonTest, DeltasAndCountsMatchedById)
{
    CompareStore store;
    store.addBaselineAndCandidate();
    const RunComparison c = loaded(store, QStringLiteral("run-base"), { QStringLiteral("run-new") });
    ASSERT_EQ(c.others.size(), 1);
    EXPECT_EQ(c.metrics, (QStringList { kF1, kHallucination }));
    EXPECT_EQ(c.matches.at(0).rule, MatchRule::ById);
    EXPECT_EQ(c.matches.at(0).matched, 4);
    EXPECT_EQ(c.matches.at(0).baselineOnly, 0);

    const MetricComparison& f1 = rowOf(c, kF1);
    EXPECT_TRUE(f1.higherIsBetter);
    EXPECT_NEAR(*f1.baselineMean, 2.0 / 3.0, 1e-9);
    EXPECT_NEAR(*f1.runs.at(0).mean, 0.475, 1e-9);
    EXPECT_NEAR(*f1.runs.at(0).delta, 0.475 - 2.0 / 3.0, 1e-9);
    EXPECT_EQ(f1.runs.at(0).change, Change::Regressed);
    const ChangeCounts& f1Counts = f1.runs.at(0).samples;
    EXPECT_EQ(f1Counts.improved, 1); // q2
    EXPECT_EQ(f1Counts.regressed, 1); // q3
    EXPECT_EQ(f1Counts.unchanged, 1); // q1
    EXPECT_EQ(f1Counts.notComparable, 1); // q4: skipped in the baseline

    // Lower is better: the mean fell, so the run improved although the delta is negative.
    const MetricComparison& hallucination = rowOf(c, kHallucination);
    EXPECT_FALSE(hallucination.higherIsBetter);
    EXPECT_NEAR(*hallucination.runs.at(0).delta, 0.4 / 3.0 - 0.15, 1e-9);
    EXPECT_EQ(hallucination.runs.at(0).change, Change::Improved);
    const ChangeCounts& hCounts = hallucination.runs.at(0).samples;
    EXPECT_EQ(hCounts.improved, 1); // q1 0.2 -> 0.1
    EXPECT_EQ(hCounts.regressed, 1); // q2 0.1 -> 0.3
    EXPECT_EQ(hCounts.unchanged, 1); // q3
    EXPECT_EQ(hCounts.notComparable, 1); // q4 failed in the candidate

    const ComparisonItem* q3 = findItem(c, QStringLiteral("q3"), kF1);
    ASSERT_TRUE(q3);
    EXPECT_EQ(q3->change, Change::Regressed);
    EXPECT_DOUBLE_EQ(q3->baselineValue, 0.9);
    EXPECT_DOUBLE_EQ(q3->otherValue, 0.2);
    EXPECT_NEAR(q3->delta, -0.7, 1e-9);
    EXPECT_EQ(q3->question, QStringLiteral("What is three?"));
    EXPECT_EQ(q3->otherIndex, 2);
    const ComparisonItem* q4 = findItem(c, QStringLiteral("q4"), kF1);
    ASSERT_TRUE(q4);
    EXPECT_EQ(q4->change, Change::NotComparable);
    EXPECT_TRUE(std::isnan(q4->delta));
    EXPECT_EQ(c.items.size(), 8); // 4 matched samples x 2 metrics
}

TEST(RunComparisonTest, SwappingTheBaselineSwapsImprovedAndRegressed)
{
    CompareStore store;
    store.addBaselineAndCandidate();
    const RunComparison c = loaded(store, QStringLiteral("run-new"), { QStringLiteral("run-base") });
    const ChangeCounts& f1 = rowOf(c, kF1).runs.at(0).samples;
    EXPECT_EQ(f1.improved, 1);
    EXPECT_EQ(f1.regressed, 1);
    const ComparisonItem* q3 = findItem(c, QStringLiteral("q3"), kF1);
    ASSERT_TRUE(q3);
    EXPECT_EQ(q3->change, Change::Improved);
    EXPECT_EQ(findItem(c, QStringLiteral("q2"), kF1)->change, Change::Regressed);
}

TEST(RunComparisonTest, MatchesByQuestionWhenTheIdsDiffer)
{
    CompareStore store;
    store.addBaselineAndCandidate();
    // Renumbered ids, another order, one new question.
    store.addRun(QStringLiteral("run-renumbered"), QStringLiteral("Renumbered"), 10, { kF1 },
        { { QStringLiteral("row-1"), QStringLiteral("What is three?"), { { kF1, 0.1 } } },
            { QStringLiteral("row-2"), QStringLiteral("What is five?"), { { kF1, 1.0 } } },
            { QStringLiteral("row-3"), QStringLiteral("What is one?"), { { kF1, 0.7 } } },
            { QStringLiteral("row-4"), QStringLiteral("What is two?"), { { kF1, 0.6 } } } });
    const RunComparison c =
        loaded(store, QStringLiteral("run-base"), { QStringLiteral("run-new"), QStringLiteral("run-renumbered") });
    ASSERT_EQ(c.matches.size(), 2);
    EXPECT_EQ(c.matches.at(0).rule, MatchRule::ById);
    const MatchInfo& byQuestion = c.matches.at(1);
    EXPECT_EQ(byQuestion.rule, MatchRule::ByQuestion);
    EXPECT_EQ(byQuestion.matched, 3);
    EXPECT_EQ(byQuestion.baselineOnly, 1); // "What is four?"
    EXPECT_EQ(byQuestion.otherOnly, 1); // "What is five?"

    const ChangeCounts& f1 = rowOf(c, kF1).runs.at(1).samples;
    EXPECT_EQ(f1.improved, 1); // one 0.5 -> 0.7
    EXPECT_EQ(f1.regressed, 1); // three 0.9 -> 0.1
    EXPECT_EQ(f1.unchanged, 1); // two 0.6 -> 0.6
    EXPECT_EQ(f1.notComparable, 0);
    const ComparisonItem* three = findItem(c, QStringLiteral("row-1"), kF1, 1);
    ASSERT_TRUE(three);
    EXPECT_EQ(three->baselineIndex, 2);
    EXPECT_EQ(three->otherIndex, 0);
    // The renumbered run has no hallucination at all: every pair is not comparable.
    const MetricComparison& hallucination = rowOf(c, kHallucination);
    EXPECT_FALSE(hallucination.runs.at(1).mean.has_value());
    EXPECT_EQ(hallucination.runs.at(1).change, Change::NotComparable);
    EXPECT_EQ(hallucination.runs.at(1).samples.notComparable, 3);
}

TEST(RunComparisonTest, RepeatedQuestionsPairInOrder)
{
    RunScores base;
    base.metrics = { kF1 };
    base.rows = { { 0, QStringLiteral("a"), QStringLiteral("same?"), { 0.1 } },
        { 1, QStringLiteral("b"), QStringLiteral("same?"), { 0.2 } } };
    RunScores other = base;
    other.rows[0].id = QStringLiteral("x");
    other.rows[1].id = QStringLiteral("y");
    const SampleMatch match = SampleMatch::between(base, other);
    EXPECT_EQ(match.info.rule, MatchRule::ByQuestion);
    ASSERT_EQ(match.pairs.size(), 2);
    EXPECT_EQ(match.pairs.at(0), qMakePair(0, 0));
    EXPECT_EQ(match.pairs.at(1), qMakePair(1, 1));
}

TEST(RunComparisonTest, MissingRunIsAnError)
{
    CompareStore store;
    store.addBaselineAndCandidate();
    QString error;
    EXPECT_FALSE(RunComparison::load(
        StoreReader(store.databasePath()), QStringLiteral("run-base"), { QStringLiteral("nope") }, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("nope")));
}

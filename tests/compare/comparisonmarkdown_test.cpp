// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "compare/comparefixture.h"
#include "io/comparisonmarkdownwriter.h"

#include <gtest/gtest.h>

using namespace evalbench;
using namespace evalbench::testing;

TEST(ComparisonMarkdownTest, ListsRunsMetricsCountsAndRegressions)
{
    CompareStore store;
    store.addBaselineAndCandidate();
    const std::optional<RunComparison> c = RunComparison::load(
        StoreReader(store.databasePath()), QStringLiteral("run-base"), { QStringLiteral("run-new") });
    ASSERT_TRUE(c);
    const QString md = ComparisonMarkdownWriter(*c).render();
    EXPECT_TRUE(md.startsWith(QStringLiteral("# EvalBench comparison against Baseline\n"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("| Candidate | `run-new` | compared | 4 | id | 4 | 0 | 0 |")))
        << md.toStdString();
    // token_f1 fell (▼), hallucination fell too, which for it is better (▲).
    EXPECT_TRUE(md.contains(QStringLiteral("| `token_f1` | higher | 0.6667 | 0.4750 | -0.1917 ▼ |")))
        << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("| `hallucination` | lower | 0.1500 | 0.1333 | -0.0167 ▲ |")))
        << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("| `token_f1` | Candidate | 1 | 1 | 1 | 1 |"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("All 2 regressions, worst first.")));
    const qsizetype q3 =
        md.indexOf(QStringLiteral("| Candidate | `token_f1` | `q3` | What is three? | 0.9000 | 0.2000 | -0.7000 ▼ |"));
    const qsizetype q2 = md.indexOf(QStringLiteral("| Candidate | `hallucination` | `q2` |"));
    EXPECT_GE(q3, 0) << md.toStdString();
    EXPECT_GT(q2, q3); // worst first
}

TEST(ComparisonMarkdownTest, CapsTheRegressionList)
{
    RunScores base;
    base.run.id = QStringLiteral("a");
    base.metrics = { kF1 };
    RunScores other = base;
    other.run.id = QStringLiteral("b");
    for (int i = 0; i < 60; ++i) {
        const QString id = QStringLiteral("s%1").arg(i);
        base.rows.append({ i, id, id, { 1.0 } });
        other.rows.append({ i, id, id, { 0.5 - i / 1000.0 } });
    }
    const QString md = ComparisonMarkdownWriter(RunComparison::compute(base, { other })).render();
    EXPECT_TRUE(md.contains(QStringLiteral("The 50 worst of 60 regressions."))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("`s59`")));
    EXPECT_FALSE(md.contains(QStringLiteral("`s9`")));
}

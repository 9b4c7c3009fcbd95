// SPDX-License-Identifier: MIT
#pragma once

#include "io/runcomparison.h"

#include <QString>

namespace evalbench {

// comparison.md: the runs and how their samples were matched, a per-metric table of
// means and deltas with arrows, the improved / regressed / unchanged counts, and the
// worst regressions. English, like the other exported reports.
class ComparisonMarkdownWriter
{
public:
    static constexpr int kMaxRegressions = 50;

    explicit ComparisonMarkdownWriter(const RunComparison& comparison);
    QString render() const;

    // "+0.1200 ▲" / "-0.0500 ▼" / "0.0000 =" / "—".
    static QString delta(std::optional<double> value, Change change);

private:
    QString runsSection() const;
    QString metricsSection() const;
    QString countsSection() const;
    QString regressionsSection() const;

    const RunComparison& m_comparison;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "io/runscores.h"

#include <QList>
#include <QPair>

namespace evalbench {

enum class MatchRule
{
    ById,
    ByQuestion
};

// How the samples of a run were paired with the baseline's.
struct MatchInfo
{
    MatchRule rule = MatchRule::ById;
    int matched = 0;
    int baselineOnly = 0; // baseline samples with no partner
    int otherOnly = 0; // this run's samples with no partner
};

// Pairs the samples of two runs. By id when both runs hold exactly the same set of
// ids (ids are unique within a run: the importer refuses duplicates); otherwise by
// exact question text, where the n-th occurrence of a repeated question pairs with
// the n-th occurrence on the other side. Ids are trusted only when the sets agree
// because a re-exported dataset often renumbers its rows while keeping the questions.
struct SampleMatch
{
    MatchInfo info;
    QList<QPair<int, int>> pairs; // (baseline row, other row) into RunScores::rows, in baseline order

    static SampleMatch between(const RunScores& baseline, const RunScores& other);
};

QString matchRuleName(MatchRule rule);

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "io/samplematch.h"

#include <QHash>
#include <QSet>

namespace evalbench {

namespace {

bool sameIds(const RunScores& a, const RunScores& b)
{
    if (a.rows.size() != b.rows.size())
        return false;
    QSet<QString> ids;
    ids.reserve(a.rows.size());
    for (const RunScores::Row& row : a.rows) {
        if (row.id.isEmpty())
            return false;
        ids.insert(row.id);
    }
    if (ids.size() != a.rows.size())
        return false;
    for (const RunScores::Row& row : b.rows) {
        if (!ids.remove(row.id))
            return false;
    }
    return ids.isEmpty();
}

} // namespace

QString matchRuleName(MatchRule rule)
{
    return rule == MatchRule::ById ? QStringLiteral("id") : QStringLiteral("question");
}

SampleMatch SampleMatch::between(const RunScores& baseline, const RunScores& other)
{
    SampleMatch match;
    match.info.rule = sameIds(baseline, other) ? MatchRule::ById : MatchRule::ByQuestion;
    const auto keyOf = [rule = match.info.rule](
                           const RunScores::Row& row) { return rule == MatchRule::ById ? row.id : row.question; };
    // Rows of the other run under each key, in run order; each is taken once.
    QHash<QString, QList<int>> others;
    others.reserve(other.rows.size());
    for (int row = 0; row < other.rows.size(); ++row)
        others[keyOf(other.rows.at(row))].append(row);
    QHash<QString, int> used;
    for (int row = 0; row < baseline.rows.size(); ++row) {
        const QString key = keyOf(baseline.rows.at(row));
        const auto candidates = others.constFind(key);
        int& next = used[key];
        if (candidates == others.cend() || next >= candidates->size()) {
            ++match.info.baselineOnly;
            continue;
        }
        match.pairs.append({ row, candidates->at(next++) });
    }
    match.info.matched = int(match.pairs.size());
    match.info.otherOnly = int(other.rows.size()) - match.info.matched;
    return match;
}

} // namespace evalbench

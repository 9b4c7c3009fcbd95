// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QVector>

namespace evalbench {

// The arithmetic of the judged metrics (ragas-reference §1), apart from the judge
// calls, so that the golden values of §3 are checked without a network.
namespace JudgedFormulas {

// Average precision of rank-ordered 0/1 verdicts. RAGAS adds 1e-10 to the
// denominator (all-relevant gives 0.99999999996...); EvalBench by default does
// not (METRICS.md §1). No relevant verdict gives 0.
double averagePrecision(const QList<int>& verdicts, bool ragasCompat);

// Fβ of statement counts as RAGAS's fbeta_score: precision 0 when TP+FP is 0,
// recall 0 when TP+FN is 0, and 0 when both are 0.
double fbeta(int truePositives, int falsePositives, int falseNegatives, double beta = 1.0);

// Cosine of two vectors; NaN when either has zero length or their sizes differ.
double cosine(const QVector<double>& a, const QVector<double>& b);

// answer_relevancy: mean cosine of each generated question to the asked one,
// zeroed when every generation was non-committal.
double answerRelevancy(
    const QVector<double>& question, const QList<QVector<double>>& generated, const QList<int>& noncommittal);

} // namespace JudgedFormulas

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace evalbench {

// How far two raters agree on the same items, e.g. an analyst and the judge.
// Pure functions: `a` and `b` hold the two raters' scores, item by item (same length).

// 1-based ranks; tied values share the mean of the positions they occupy.
QList<double> averageRanks(const QList<double>& values);

// Spearman's rho: the Pearson correlation of the average ranks (so ties are
// handled). NaN with fewer than 2 pairs or when either side has no variance.
double spearmanCorrelation(const QList<double>& a, const QList<double>& b);

// Cohen's kappa on pass / fail, where pass means score >= threshold.
// NaN with no pairs, or when chance agreement is already 1 (both raters put
// every item in the same single class: kappa is undefined there).
double cohensKappa(const QList<double>& a, const QList<double>& b, double threshold);

} // namespace evalbench

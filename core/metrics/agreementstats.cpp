// SPDX-License-Identifier: MIT
#include "metrics/agreementstats.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace evalbench {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

QList<double> averageRanks(const QList<double>& values)
{
    const qsizetype n = values.size();
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype x, qsizetype y) { return values[x] < values[y]; });
    QList<double> ranks(n);
    for (qsizetype first = 0; first < n;) {
        qsizetype last = first; // the run of ties is [first, last]
        while (last + 1 < n && values[order[last + 1]] == values[order[first]])
            ++last;
        // Positions first+1 .. last+1 (1-based): their mean.
        const double rank = (double(first) + double(last)) / 2.0 + 1.0;
        for (qsizetype i = first; i <= last; ++i)
            ranks[order[i]] = rank;
        first = last + 1;
    }
    return ranks;
}

double spearmanCorrelation(const QList<double>& a, const QList<double>& b)
{
    const qsizetype n = std::min(a.size(), b.size());
    if (n < 2)
        return kNaN;
    const QList<double> ra = averageRanks(a.first(n));
    const QList<double> rb = averageRanks(b.first(n));
    // Both rank lists have the same mean, (n + 1) / 2.
    const double mean = (double(n) + 1.0) / 2.0;
    double covariance = 0;
    double varianceA = 0;
    double varianceB = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double da = ra[i] - mean;
        const double db = rb[i] - mean;
        covariance += da * db;
        varianceA += da * da;
        varianceB += db * db;
    }
    if (varianceA == 0 || varianceB == 0)
        return kNaN;
    return covariance / std::sqrt(varianceA * varianceB);
}

double cohensKappa(const QList<double>& a, const QList<double>& b, double threshold)
{
    const qsizetype n = std::min(a.size(), b.size());
    if (n == 0)
        return kNaN;
    double bothPass = 0;
    double bothFail = 0;
    double passA = 0;
    double passB = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const bool pa = a[i] >= threshold;
        const bool pb = b[i] >= threshold;
        passA += pa;
        passB += pb;
        bothPass += pa && pb;
        bothFail += !pa && !pb;
    }
    const double total = double(n);
    const double observed = (bothPass + bothFail) / total;
    const double expected = (passA * passB + (total - passA) * (total - passB)) / (total * total);
    if (expected >= 1.0)
        return kNaN;
    return (observed - expected) / (1.0 - expected);
}

} // namespace evalbench

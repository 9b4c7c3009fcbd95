// SPDX-License-Identifier: MIT
#include "metrics/ml/regression.h"

#include "metrics/ml/numpysum.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace evalbench::ml {

RegressionReport computeRegression(std::span<const double> truth, std::span<const double> pred)
{
    RegressionReport r;
    const std::size_t n = std::min(truth.size(), pred.size());
    r.sampleCount = static_cast<std::int64_t>(n);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (n == 0) {
        r.mse = r.rmse = r.mae = r.r2 = r.mape = nan;
        return r;
    }
    const double count = static_cast<double>(n);
    // Each sum below is numpy's pairwise sum over the same element expression sklearn builds,
    // so the results agree bit for bit rather than to a tolerance.
    const double sqErr = numpySum(n, [&](std::size_t i) {
        const double d = truth[i] - pred[i];
        return d * d;
    });
    r.mse = sqErr / count;
    r.rmse = std::sqrt(r.mse);
    r.mae = numpySum(n, [&](std::size_t i) { return std::abs(pred[i] - truth[i]); }) / count;
    constexpr double eps = std::numeric_limits<double>::epsilon(); // np.finfo(np.float64).eps
    r.mape = numpySum(n, [&](std::size_t i) {
        return std::abs(pred[i] - truth[i]) / std::max(std::abs(truth[i]), eps);
    }) / count;

    if (n < 2) {
        r.r2 = nan; // sklearn: "R^2 score is not well-defined with less than two samples"
        return r;
    }
    // sklearn 1.2 r2_score: numerator = Σ(y − ŷ)², denominator = Σ(y − mean(y))², and with
    // force_finite=True: numerator 0 → 1.0; denominator 0 with numerator ≠ 0 → 0.0. A constant
    // truth only has a zero denominator when mean(y) rounds back to exactly y; numpy's
    // summation order decides that, which is why the mean is computed the numpy way.
    const double mean = numpySum(n, [&](std::size_t i) { return truth[i]; }) / count;
    const double denominator = numpySum(n, [&](std::size_t i) {
        const double d = truth[i] - mean;
        return d * d;
    });
    if (sqErr == 0.0)
        r.r2 = 1.0;
    else if (denominator == 0.0)
        r.r2 = 0.0;
    else
        r.r2 = 1.0 - sqErr / denominator;
    return r;
}

} // namespace evalbench::ml

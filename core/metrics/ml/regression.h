// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <span>

namespace evalbench::ml {

// sklearn's mean_squared_error, its square root, mean_absolute_error, r2_score (force_finite=True)
// and mean_absolute_percentage_error (a fraction, not percent).
struct RegressionReport
{
    std::int64_t sampleCount = 0;
    double mse = 0.0;
    double rmse = 0.0;
    double mae = 0.0;
    double r2 = 0.0; // NaN for fewer than 2 samples, as sklearn
    double mape = 0.0;
};

// truth and pred have the same length; an empty input gives NaN everywhere.
RegressionReport computeRegression(std::span<const double> truth, std::span<const double> pred);

} // namespace evalbench::ml

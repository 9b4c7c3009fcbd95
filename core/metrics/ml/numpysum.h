// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>

namespace evalbench::ml {

// numpy's pairwise summation (pairwise_sum_DOUBLE in loops_utils.h), reproduced operation
// for operation. scikit-learn's means and sums go through np.add.reduce, and some results
// depend on its exact rounding: r2_score of a constant ground truth is 1.0 / 0.0 only when
// y - mean(y) is exactly zero, otherwise a huge negative number. Copying the summation order
// makes those cases (and every other value) bit-identical instead of "close".
// value(i) returns element i; the caller adds numpy's initial 0.0 (see numpySum).
template <typename F> double numpyPairwiseSum(std::size_t begin, std::size_t n, const F& value)
{
    if (n < 8) {
        double res = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            res += value(begin + i);
        return res;
    }
    if (n <= 128) {
        double r[8];
        for (std::size_t j = 0; j < 8; ++j)
            r[j] = value(begin + j);
        std::size_t i = 8;
        for (; i < n - (n % 8); i += 8) {
            for (std::size_t j = 0; j < 8; ++j)
                r[j] += value(begin + i + j);
        }
        double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i)
            res += value(begin + i);
        return res;
    }
    std::size_t n2 = n / 2;
    n2 -= n2 % 8;
    return numpyPairwiseSum(begin, n2, value) + numpyPairwiseSum(begin + n2, n - n2, value);
}

// np.sum / np.add.reduce over a contiguous float64 array: the identity 0.0 plus the pairwise sum.
template <typename F> double numpySum(std::size_t n, const F& value)
{
    return 0.0 + numpyPairwiseSum(0, n, value);
}

} // namespace evalbench::ml

// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/ml/cocoevaluate.h"

#include <vector>

namespace evalbench::ml {

// COCOeval.accumulate()'s eval['precision'] [T,R,K,A,M] and eval['recall'] [T,K,A,M], -1 where
// a (category, area, maxDets) has no evaluated image or no non-ignored GT.
struct CocoAccumulation
{
    std::size_t T = 0, R = 0, K = 0, A = 0, M = 0;
    std::vector<double> precision;
    std::vector<double> recall;

    double& precisionAt(std::size_t t, std::size_t r, std::size_t k, std::size_t a, std::size_t m)
    {
        return precision[(((t * R + r) * K + k) * A + a) * M + m];
    }
    double precisionAt(std::size_t t, std::size_t r, std::size_t k, std::size_t a, std::size_t m) const
    {
        return precision[(((t * R + r) * K + k) * A + a) * M + m];
    }
    double& recallAt(std::size_t t, std::size_t k, std::size_t a, std::size_t m)
    {
        return recall[((t * K + k) * A + a) * M + m];
    }
    double recallAt(std::size_t t, std::size_t k, std::size_t a, std::size_t m) const
    {
        return recall[((t * K + k) * A + a) * M + m];
    }
};

CocoAccumulation cocoAccumulate(const CocoEvaluation& ev);

} // namespace evalbench::ml

// SPDX-License-Identifier: MIT
#include "metrics/ml/cocoparams.h"

#include <cmath>

namespace evalbench::ml {

std::vector<double> numpyLinspace(double start, double stop, int num)
{
    std::vector<double> y(static_cast<std::size_t>(num));
    const int div = num - 1;
    const double step = (stop - start) / div;
    for (int i = 0; i < num; ++i)
        y[static_cast<std::size_t>(i)] = static_cast<double>(i) * step + start;
    if (num > 1)
        y.back() = stop;
    return y;
}

CocoParams CocoParams::defaults()
{
    CocoParams p;
    // Same expressions as Params.setDetParams: the count is np.round((0.95 - .5) / .05) + 1.
    p.iouThresholds = numpyLinspace(0.5, 0.95, static_cast<int>(std::nearbyint((0.95 - 0.5) / 0.05)) + 1);
    p.recallThresholds = numpyLinspace(0.0, 1.0, static_cast<int>(std::nearbyint((1.0 - 0.0) / 0.01)) + 1);
    return p;
}

} // namespace evalbench::ml

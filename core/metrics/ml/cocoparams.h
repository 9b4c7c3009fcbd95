// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <vector>

namespace evalbench::ml {

// COCOeval's default bbox Params. The thresholds are built the way np.linspace builds them
// (start + i·step, last element set to stop), because the stats depend on their exact bits:
// recall 7/10 lands exactly on 0.7000000000000001 but not on 0.7, and the 0.90 IoU threshold is
// 0.8999999999999999.
struct CocoParams
{
    std::vector<double> iouThresholds; // .50:.05:.95, 10 values
    std::vector<double> recallThresholds; // 0:.01:1, 101 values
    // all, small, medium, large. Both ends are inclusive (pycocotools compares with < and >).
    std::array<std::array<double, 2>, 4> areaRanges { { { 0.0, 1e10 }, { 0.0, 1024.0 }, { 1024.0, 9216.0 },
        { 9216.0, 1e10 } } };
    std::array<int, 3> maxDets { 1, 10, 100 };

    static CocoParams defaults();
};

std::vector<double> numpyLinspace(double start, double stop, int num);

} // namespace evalbench::ml

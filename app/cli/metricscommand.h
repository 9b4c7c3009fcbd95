// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace evalbench::cli {

// `evalbench metrics [--json]`: every metric id, its kind, inputs, range and direction.
class MetricsCommand
{
public:
    static int run(const QStringList& arguments);
};

} // namespace evalbench::cli

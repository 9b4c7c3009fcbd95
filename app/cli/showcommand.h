// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"

#include <QStringList>

namespace evalbench::cli {

// `evalbench show RUN_ID [--json]`: one run's settings and metric summary.
class ShowCommand
{
public:
    static int run(const QStringList& arguments, const DataDir& dataDir);
};

} // namespace evalbench::cli

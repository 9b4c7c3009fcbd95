// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"

#include <QStringList>

namespace evalbench::cli {

// `evalbench runs [--limit N] [--json]`: the stored runs, newest first.
class RunsCommand
{
public:
    static int run(const QStringList& arguments, const DataDir& dataDir);
};

} // namespace evalbench::cli

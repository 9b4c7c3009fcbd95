// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"

#include <QStringList>

namespace evalbench::cli {

// `evalbench export RUN_ID --format md|json|csv [--out FILE]`: the report to a
// file, or to stdout without --out.
class ExportCommand
{
public:
    static int run(const QStringList& arguments, const DataDir& dataDir);
};

} // namespace evalbench::cli

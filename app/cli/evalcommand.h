// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"

#include <QStringList>

namespace evalbench::cli {

// `evalbench eval DATASET ...`: import, score in the background, store, write
// the artifacts, print the outcome. Ctrl+C cancels and keeps what was scored.
class EvalCommand
{
public:
    static int run(const QStringList& arguments, const DataDir& dataDir);
};

} // namespace evalbench::cli

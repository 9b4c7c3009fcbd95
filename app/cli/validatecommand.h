// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"

#include <QStringList>

namespace evalbench::cli {

// `evalbench validate WORKSPACE [--scorer ID] [--params JSON] [--json]`: checks an AutoScorer-style
// workspace and lists every problem with its code; exit 0 when it can be scored, 1 otherwise.
class ValidateCommand
{
public:
    static int run(const QStringList& arguments, const DataDir& dataDir);
};

} // namespace evalbench::cli

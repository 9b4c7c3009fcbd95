// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"

#include <QStringList>

namespace evalbench::cli {

// `evalbench scorers list [--json]`: the built-in and custom scorers, and the manifests that
// could not be loaded. `evalbench scorers test ID [WORKSPACE] [--params JSON] [--json]`: runs
// one scorer on a copy of WORKSPACE (default for a custom scorer: its example/ folder) and
// checks the result; the workspace itself and the database are never touched.
class ScorersCommand
{
public:
    static int run(const QStringList& arguments, const DataDir& dataDir);
};

} // namespace evalbench::cli

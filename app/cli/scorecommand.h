// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"

#include <QStringList>

namespace evalbench::cli {

// `evalbench score WORKSPACE [--scorer ID] [--params JSON] [--name NAME] [--json]`: scores the
// workspace, writes WORKSPACE/output/result.json, stores the run (kind "ml") and prints the
// envelope. Ctrl+C cancels.
class ScoreCommand
{
public:
    static int run(const QStringList& arguments, const DataDir& dataDir);
};

} // namespace evalbench::cli

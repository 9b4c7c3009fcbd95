// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"

#include <QString>

namespace evalbench {

// The bundled demo dataset (examples/rag-demo.jsonl, compiled in) written out
// to DATA_DIR/examples/ so it can be imported like any file.
class DemoDataset
{
public:
    // The path of the demo file on disk, or an empty string (and *error set).
    static QString install(const DataDir& dataDir, QString* error);
};

} // namespace evalbench

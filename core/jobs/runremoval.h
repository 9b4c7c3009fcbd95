// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "store/writeresult.h"

#include <QString>

namespace evalbench {

class StoreWriter;

// Deletes a run for good: its rows (samples, scores, jobs) through the writer, then its
// artifacts folder DIR/runs/<id>. Blocks until both are done, so call it off the GUI thread.
// The folder goes only once the rows are gone: a failed delete leaves the run whole.
// Refusing to delete a run that is still being scored is the caller's job (it knows the jobs).
class RunRemoval
{
public:
    static WriteResult remove(StoreWriter& writer, const DataDir& dataDir, const QString& runId);
};

} // namespace evalbench

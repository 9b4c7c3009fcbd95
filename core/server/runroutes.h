// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "server/httpexchange.h"
#include "store/storereader.h"

namespace evalbench {

// GET /api/runs, /api/runs/{run_id} (the report JSON) and /api/runs/{run_id}/export.
class RunRoutes
{
public:
    explicit RunRoutes(DataDir dataDir);

    HttpReply list(const HttpCall& call) const;
    HttpReply report(const QString& runId) const;
    HttpReply exportFile(const QString& runId, const HttpCall& call) const;

private:
    DataDir m_dataDir;
    StoreReader m_reader;
};

} // namespace evalbench

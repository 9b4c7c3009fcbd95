// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "jobs/apijobservice.h"
#include "server/apiserver.h"
#include "store/storewriter.h"

// What GuiApplication makes for the window besides the job manager: the HTTP API's job service
// (started) and its listener (off). Destroy the window first, then this, then the writer.
struct WindowServices
{
    WindowServices(evalbench::StoreWriter& writer, const evalbench::DataDir& dataDir)
        : apiJobs(writer, dataDir)
        , apiServer(apiJobs, dataDir)
    {
        apiJobs.start();
    }
    ~WindowServices()
    {
        apiServer.stop();
        apiJobs.stop();
    }

    evalbench::ApiJobService apiJobs;
    evalbench::ApiServer apiServer;
};

// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"

#include <QStringList>

namespace evalbench::cli {

// `evalbench serve [--host 127.0.0.1] [--port 8765] [--token T] [--max-body BYTES]`: the headless
// job engine and the HTTP API until SIGTERM / SIGINT, then a graceful stop and exit 0. The
// token may also come from EVALBENCH_API_TOKEN.
class ServeCommand
{
public:
    static int run(const QStringList& arguments, const DataDir& dataDir);
};

} // namespace evalbench::cli

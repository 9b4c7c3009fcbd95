// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"

#include <QString>

namespace evalbench {

// What the analyst asked for: score this dataset file with these settings.
struct EvalRequest
{
    QString datasetPath;
    QString name; // empty: the file's base name
    RunSettings settings;
};

// The ids a submitted evaluation got.
struct JobTicket
{
    QString jobId;
    QString runId;
};

} // namespace evalbench

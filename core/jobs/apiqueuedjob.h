// SPDX-License-Identifier: MIT
#pragma once

#include "jobs/scorerequest.h"

#include <memory>

#include <QDateTime>
#include <QString>

namespace evalbench {

// An API job waiting to be scored, as the scoring loop keeps it.
struct ApiQueuedJob
{
    QString jobId;
    QString runId;
    qint64 sampleKey = 0; // 0: the sample is gone (the job fails)
    int sampleIndex = -1;
    QDateTime createdAt;
    // Null: read from the job's stored payload when its batch comes (resumed jobs, and a long
    // backlog, which would otherwise hold every request in memory).
    std::shared_ptr<const ScoreRequest> request;
    bool scored = false; // its sample already has scores: completed from them, not scored again
};

} // namespace evalbench

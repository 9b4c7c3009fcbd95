// SPDX-License-Identifier: MIT
#pragma once

#include "common/metricscore.h"
#include "jobs/apijobstatus.h"
#include "jobs/apiqueuedjob.h"
#include "store/apijobrows.h"

#include <optional>

#include <QList>

namespace evalbench::apistatus {

// The status of a job the scoring loop holds (its request loaded), in `state`.
ApiJobStatus fromQueued(const ApiQueuedJob& job, JobState state);
// The status of a stored job.
ApiJobStatus fromStored(const StoredApiJob& stored);
// Fills scores (null for skipped and NaN), skipped_metrics and weighted_score.
void setScores(ApiJobStatus& status, const QList<MetricScore>& scores, std::optional<double> weighted);
// Sets finished_at, and latency_ms as finished − created.
void setFinished(ApiJobStatus& status, const QDateTime& finishedAt);

} // namespace evalbench::apistatus

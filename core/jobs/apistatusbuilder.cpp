// SPDX-License-Identifier: MIT
#include "jobs/apistatusbuilder.h"

namespace evalbench::apistatus {

ApiJobStatus fromQueued(const ApiQueuedJob& job, JobState state)
{
    ApiJobStatus status;
    status.jobId = job.jobId;
    status.state = state;
    status.createdAt = job.createdAt;
    if (job.request)
        status.requestSummary = job.request->summary();
    status.runId = job.runId;
    status.sampleIndex = job.sampleIndex;
    return status;
}

ApiJobStatus fromStored(const StoredApiJob& stored)
{
    ApiJobStatus status;
    status.jobId = stored.job.id;
    status.state = stored.job.state;
    status.createdAt = stored.job.createdAt;
    status.requestSummary = ScoreRequest::fromPayload(stored.job.payload).summary();
    status.error = stored.job.error;
    status.runId = stored.job.runId;
    status.sampleIndex = stored.sampleIndex;
    if (stored.job.state == JobState::Completed && stored.scored)
        setScores(status, stored.scores, stored.weightedScore);
    if (isFinal(stored.job.state))
        setFinished(status, stored.job.finishedAt);
    return status;
}

void setScores(ApiJobStatus& status, const QList<MetricScore>& scores, std::optional<double> weighted)
{
    status.scores.clear();
    status.skippedMetrics.clear();
    for (const MetricScore& score : scores) {
        status.scores.insert(score.metric, score.hasValue() ? std::optional(score.value) : std::nullopt);
        if (score.status == ScoreStatus::Skipped)
            status.skippedMetrics.append(score.metric);
    }
    status.weightedScore = weighted;
}

void setFinished(ApiJobStatus& status, const QDateTime& finishedAt)
{
    status.finishedAt = finishedAt;
    if (finishedAt.isValid() && status.createdAt.isValid())
        status.latencyMs = status.createdAt.msecsTo(finishedAt);
}

} // namespace evalbench::apistatus

// SPDX-License-Identifier: MIT
#pragma once

#include "common/jobrecord.h"
#include "common/metricscore.h"
#include "common/runrecord.h"
#include "common/sample.h"
#include "store/storedsample.h"

#include <optional>

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace evalbench {

// One post to the HTTP API on its way into the store: its sample joins the API run named
// `runName` (created from `newRun` when there is none yet) and its job is queued.
struct ApiJobInsert
{
    QString runName;
    // Kind, source, created_at and settings of the run if it must be created (an empty id: the
    // writer makes one).
    RunRecord newRun;
    QStringList metrics; // joins the run's settings.metrics
    Sample sample;
    JobRecord job; // kind "api", state queued, with its payload
    QString requestId; // empty: no idempotency
};

// What the store made of an ApiJobInsert.
struct ApiJobInserted
{
    QString jobId; // the new job, or the first one of a repeated request id
    QString runId;
    qint64 sampleKey = 0;
    int sampleIndex = -1;
    bool duplicate = false;
    qint64 seq = 0; // the job's place in acceptance order (api_jobs.seq)
};

// How a scored (or failed) API job ends.
struct ApiJobOutcome
{
    QString jobId;
    QString runId;
    JobState state = JobState::Completed;
    QDateTime finishedAt;
    QString error;
    // The scores to store; absent when the sample was already scored (or the job failed).
    std::optional<SampleResult> result;
};

// A run's aggregate after a scoring batch, stored with the batch.
struct ApiRunUpdate
{
    QString runId;
    QMap<QString, MetricSummary> summary;
    std::optional<double> weightedScore;
};

// An API job as stored, with its sample's place and (once scored) its scores.
struct StoredApiJob
{
    JobRecord job;
    qint64 seq = 0;
    qint64 sampleKey = 0; // 0: the sample no longer exists
    int sampleIndex = -1;
    QString question;
    bool scored = false; // the sample has stored scores
    std::optional<double> weightedScore;
    QList<MetricScore> scores; // without evidence
};

struct StoredApiJobQuery
{
    std::optional<JobState> state;
    QString search; // in the question
    int limit = 50;
    int offset = 0;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"
#include "common/jobrecord.h"

#include <optional>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace evalbench {

// A scoring job of the HTTP API as GET /api/score/jobs/{id} answers it (CONTRACTS "JobStatus").
struct ApiJobStatus
{
    QString jobId;
    JobState state = JobState::Queued;
    QDateTime createdAt;
    QDateTime finishedAt;
    QJsonObject requestSummary; // ScoreRequest::summary()
    QMap<QString, std::optional<double>> scores; // metric → value or null (skipped / NaN)
    std::optional<double> weightedScore;
    std::optional<qint64> latencyMs; // from acceptance to the end of scoring
    QStringList skippedMetrics;
    QString error;
    QString runId;
    int sampleIndex = -1; // the sample's place in the run ("View report" opens the run there)

    // {"job_id", "status", "created_at", "finished_at", "request_summary", "scores",
    //  "weighted_score", "latency_ms", "skipped_metrics", "error", "run_id"}
    QJsonObject toJson() const;
};

struct ApiJobQuery
{
    std::optional<JobState> state;
    QString search; // in the question
    int limit = 50;
    int offset = 0;
};

struct ApiJobPage
{
    QList<ApiJobStatus> jobs; // newest first
    int total = 0; // matching the query, ignoring limit and offset
};

// What POST /api/score/async answers.
struct ApiAcceptance
{
    ApiJobStatus job;
    bool duplicate = false; // the request id was seen before: this is the first job
};

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::ApiJobStatus)

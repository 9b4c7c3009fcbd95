// SPDX-License-Identifier: MIT
#pragma once

#include "common/jobrecord.h"
#include "common/runrecord.h"

#include <optional>

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace evalbench {

// How an ML scoring run ended, as StoreWriter::finishMlRun stores it.
struct MlRunOutcome
{
    QString runId;
    QString jobId;
    QString scorer;
    RunSettings settings; // metrics = { scorer }: the scorer may only be known from meta.json
    RunStatus status = RunStatus::Completed;
    JobState jobState = JobState::Completed;
    QJsonObject result; // result.json, or the error envelope
    QMap<QString, MetricSummary> summary; // one entry per numeric metric (mean = min = max = the value)
    std::optional<double> score; // summary.score: the run's headline, shown where RAG runs show the weighted score
    int sampleCount = 0;
    QString error;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace evalbench {

enum class JobState
{
    Queued,
    Running,
    Completed,
    Failed,
    Cancelled
};

QString jobStateName(JobState state);
std::optional<JobState> jobStateFromName(QStringView name);
bool isFinal(JobState state);

// A scoring job as stored: it scores the samples of one run.
struct JobRecord
{
    QString id;
    QString runId;
    QString kind = QStringLiteral("eval");
    JobState state = JobState::Queued;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    int done = 0;
    int total = 0;
    QString error;
    QJsonObject payload;
};

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::JobRecord)
Q_DECLARE_METATYPE(evalbench::JobState)

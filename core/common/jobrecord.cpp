// SPDX-License-Identifier: MIT
#include "common/jobrecord.h"

namespace evalbench {

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Queued:
        return QStringLiteral("queued");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Completed:
        return QStringLiteral("completed");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<JobState> jobStateFromName(QStringView name)
{
    for (JobState state :
        { JobState::Queued, JobState::Running, JobState::Completed, JobState::Failed, JobState::Cancelled }) {
        if (name == jobStateName(state))
            return state;
    }
    return std::nullopt;
}

bool isFinal(JobState state)
{
    return state == JobState::Completed || state == JobState::Failed || state == JobState::Cancelled;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "judge/judgecall.h"

namespace evalbench {

QString judgeFailureName(JudgeFailure failure)
{
    switch (failure) {
    case JudgeFailure::None:
        return QStringLiteral("none");
    case JudgeFailure::Timeout:
        return QStringLiteral("timeout");
    case JudgeFailure::Connection:
        return QStringLiteral("connection");
    case JudgeFailure::RateLimited:
        return QStringLiteral("rate_limited");
    case JudgeFailure::ServerError:
        return QStringLiteral("server_error");
    case JudgeFailure::Rejected:
        return QStringLiteral("rejected");
    case JudgeFailure::BadResponse:
        return QStringLiteral("bad_response");
    case JudgeFailure::Truncated:
        return QStringLiteral("truncated");
    case JudgeFailure::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace evalbench

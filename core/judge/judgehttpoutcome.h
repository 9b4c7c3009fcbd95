// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgecall.h"

#include <QByteArray>
#include <QString>

namespace evalbench {

// What the HTTP layer of JudgeClient hands to chat() and embed(): the last answer
// after retries, or why there is none. The error text is already scrubbed of the key.
struct JudgeHttpOutcome
{
    JudgeFailure failure = JudgeFailure::None;
    QString error;
    int httpStatus = 0; // 0: no HTTP answer (timeout, connection error, cancelled)
    QByteArray body;
    int attempts = 0;
    qint64 firstSentMs = -1; // on the client's monotonic clock; -1 when nothing was sent
};

} // namespace evalbench

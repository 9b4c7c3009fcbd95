// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace evalbench {

// One answered request, for the window's live request log and counters.
struct ApiRequestLog
{
    QDateTime time; // when the request arrived (UTC)
    QString method;
    QString path; // without the query
    int status = 0;
    double latencyMs = 0;
};

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::ApiRequestLog)

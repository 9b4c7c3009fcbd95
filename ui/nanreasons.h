// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace evalbench {

struct SampleRows;

// Why a metric came out NaN, with how many samples gave that reason.
struct NanReason
{
    QString reason; // empty: the metric gave none
    int count = 0;
};

// Metric id -> its NaN reasons, most frequent first; metrics without a NaN are absent.
QMap<QString, QList<NanReason>> nanReasonsByMetric(const SampleRows& rows);

} // namespace evalbench

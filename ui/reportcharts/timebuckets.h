// SPDX-License-Identifier: MIT
#pragma once

#include "store/sampletime.h"

#include <QDateTime>
#include <QList>

namespace evalbench {

struct SampleRows;

enum class TimeBucket
{
    Hour,
    Day
};

// The mean weighted score of the samples scored within one hour or day.
struct TimeBucketMean
{
    QDateTime start; // local time, the bucket's first instant
    double mean = 0;
    int count = 0;
};

// Buckets in local time (what the analyst reads on the axis), oldest first; samples without a
// weighted score or without a time are left out. Joins the times to the rows by sample index.
QList<TimeBucketMean> timeBucketMeans(const SampleRows& rows, const QList<SampleTime>& times, TimeBucket bucket);

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "ui/reportcharts/timebuckets.h"

#include "ui/samplerowsloader.h"

#include <algorithm>
#include <map>

namespace evalbench {

namespace {

QDateTime bucketStart(const QDateTime& time, TimeBucket bucket)
{
    const QDateTime local = time.toLocalTime();
    if (bucket == TimeBucket::Day)
        return local.date().startOfDay();
    return QDateTime(local.date(), QTime(local.time().hour(), 0));
}

} // namespace

QList<TimeBucketMean> timeBucketMeans(const SampleRows& rows, const QList<SampleTime>& times, TimeBucket bucket)
{
    std::map<QDateTime, std::pair<double, int>> sums;
    for (const SampleTime& entry : times) {
        if (!entry.time.isValid())
            continue;
        // Rows are in dataset order: bisect for the sample.
        const auto row = std::lower_bound(rows.rows.begin(), rows.rows.end(), entry.sampleIndex,
            [](const SampleRow& r, int index) { return r.index < index; });
        if (row == rows.rows.end() || row->index != entry.sampleIndex || row->weightedStatus != CellStatus::Value)
            continue;
        auto& [sum, count] = sums[bucketStart(entry.time, bucket)];
        sum += row->weightedScore;
        ++count;
    }
    QList<TimeBucketMean> means;
    for (const auto& [start, total] : sums)
        means.append({ start, total.first / total.second, total.second });
    return means;
}

} // namespace evalbench

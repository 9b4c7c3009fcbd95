// SPDX-License-Identifier: MIT
#pragma once

#include "common/metricscore.h"

#include <optional>

#include <QString>
#include <QtGlobal>

namespace evalbench {

// What a table of a run's samples shows of one sample, without its answer, contexts or
// metadata: a report of 100,000 samples reads these instead of whole samples.
struct SampleHeadline
{
    int index = 0;
    qint64 key = 0; // the row's key in the store (ScoreCell::sampleKey)
    QString id;
    QString questionStart; // the question's first characters (as many as asked for)
    bool scored = false;
    std::optional<double> weightedScore;
};

// One score of one sample without its evidence. The metric is its key in the store
// (StoreReader::metricNames), so a cell carries no string of its own.
struct ScoreCell
{
    qint64 sampleKey = 0;
    int metricKey = 0;
    ScoreStatus status = ScoreStatus::Value;
    double value = 0;
    QString reason; // only read for cells that are not a value
};

// The store keys of a run's samples. A run imported in one go has consecutive keys, so its
// scores are one range of the scores table.
struct SampleKeyRange
{
    qint64 first = 0;
    qint64 last = -1;
    qint64 count = 0;

    bool consecutive() const { return count > 0 && last - first + 1 == count; }
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "common/metricscore.h"
#include "common/sample.h"

#include <optional>

#include <QList>
#include <QMetaType>

namespace evalbench {

// The scores of one sample, on their way to the store.
struct SampleResult
{
    int index = 0;
    qint64 key = 0; // StoredSample::key of the sample these scores belong to
    QList<MetricScore> scores;
    std::optional<double> weightedScore;
};

// One sample of a run as stored: its position in the dataset, its inputs and,
// once scored, its scores.
struct StoredSample
{
    int index = 0;
    qint64 key = 0; // the row's key in the store
    Sample sample;
    bool scored = false;
    std::optional<double> weightedScore;
    QList<MetricScore> scores;

    const MetricScore* score(const QString& metric) const
    {
        for (const MetricScore& s : scores) {
            if (s.metric == metric)
                return &s;
        }
        return nullptr;
    }
};

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::StoredSample)

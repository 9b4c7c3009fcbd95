// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"

#include <functional>

#include <QList>
#include <QString>
#include <QStringList>

namespace evalbench {

class StoreReader;

// One run's per-sample numbers, as much as a comparison needs: the sample's place,
// id and question, and one value per metric. Answers and contexts are not kept,
// so a large run costs a few numbers and two strings per sample.
struct RunScores
{
    struct Row
    {
        int index = 0; // the sample's place in its run (opens its report)
        QString id;
        QString question;
        QList<double> values; // parallel to `metrics`; NaN: no value (skipped, failed, not scored)
    };

    RunRecord run;
    QStringList metrics;
    QList<Row> rows;

    // Streams the run's samples from the store; returns what was read when `cancelled` says so.
    static RunScores read(const StoreReader& reader, const RunRecord& run, const QStringList& metrics,
        const std::function<bool()>& cancelled = {});
};

} // namespace evalbench

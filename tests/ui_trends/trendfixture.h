// SPDX-License-Identifier: MIT
#pragma once

// Writes finished runs with given dates, datasets and averages into a temporary SQLite
// file through StoreWriter, for the Trends and Settings tests.

#include "store/storereader.h"
#include "store/storewriter.h"

#include <gtest/gtest.h>
#include <optional>

#include <QDateTime>

namespace evalbench::testing {

inline QDateTime day(int dayOfMonth)
{
    return QDateTime(QDate(2026, 3, dayOfMonth), QTime(10, 0), Qt::UTC);
}

inline MetricSummary average(double mean, int scored)
{
    MetricSummary summary;
    summary.mean = mean;
    summary.min = mean;
    summary.max = mean;
    summary.scored = scored;
    return summary;
}

struct TrendRun
{
    QString id;
    QString name;
    QDateTime createdAt;
    QString datasetPath; // empty for an API run
    QString source = QStringLiteral("file");
    QMap<QString, MetricSummary> summary;
    std::optional<double> weightedScore;
    int scored = 0;
};

// A completed run with the given summary (no samples: the Trends page reads summaries only).
inline void addTrendRun(StoreWriter& writer, const TrendRun& spec)
{
    RunRecord run;
    run.id = spec.id;
    run.name = spec.name;
    run.source = spec.source;
    run.status = RunStatus::Importing;
    run.createdAt = spec.createdAt;
    run.datasetPath = spec.datasetPath;
    run.settings.metrics = spec.summary.keys();
    JobRecord job;
    job.id = spec.id + QStringLiteral("-job");
    job.runId = spec.id;
    job.createdAt = spec.createdAt;
    QList<Sample> samples;
    for (int i = 0; i < spec.scored; ++i) {
        Sample sample;
        sample.id = QStringLiteral("q%1").arg(i);
        sample.question = QStringLiteral("question %1").arg(i);
        samples.append(sample);
    }
    ASSERT_TRUE(writer.insertRunWithJob(run, job).result().ok());
    ASSERT_TRUE(writer.appendSamples(spec.id, 0, samples).result().ok());
    ASSERT_TRUE(writer.markImported(spec.id, job.id, spec.scored, RunStatus::Running).result().ok());
    // Outcomes without scores: enough for the run's scored count, which the weighted score's
    // "scored" column shows.
    QList<SampleResult> results;
    for (const StoredSample& stored : StoreReader(writer.databasePath()).samples(spec.id, 0, -1))
        results.append({ stored.index, stored.key, {}, spec.weightedScore });
    ASSERT_TRUE(writer.saveResults(spec.id, job.id, results).result().ok());
    ASSERT_TRUE(writer.finishRun(spec.id, RunStatus::Completed, spec.summary, spec.weightedScore).result().ok());
}

} // namespace evalbench::testing

// SPDX-License-Identifier: MIT
#pragma once

#include "store/storereader.h"
#include "store/storewriter.h"

#include <gtest/gtest.h>

// A completed run of four samples scored by two metrics, for the annotation tests:
//   index  id   token_f1  exact_match  weighted
//   0      s0   0.2       0            0.1
//   1      s1   0.4       0            0.3
//   2      s2   0.6       1            0.8
//   3      s3   (skipped) 1            0.95
namespace annotatedrun {

inline const QString kF1 = QStringLiteral("token_f1");
inline const QString kExact = QStringLiteral("exact_match");

inline evalbench::RunRecord record(const QString& runId)
{
    evalbench::RunRecord run;
    run.id = runId;
    run.name = QStringLiteral("Annotated run");
    run.status = evalbench::RunStatus::Importing;
    run.createdAt = QDateTime::currentDateTimeUtc();
    run.settings.metrics = { kF1, kExact };
    return run;
}

// Writes the run; returns the samples' keys by index (empty when a write failed).
inline QList<qint64> write(evalbench::StoreWriter& writer, const QString& runId)
{
    using namespace evalbench;
    const RunRecord run = record(runId);
    JobRecord job;
    job.id = runId + QStringLiteral("-job");
    job.runId = runId;
    job.createdAt = run.createdAt;
    QList<Sample> samples;
    for (int i = 0; i < 4; ++i) {
        Sample sample;
        sample.id = QStringLiteral("s%1").arg(i);
        sample.question = QStringLiteral("Question %1?").arg(i);
        sample.answer = QStringLiteral("Answer %1").arg(i);
        samples.append(sample);
    }
    if (!writer.insertRunWithJob(run, job).result().ok() || !writer.appendSamples(runId, 0, samples).result().ok()
        || !writer.markImported(runId, job.id, 4, RunStatus::Running).result().ok())
        return {};
    QList<qint64> keys;
    for (const StoredSample& stored : StoreReader(writer.databasePath()).samples(runId, 0, -1))
        keys.append(stored.key);
    const QList<double> f1 { 0.2, 0.4, 0.6, -1 };
    const QList<double> exact { 0, 0, 1, 1 };
    const QList<double> weighted { 0.1, 0.3, 0.8, 0.95 };
    QList<SampleResult> results;
    for (int i = 0; i < 4; ++i) {
        SampleResult result;
        result.index = i;
        result.key = keys.value(i);
        result.scores.append(f1[i] < 0 ? MetricScore::skipped(kF1, QStringLiteral("no ground truth"))
                                       : MetricScore::ofValue(kF1, f1[i]));
        result.scores.append(MetricScore::ofValue(kExact, exact[i]));
        result.weightedScore = weighted[i];
        results.append(result);
    }
    if (!writer.saveResults(runId, job.id, results).result().ok())
        return {};
    QMap<QString, MetricSummary> summary;
    summary.insert(kF1, MetricSummary { 0.4, 0.2, 0.6, 3, 1, 0 });
    summary.insert(kExact, MetricSummary { 0.5, 0, 1, 4, 0, 0 });
    if (!writer.finishRun(runId, RunStatus::Completed, summary, 0.5375).result().ok())
        return {};
    return keys;
}

inline evalbench::SampleAnnotation annotation(
    const QString& metric, std::optional<double> score, const QString& label = {}, const QString& comment = {})
{
    evalbench::SampleAnnotation a;
    a.metric = metric;
    a.score = score;
    a.label = label;
    a.comment = comment;
    a.author = QStringLiteral("analyst");
    return a;
}

} // namespace annotatedrun

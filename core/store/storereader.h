// SPDX-License-Identifier: MIT
#pragma once

#include "common/jobrecord.h"
#include "common/runrecord.h"
#include "common/sampleannotation.h"
#include "store/judgerows.h"
#include "store/sampletablecells.h"
#include "store/sampletime.h"
#include "store/storedsample.h"
#include "store/trendrows.h"

#include <functional>
#include <optional>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace evalbench {

struct RunQuery
{
    QString search; // matched against name and id
    int limit = -1;
    int offset = 0;
    // Keyset paging: only runs listed after this one (newest first), so each page
    // costs the same however deep into the list it is.
    std::optional<QDateTime> afterCreatedAt;
    QString afterId;
};

// Read-only queries. Each call uses the calling thread's own connection, so a
// reader may be used from any thread; the GUI calls it from background tasks.
class StoreReader
{
public:
    explicit StoreReader(QString databasePath);

    QString databasePath() const { return m_path; }

    // Newest first.
    QList<RunRecord> runs(const RunQuery& query = {}) const;
    int runCount() const;
    std::optional<RunRecord> run(const QString& runId) const;

    // Samples in dataset order with their scores; `limit` < 0 means all.
    QList<StoredSample> samples(const QString& runId, int offset, int limit) const;
    // Visits every sample in dataset order, a page at a time, so a run of any
    // size is streamed; the visitor returns false to stop.
    void forEachSample(const QString& runId, const std::function<bool(const StoredSample&)>& visit) const;
    // The same a page at a time (for callers that process a page in parallel).
    void forEachPage(const QString& runId, const std::function<bool(const QList<StoredSample>&)>& visit) const;
    // The next unscored samples after `afterIndex`, for (resumed) scoring. Without
    // `withLists`, contexts, reference contexts and metadata are not read (they come
    // back absent): cheaper when no metric of the run needs them.
    QList<StoredSample> unscoredSamples(const QString& runId, int afterIndex, int limit, bool withLists = true) const;
    // The sample table of a run without the bulky columns, in two parts that may be read
    // on two threads at once: the rows in dataset order, and every score. Visitors return
    // false to stop; false when a visitor stopped or the database could not be read.
    SampleKeyRange sampleKeyRange(const QString& runId) const;
    bool readSampleHeadlines(
        const QString& runId, int questionChars, const std::function<bool(const SampleHeadline&)>& visit) const;
    // In key order when `range` (of this run) is consecutive, else in dataset order.
    bool readScoreCells(
        const QString& runId, const SampleKeyRange& range, const std::function<bool(const ScoreCell&)>& visit) const;
    // Every metric name by its key (ScoreCell::metricKey).
    QHash<int, QString> metricNames() const;
    int scoredSampleCount(const QString& runId) const;
    // The `count` samples with the lowest weighted score, lowest first.
    QList<StoredSample> weakestSamples(const QString& runId, int count) const;
    // Per-metric aggregate computed from the stored scores.
    QMap<QString, MetricSummary> metricSummary(const QString& runId) const;

    std::optional<JobRecord> job(const QString& jobId) const;
    QList<JobRecord> jobs(std::optional<JobState> state = std::nullopt) const;

    QString setting(const QString& key, const QString& fallback = {}) const;

    // The result.json (or error envelope) of an ML scoring run; nullopt for other runs.
    std::optional<QJsonObject> mlResult(const QString& runId) const;

    // LLM judge profiles by name, cached answers, and a run's judge usage.
    QList<JudgeProfileRow> judgeProfiles() const;
    std::optional<JudgeCacheRow> judgeAnswer(const QString& requestHash) const;
    std::optional<QJsonObject> runJudgeUsage(const QString& runId) const;
    // optimization_advice.md as the judge wrote it; nullopt when it did not (rule-based advice then).
    std::optional<QString> runJudgeAdvice(const QString& runId) const;

    // The human annotations of a run's samples, by sample index.
    RunAnnotations annotations(const QString& runId) const;
    // Trends: the datasets and API run names that have runs, most recently run first
    // (grouped in SQL: one row per series however many runs there are), and the runs of
    // one series that have a summary, oldest first, their summaries parsed.
    QList<TrendSeries> trendSeries() const;
    QList<TrendPoint> trendPoints(const TrendSeries& series) const;
    // The time of each sample of an API run (from its job), in dataset order; samples without
    // a job are left out.
    QList<SampleTime> apiSampleTimes(const QString& runId) const;

private:
    QString m_path;
};

} // namespace evalbench

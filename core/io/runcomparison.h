// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"
#include "io/samplematch.h"

#include <functional>
#include <optional>

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace evalbench {

class StoreReader;

// What happened to a metric from the baseline to another run, in the metric's own
// direction (a lower hallucination is an improvement).
enum class Change
{
    Improved,
    Regressed,
    Unchanged, // |delta| <= RunComparison::kEpsilon
    NotComparable // a value is missing on either side
};

// ▲ improved, ▼ regressed, = unchanged, nothing when not comparable: the same marks in the
// window and in the Markdown export.
QString changeArrow(Change change);

struct ChangeCounts
{
    int improved = 0;
    int regressed = 0;
    int unchanged = 0;
    int notComparable = 0;

    void add(Change change);
    int of(Change change) const;
};

// One metric across the runs: the run means come from the stored summaries (every
// scored sample of the run, matched or not); the sample counts only from matched pairs.
struct MetricComparison
{
    struct Against
    {
        std::optional<double> mean;
        std::optional<double> delta; // mean - baseline mean
        Change change = Change::NotComparable;
        ChangeCounts samples;
    };

    QString metric;
    bool higherIsBetter = true;
    std::optional<double> baselineMean;
    QList<Against> runs; // parallel to RunComparison::others
};

// One matched sample for one metric against one other run.
struct ComparisonItem
{
    int run = 0; // into RunComparison::others
    int metric = 0; // into RunComparison::metrics
    int baselineIndex = 0; // the sample's place in the baseline run
    int otherIndex = 0; // ...and in the other run
    QString sampleId; // the other run's
    QString question;
    double baselineValue = 0; // NaN when missing
    double otherValue = 0;
    double delta = 0; // other - baseline; NaN when not comparable
    Change change = Change::NotComparable;
};

// A baseline run against one or more others.
struct RunComparison
{
    static constexpr double kEpsilon = 1e-9;

    RunRecord baseline;
    QList<RunRecord> others;
    QStringList metrics; // the baseline's, then any other run's that it lacks
    QList<MatchInfo> matches; // parallel to `others`
    QList<MetricComparison> rows; // parallel to `metrics`
    QList<ComparisonItem> items; // by run, then baseline order, then metric

    static bool higherIsBetter(const QString& metric);
    static Change classify(double baseline, double other, bool higherIsBetter);
    // The run's metrics in the order they were requested, then the rest of its summary.
    static QStringList metricsOf(const RunRecord& run);

    static RunComparison compute(const RunScores& baseline, const QList<RunScores>& others);
    // Reads the runs and their scores; nullopt (with `error`) when a run is not in the store.
    static std::optional<RunComparison> load(const StoreReader& reader, const QString& baselineId,
        const QStringList& otherIds, QString* error = nullptr, const std::function<bool()>& cancelled = {});
};

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::RunComparison)

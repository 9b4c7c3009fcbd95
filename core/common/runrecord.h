// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace evalbench {

// Lifecycle of a run. `Importing` runs are not yet acknowledged: a crash or a bad
// row deletes them, so a failed import leaves the database as it was.
enum class RunStatus
{
    Importing,
    Queued,
    Running,
    Completed,
    Failed,
    Cancelled
};

QString runStatusName(RunStatus status);
std::optional<RunStatus> runStatusFromName(QStringView name);

struct RunSettings
{
    QStringList metrics;
    QMap<QString, double> weights; // metric id -> weight; absent means 1
    bool ragasCompat = false;
    QJsonObject judge; // empty: no judge

    double weightOf(const QString& metric) const { return weights.value(metric, 1.0); }
    QJsonObject toJson() const;
    static RunSettings fromJson(const QJsonObject& json);
};

// Aggregate of one metric over a run; NaN and skipped samples are counted, not averaged.
struct MetricSummary
{
    double mean = 0;
    double min = 0;
    double max = 0;
    int scored = 0;
    int skipped = 0;
    int nan = 0;

    QJsonObject toJson() const;
    static MetricSummary fromJson(const QJsonObject& json);
};

struct RunRecord
{
    QString id;
    QString name;
    QString kind = QStringLiteral("rag"); // rag | ml
    QString source = QStringLiteral("file"); // file | api | workspace
    RunStatus status = RunStatus::Queued;
    QDateTime createdAt;
    QDateTime finishedAt;
    int sampleCount = 0;
    int scoredCount = 0;
    QString datasetPath;
    RunSettings settings;
    std::optional<double> weightedScore;
    QMap<QString, MetricSummary> summary; // metric id -> aggregate
    QString error;

    static QString newId(const QDateTime& when);
};

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::RunRecord)
Q_DECLARE_METATYPE(evalbench::RunStatus)

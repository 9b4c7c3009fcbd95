// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace evalbench {

// What the report views show of a result.json (CONTRACTS "AutoScorer workspaces"), read once
// into plain values. Built-in scorers and custom ones share it: the per-class and COCO parts
// are filled whenever `details` has their shape, whatever the task type says.
struct MlResult
{
    enum class Task
    {
        Generic, // a custom scorer's task, or none
        Classification,
        Regression,
        Detection
    };

    struct Metric
    {
        QString name;
        std::optional<double> value; // nullopt: null in the JSON (undefined, e.g. R² of one sample)
        bool integral = false; // a count: shown without decimals
    };

    struct ClassRow
    {
        QString label;
        std::optional<double> precision;
        std::optional<double> recall;
        std::optional<double> f1;
        qint64 support = 0;
        qint64 tp = 0;
        qint64 fp = 0;
        qint64 fn = 0;
    };

    struct CategoryRow
    {
        qint64 id = 0;
        QString name;
        qint64 groundTruthCount = 0;
        qint64 detectionCount = 0;
        std::optional<double> ap; // nullopt: no ground truth
        std::optional<double> ap50;
        QList<double> precisionAt50; // one per recall threshold; empty without ground truth
        QList<double> precisionAveraged; // mean over IoU .50:.95
    };

    struct CocoStat
    {
        QString name; // "AP", "AP50", …, "ARl"
        std::optional<double> value; // nullopt for pycocotools' -1 (no ground truth in the range)
    };

    QString scorer;
    QString version;
    std::optional<double> score;
    QString primaryMetric;
    bool higherIsBetter = true;
    std::optional<bool> pass;
    std::optional<double> passThreshold;
    QStringList warnings; // the messages
    QString taskType; // details.task_type as written
    Task task = Task::Generic;
    QList<Metric> metrics;

    QStringList labels;
    QList<ClassRow> perClass;
    QList<QList<qint64>> confusion; // rows = true label, columns = predicted; empty when absent
    QString confusionOmitted; // the scorer's reason when it left the matrix out

    QList<CocoStat> cocoStats;
    QList<double> recallThresholds;
    QList<CategoryRow> perCategory;

    bool hasPerClass() const { return !perClass.isEmpty(); }
    bool hasCoco() const { return !cocoStats.isEmpty(); }

    static MlResult fromJson(const QJsonObject& result);
};

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::MlResult)

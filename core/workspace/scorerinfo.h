// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace evalbench {

// What a scorer scores; it decides which workspace files are checked (CONTRACTS "AutoScorer workspaces").
enum class MlTask
{
    Classification, // input/gt.csv + output/pred.csv, `id,label`
    Regression, // input/gt.csv + output/pred.csv, `id,value`
    Detection, // input/gt.json + output/pred.json, COCO
    Custom // a custom scorer that reads whatever it wants; only meta.json is checked
};

QString mlTaskName(MlTask task); // "classification" | "regression" | "detection" | "custom"
std::optional<MlTask> mlTaskFromName(QStringView name);

struct ScorerParamInfo
{
    QString name;
    QString description; // one English sentence
    QJsonValue defaultValue;
    QStringList choices; // empty: any value of defaultValue's type
};

// A scorer the analyst can pick: a built-in one (AutoScorer id) or a custom one from
// DATA_DIR/scorers/<id>/scorer.json.
struct ScorerInfo
{
    QString id;
    QString name; // display name; the id when the manifest gives none
    QString version;
    MlTask task = MlTask::Custom;
    QString description;
    QString primaryMetric; // the metrics key that summary.score repeats
    QList<ScorerParamInfo> params;
    bool builtin = true;

    // Custom scorers only.
    QString folder; // DATA_DIR/scorers/<id>
    QString manifestPath; // folder/scorer.json
    QStringList command; // program and arguments, placeholders not yet expanded
    int timeoutSeconds = 300;
};

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::ScorerInfo)

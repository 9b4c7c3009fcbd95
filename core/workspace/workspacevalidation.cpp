// SPDX-License-Identifier: MIT
#include "workspace/workspacevalidation.h"

#include "io/cocojsonloader.h"
#include "io/labelcsvjoin.h"
#include "io/labelcsvloader.h"
#include "io/labelcsvparser.h"
#include "workspace/scorercatalog.h"
#include "workspace/scorerparams.h"
#include "workspace/workspacelayout.h"

#include <QFileInfo>
#include <QJsonArray>

namespace evalbench {

namespace {

EvalError problem(ErrorCode code, const QString& message, const QString& file = {})
{
    QJsonObject details;
    if (!file.isEmpty())
        details.insert(QStringLiteral("file"), file);
    return EvalError { code, message, QStringLiteral("validation"), details };
}

// A loader's error, with the file named by its place in the workspace.
EvalError fromLoader(EvalError error, const WorkspaceLayout& workspace, const QString& relativeFile)
{
    error.stage = QStringLiteral("validation");
    error.message.replace(workspace.root() + QLatin1Char('/'), QString());
    if (!relativeFile.isEmpty())
        error.details.insert(QStringLiteral("file"), relativeFile);
    return error;
}

QString columnOf(MlTask task)
{
    return task == MlTask::Regression ? QStringLiteral("value") : QStringLiteral("label");
}

// Both files must be there; says which the task needs when one is not.
bool checkPresent(const WorkspaceLayout& workspace, const ScorerInfo& scorer, const QStringList& files,
    const QString& what, QList<EvalError>& errors)
{
    bool all = true;
    for (const QString& path : files) {
        if (QFileInfo(path).isFile())
            continue;
        all = false;
        errors << problem(ErrorCode::MissingFile,
            QStringLiteral("%1 is missing; %2 needs %3").arg(workspace.relative(path), scorer.id, what),
            workspace.relative(path));
    }
    return all;
}

void checkCsvPair(const WorkspaceLayout& workspace, const ScorerInfo& scorer, WorkspaceValidation& v)
{
    const QString column = columnOf(scorer.task);
    const QString what = QStringLiteral("input/gt.csv and output/pred.csv with the header \"id,%1\"").arg(column);
    const bool gtThere = checkPresent(workspace, scorer, { workspace.groundTruthCsv() }, what, v.errors);
    const bool predThere = checkPresent(workspace, scorer, { workspace.predictionCsv() }, what, v.errors);

    // Each file on its own first, so that a problem in one never hides a problem in the other.
    std::optional<ml::TwoColumnCsv> gt, pred;
    const std::string columnName = column.toStdString();
    auto readOne = [&](const QString& path, std::optional<ml::TwoColumnCsv>& out) {
        auto read = ml::readTwoColumnCsv(path, columnName);
        if (!read.ok()) {
            v.errors << fromLoader(read.error, workspace, workspace.relative(path));
            return;
        }
        if (scorer.task == MlTask::Regression) {
            const auto values = ml::parseValueColumn(*read.value);
            if (!values.ok()) {
                v.errors << fromLoader(values.error, workspace, workspace.relative(path));
                return;
            }
        }
        out = std::move(*read.value);
    };
    if (gtThere)
        readOne(workspace.groundTruthCsv(), gt);
    if (predThere)
        readOne(workspace.predictionCsv(), pred);
    if (!gt || !pred) {
        // The other file is unusable, but repeated ids in this one are still worth reporting: a
        // file joined with itself fails on exactly those.
        const std::optional<ml::TwoColumnCsv>& one = gt ? gt : pred;
        if (one) {
            const auto self = ml::joinById(*one, *one);
            if (!self.ok())
                v.errors << fromLoader(self.error, workspace,
                    workspace.relative(gt ? workspace.groundTruthCsv() : workspace.predictionCsv()));
        }
        return;
    }
    const auto join = ml::joinById(*gt, *pred);
    if (!join.ok())
        v.errors << fromLoader(join.error, workspace, {});
    for (const EvalError& w : join.warnings)
        v.warnings << fromLoader(w, workspace, QStringLiteral("output/pred.csv"));
}

void checkDetection(
    const WorkspaceLayout& workspace, const ScorerInfo& scorer, const ScorerParams& params, WorkspaceValidation& v)
{
    const QString what = QStringLiteral("input/gt.json (COCO ground truth) and output/pred.json (a list of "
                                        "{image_id, category_id, bbox, score})");
    if (!checkPresent(workspace, scorer, { workspace.groundTruthJson(), workspace.predictionJson() }, what, v.errors))
        return;
    const auto loaded =
        ml::loadDetectionJson(workspace.groundTruthJson(), workspace.predictionJson(), params.boxFormat);
    if (!loaded.ok())
        v.errors << fromLoader(loaded.error, workspace, {});
}

} // namespace

QJsonObject WorkspaceValidation::toJson(const QString& workspaceRoot) const
{
    QJsonArray problems;
    for (const EvalError& e : errors)
        problems.append(e.toJson());
    QJsonArray warned;
    for (const EvalError& w : warnings)
        warned.append(w.toJson());
    QJsonObject json {
        { QStringLiteral("valid"), ok() },
        { QStringLiteral("workspace"), workspaceRoot },
        { QStringLiteral("problems"), problems },
        { QStringLiteral("warnings"), warned },
    };
    if (scorer) {
        json.insert(QStringLiteral("scorer"), scorer->id);
        json.insert(QStringLiteral("task_type"), mlTaskName(scorer->task));
    }
    return json;
}

EvalError WorkspaceValidation::summaryError() const
{
    if (errors.isEmpty())
        return {};
    EvalError first = errors.first();
    if (errors.size() > 1) {
        first.message += QStringLiteral(" (and %1 more problem(s))").arg(errors.size() - 1);
        QJsonArray all;
        for (const EvalError& e : errors)
            all.append(e.toJson());
        first.details.insert(QStringLiteral("problems"), all);
    }
    return first;
}

WorkspaceValidation WorkspaceValidator::validate(const WorkspaceLayout& workspace, const ScorerCatalog& catalog,
    const QString& scorerOverride, const QJsonObject& paramsOverride, Depth depth)
{
    WorkspaceValidation v;
    if (!QFileInfo(workspace.root()).isDir()) {
        v.errors << problem(ErrorCode::MissingFile,
            QStringLiteral("the workspace folder %1 does not exist; give the folder that holds meta.json, input/ and "
                           "output/")
                .arg(workspace.root()));
        return v;
    }
    v.meta = WorkspaceMeta::read(workspace, scorerOverride.isEmpty(), v.errors);
    v.params = v.meta.params;
    for (auto it = paramsOverride.begin(); it != paramsOverride.end(); ++it)
        v.params.insert(it.key(), it.value());

    const QString scorerId = scorerOverride.isEmpty() ? v.meta.scorer : scorerOverride;
    if (scorerId.isEmpty())
        return v; // meta.json's problem is already reported
    v.scorer = catalog.find(scorerId);
    if (!v.scorer) {
        QStringList ids;
        for (const ScorerInfo& s : catalog.scorers())
            ids << s.id;
        EvalError unknown = problem(ErrorCode::UnknownMetric,
            QStringLiteral("unknown scorer \"%1\"; known: %2").arg(scorerId, ids.join(QStringLiteral(", "))),
            scorerOverride.isEmpty() ? QStringLiteral("meta.json") : QString());
        unknown.details.insert(QStringLiteral("field"), QStringLiteral("scorer"));
        v.errors << unknown;
        return v;
    }
    if (!v.meta.taskType.isEmpty() && v.scorer->task != MlTask::Custom
        && mlTaskFromName(v.meta.taskType) != v.scorer->task) {
        v.warnings << problem(ErrorCode::Mismatch,
            QStringLiteral("meta.json says task_type \"%1\" but %2 scores %3 outputs")
                .arg(v.meta.taskType, v.scorer->id, mlTaskName(v.scorer->task)),
            QStringLiteral("meta.json"));
    }

    ScorerParams params;
    if (v.scorer->builtin) {
        auto parsed = ScorerParams::parse(*v.scorer, v.params);
        if (!parsed.ok()) {
            EvalError e = parsed.error;
            e.details.insert(QStringLiteral("file"), QStringLiteral("meta.json"));
            v.errors << e;
        } else {
            params = *parsed.value;
            v.warnings += params.warnings;
        }
    }

    if (depth == Depth::MetaOnly)
        return v;
    // A custom scorer that declares a standard task_type expects the standard files, so they are
    // checked the same way; one of task_type "custom" reads files of its own.
    switch (v.scorer->task) {
    case MlTask::Classification:
    case MlTask::Regression:
        checkCsvPair(workspace, *v.scorer, v);
        break;
    case MlTask::Detection:
        checkDetection(workspace, *v.scorer, params, v);
        break;
    case MlTask::Custom:
        break;
    }
    if (v.scorer->task == MlTask::Custom && !QFileInfo(workspace.inputDir()).isDir())
        v.errors << problem(ErrorCode::MissingFile,
            QStringLiteral("input/ is missing; %1 reads its inputs from the workspace's input folder")
                .arg(v.scorer->id),
            QStringLiteral("input"));
    return v;
}

} // namespace evalbench

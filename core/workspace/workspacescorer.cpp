// SPDX-License-Identifier: MIT
#include "workspace/workspacescorer.h"

#include "workspace/builtinscorers.h"
#include "workspace/customscorerrunner.h"
#include "workspace/scorercatalog.h"
#include "workspace/workspacelayout.h"
#include "workspace/workspacevalidation.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace evalbench {

namespace {

QString writeResultFile(const QString& path, const QJsonObject& json)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace

QJsonObject WorkspaceScore::resultFile() const
{
    if (outcome.ok())
        return *outcome.result;
    return QJsonObject {
        { QStringLiteral("status"), QStringLiteral("error") },
        { QStringLiteral("error"), outcome.error.toJson() },
        { QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
    };
}

WorkspaceScore WorkspaceScorer::score(const WorkspaceLayout& workspace, const ScorerCatalog& catalog,
    const QString& scorerOverride, const QJsonObject& paramsOverride, const std::atomic<bool>* cancelled)
{
    QElapsedTimer timer;
    timer.start();
    WorkspaceScore out;
    out.resultPath = workspace.resultPath();

    const WorkspaceValidation quick = WorkspaceValidator::validate(
        workspace, catalog, scorerOverride, paramsOverride, WorkspaceValidator::Depth::MetaOnly);
    out.scorer = quick.scorer;
    out.params = quick.params;
    if (!quick.ok()) {
        // Report the files' problems too, so one round of fixes is enough.
        const WorkspaceValidation full =
            WorkspaceValidator::validate(workspace, catalog, scorerOverride, paramsOverride);
        out.outcome = ScorerOutcome::failure(full.ok() ? quick.summaryError() : full.summaryError());
    } else if (quick.scorer->builtin) {
        out.outcome = runBuiltinScorer(*quick.scorer, workspace, quick.params, cancelled);
        if (!out.outcome.ok() && out.outcome.error.stage == QLatin1String("validation")) {
            // The fast path stops at the first problem; the analyst wants all of them.
            const WorkspaceValidation full =
                WorkspaceValidator::validate(workspace, catalog, scorerOverride, paramsOverride);
            if (!full.ok())
                out.outcome = ScorerOutcome::failure(full.summaryError());
        }
    } else {
        const int timeout = quick.meta.timeoutSeconds.value_or(quick.scorer->timeoutSeconds);
        out.outcome = CustomScorerRunner::run(*quick.scorer, workspace, quick.params, timeout, cancelled);
    }
    if (out.outcome.ok() && !quick.warnings.isEmpty()) {
        // meta.json's warnings (e.g. a task_type that does not match) belong in the result too.
        QJsonArray warnings = out.outcome.result->value(QStringLiteral("warnings")).toArray();
        for (const EvalError& w : quick.warnings) {
            if (!warnings.contains(w.toJson()))
                warnings.append(w.toJson());
        }
        out.outcome.result->insert(QStringLiteral("warnings"), warnings);
    }
    // A cancelled attempt is not a result: whatever result.json held before stays.
    if (!(cancelled && cancelled->load()))
        out.writeError = writeResultFile(out.resultPath, out.resultFile());
    out.elapsedMs = timer.elapsed();
    return out;
}

} // namespace evalbench

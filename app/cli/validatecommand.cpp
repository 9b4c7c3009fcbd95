// SPDX-License-Identifier: MIT
#include "cli/validatecommand.h"

#include "cli/clioutput.h"
#include "cli/workspaceoptions.h"
#include "workspace/scorercatalog.h"
#include "workspace/workspacelayout.h"
#include "workspace/workspacevalidation.h"

namespace evalbench::cli {

namespace {

QString usage()
{
    return QStringLiteral(
        "usage: evalbench validate WORKSPACE [--scorer ID] [--params JSON] [--json]\n"
        "WORKSPACE holds meta.json ({\"scorer\": ..., \"params\": {...}}), input/gt.csv or input/gt.json and\n"
        "output/pred.csv or output/pred.json. `evalbench scorers list` shows the scorers.\n");
}

} // namespace

int ValidateCommand::run(const QStringList& arguments, const DataDir& dataDir)
{
    QCommandLineParser parser;
    const WorkspaceOptions options = WorkspaceOptions::parse(parser, arguments, "validate");
    CliOutput output(arguments.contains(QStringLiteral("--json")));
    if (!options.error.isEmpty())
        return output.badUsage(options.error, usage());

    const ScorerCatalog catalog(dataDir.scorersPath());
    const WorkspaceLayout workspace(options.workspace);
    const WorkspaceValidation v = WorkspaceValidator::validate(workspace, catalog, options.scorer, options.params);
    if (!v.ok()) {
        for (const EvalError& w : v.warnings)
            CliOutput::printStderr(QStringLiteral("warning %1: %2\n").arg(errorCodeName(w.code), w.message));
        if (!output.json()) {
            QString text = QStringLiteral("%1 has %2 problem(s):\n").arg(workspace.root()).arg(v.errors.size());
            for (const EvalError& e : v.errors)
                text += QStringLiteral("  %1  %2\n").arg(errorCodeName(e.code).leftJustified(14), e.message);
            CliOutput::printStderr(text);
            return Failure;
        }
        return output.failure(v.summaryError());
    }
    QString text =
        QStringLiteral("%1: valid for %2 (%3)\n").arg(workspace.root(), v.scorer->id, mlTaskName(v.scorer->task));
    for (const EvalError& w : v.warnings)
        text += QStringLiteral("  warning %1  %2\n").arg(errorCodeName(w.code), w.message);
    return output.success(v.toJson(workspace.root()), text);
}

} // namespace evalbench::cli

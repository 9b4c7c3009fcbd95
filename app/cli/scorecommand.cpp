// SPDX-License-Identifier: MIT
#include "cli/scorecommand.h"

#include "cli/clioutput.h"
#include "cli/storeopener.h"
#include "cli/workspaceoptions.h"
#include "jobs/jobmanager.h"
#include "store/storereader.h"
#include "store/storewriter.h"
#include "workspace/workspacelayout.h"

#include <atomic>
#include <csignal>

#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace evalbench::cli {

namespace {

std::atomic<bool> s_interrupted { false };

extern "C" void onScoreInterrupt(int)
{
    s_interrupted.store(true);
}

QString usage()
{
    return QStringLiteral(
        "usage: evalbench score WORKSPACE [--scorer ID] [--params JSON] [--name NAME] [--json]\n"
        "Scores the workspace with meta.json's scorer (or --scorer), writes WORKSPACE/output/result.json and\n"
        "stores the run. --params is a JSON object applied over meta.json's params.\n");
}

QString describe(const QJsonObject& result)
{
    const QJsonObject summary = result.value(QStringLiteral("summary")).toObject();
    const QJsonValue score = summary.value(QStringLiteral("score"));
    QString text =
        QStringLiteral("%1 %2").arg(summary.value(QStringLiteral("primary_metric")).toString(QStringLiteral("score")),
            score.isDouble() ? QString::number(score.toDouble(), 'f', 4) : QStringLiteral("—"));
    if (summary.contains(QStringLiteral("pass")))
        text += summary.value(QStringLiteral("pass")).toBool() ? QStringLiteral(" (pass)") : QStringLiteral(" (fail)");
    return text;
}

} // namespace

int ScoreCommand::run(const QStringList& arguments, const DataDir& dataDir)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("run name"), QStringLiteral("name"));
    parser.addOption(nameOption);
    const WorkspaceOptions options = WorkspaceOptions::parse(parser, arguments, "score");
    CliOutput output(arguments.contains(QStringLiteral("--json")));
    if (!options.error.isEmpty())
        return output.badUsage(options.error, usage());

    std::optional<EvalError> openError;
    const auto writer = openStore(dataDir, &openError);
    if (!writer)
        return output.failure(*openError);
    JobManager jobs(*writer, dataDir);

    WorkspaceRequest request;
    request.workspacePath = options.workspace;
    request.scorerId = options.scorer;
    request.params = options.params;
    request.name = parser.value(nameOption);

    QEventLoop loop;
    JobState finalState = JobState::Failed;
    EvalError finalError;
    QObject::connect(&jobs, &JobManager::jobFinished, &loop,
        [&](const QString&, const QString&, JobState state, const EvalError& error) {
            finalState = state;
            finalError = error;
            loop.quit();
        });
    const auto submitted = jobs.submitWorkspace(request);
    if (const EvalError* error = std::get_if<EvalError>(&submitted))
        return output.failure(*error);
    const JobTicket ticket = std::get<JobTicket>(submitted);
    CliOutput::printStderr(QStringLiteral("scoring %1\n").arg(QDir::toNativeSeparators(request.workspacePath)));

    s_interrupted.store(false);
    const auto previousHandler = std::signal(SIGINT, onScoreInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
        if (s_interrupted.exchange(false)) {
            CliOutput::printStderr(QStringLiteral("\ncancelling\n"));
            jobs.cancel(ticket.jobId);
        }
    });
    interruptPoll.start(100);
    loop.exec();
    interruptPoll.stop();
    std::signal(SIGINT, previousHandler);

    const WorkspaceLayout workspace(request.workspacePath);
    if (finalState == JobState::Cancelled)
        return output.failure(EvalError {
            ErrorCode::Internal, QStringLiteral("cancelled; nothing was stored"), QStringLiteral("scoring"), {} });
    if (finalState != JobState::Completed) {
        if (finalError.message.isEmpty())
            finalError =
                EvalError { ErrorCode::Internal, QStringLiteral("scoring failed"), QStringLiteral("scoring"), {} };
        if (!output.json()) {
            // Every problem on its own line; the first is the headline.
            const QJsonArray problems = finalError.details.value(QStringLiteral("problems")).toArray();
            QString text = QStringLiteral("error %1: %2\n").arg(errorCodeName(finalError.code), finalError.message);
            for (const QJsonValue& p : problems)
                text += QStringLiteral("  %1  %2\n")
                            .arg(p.toObject().value(QStringLiteral("code")).toString().leftJustified(14),
                                p.toObject().value(QStringLiteral("message")).toString());
            text += QStringLiteral("details: %1\n").arg(QDir::toNativeSeparators(workspace.resultPath()));
            CliOutput::printStderr(text);
            return Failure;
        }
        return output.failure(finalError);
    }

    StoreReader reader(dataDir.databasePath());
    const std::optional<RunRecord> run = reader.run(ticket.runId);
    const QJsonObject result = reader.mlResult(ticket.runId).value_or(QJsonObject {});
    QJsonObject data {
        { QStringLiteral("run_id"), ticket.runId },
        { QStringLiteral("job_id"), ticket.jobId },
        { QStringLiteral("workspace"), workspace.root() },
        { QStringLiteral("result_path"), workspace.resultPath() },
        { QStringLiteral("artifacts"), QDir::toNativeSeparators(dataDir.runPath(ticket.runId)) },
        { QStringLiteral("result"), result },
    };
    if (run && !run->error.isEmpty())
        data.insert(QStringLiteral("warning"), run->error);
    const QString scorer =
        result.value(QStringLiteral("versioning")).toObject().value(QStringLiteral("scorer")).toString();
    QString text = QStringLiteral("run %1 (%2): %3 with %4\n")
                       .arg(ticket.runId, run ? run->name : QString(), describe(result), scorer);
    const QJsonObject metrics = result.value(QStringLiteral("metrics")).toObject();
    for (auto it = metrics.begin(); it != metrics.end(); ++it) {
        const QString shown = it.value().isDouble()
            ? (it.key().startsWith(QLatin1String("num_")) ? QString::number(it.value().toInteger())
                                                          : QString::number(it.value().toDouble(), 'f', 6))
            : QStringLiteral("—");
        text += QStringLiteral("  %1 %2\n").arg(it.key().leftJustified(20), shown);
    }
    for (const QJsonValue& w : result.value(QStringLiteral("warnings")).toArray())
        text += QStringLiteral("warning: %1\n").arg(w.toObject().value(QStringLiteral("message")).toString());
    text += QStringLiteral("result: %1\n").arg(QDir::toNativeSeparators(workspace.resultPath()));
    return output.success(data, text);
}

} // namespace evalbench::cli

// SPDX-License-Identifier: MIT
#include "cli/commanddispatcher.h"

#include "cli/clioutput.h"
#include "cli/evalcommand.h"
#include "cli/exportcommand.h"
#include "cli/globaloptions.h"
#include "cli/metricscommand.h"
#include "cli/runscommand.h"
#include "cli/scorecommand.h"
#include "cli/scorerscommand.h"
#include "cli/servecommand.h"
#include "cli/showcommand.h"
#include "cli/validatecommand.h"
#include "common/datadir.h"

namespace evalbench::cli {

namespace {
const QStringList kCommands = { QStringLiteral("eval"), QStringLiteral("runs"), QStringLiteral("show"),
    QStringLiteral("export"), QStringLiteral("metrics"), QStringLiteral("validate"), QStringLiteral("score"),
    QStringLiteral("scorers"), QStringLiteral("serve") };
}

QString CommandDispatcher::usage()
{
    return QStringLiteral(
        "usage: evalbench [--data-dir DIR] [--lang zh_CN|en]            open the window\n"
        "       evalbench eval DATASET [--metrics m1,m2] [--name NAME] [--weights m1=2,m2=1]\n"
        "                      [--ragas-compat] [--out DIR] [--json]\n"
        "       evalbench runs [--limit N] [--json]\n"
        "       evalbench show RUN_ID [--json]\n"
        "       evalbench export RUN_ID --format md|json|csv [--out FILE] [--json]\n"
        "       evalbench metrics [--json]\n"
        "       evalbench validate WORKSPACE [--scorer ID] [--params JSON] [--json]\n"
        "       evalbench score WORKSPACE [--scorer ID] [--params JSON] [--name NAME] [--json]\n"
        "       evalbench scorers list [--json]\n"
        "       evalbench scorers test ID [WORKSPACE] [--params JSON] [--json]\n"
        "       evalbench serve [--host 127.0.0.1] [--port 8765] [--token T] [--max-body BYTES]\n"
        "Data lives in --data-dir, else $EVALBENCH_DATA_DIR, else the folder chosen in the window's Settings,\n"
        "else the per-user application data folder.\n");
}

bool CommandDispatcher::isHeadless(const QStringList& arguments)
{
    const GlobalOptions options = GlobalOptions::extract(arguments);
    return options.remaining.size() > 1 || !options.error.isEmpty();
}

int CommandDispatcher::run(const QStringList& arguments)
{
    const GlobalOptions options = GlobalOptions::extract(arguments);
    CliOutput output(arguments.contains(QStringLiteral("--json")));
    if (!options.error.isEmpty())
        return output.badUsage(options.error, usage());
    const QString command = options.remaining.value(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help")) {
        CliOutput::printStdout(usage().toUtf8());
        return Success;
    }
    if (command == QLatin1String("--version")) {
        CliOutput::printStdout(QByteArray("evalbench " EVALBENCH_VERSION "\n"));
        return Success;
    }
    if (!kCommands.contains(command))
        return output.badUsage(QStringLiteral("unknown command \"%1\"").arg(command), usage());

    // Each command parses "evalbench <its own arguments>".
    QStringList commandArguments = options.remaining;
    commandArguments.removeAt(1);
    const DataDir dataDir = DataDir::resolve(options.dataDir);
    if (command == QLatin1String("eval"))
        return EvalCommand::run(commandArguments, dataDir);
    if (command == QLatin1String("runs"))
        return RunsCommand::run(commandArguments, dataDir);
    if (command == QLatin1String("show"))
        return ShowCommand::run(commandArguments, dataDir);
    if (command == QLatin1String("export"))
        return ExportCommand::run(commandArguments, dataDir);
    if (command == QLatin1String("validate"))
        return ValidateCommand::run(commandArguments, dataDir);
    if (command == QLatin1String("score"))
        return ScoreCommand::run(commandArguments, dataDir);
    if (command == QLatin1String("serve"))
        return ServeCommand::run(commandArguments, dataDir);
    if (command == QLatin1String("scorers"))
        return ScorersCommand::run(commandArguments, dataDir);
    return MetricsCommand::run(commandArguments);
}

} // namespace evalbench::cli

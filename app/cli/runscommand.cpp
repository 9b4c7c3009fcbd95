// SPDX-License-Identifier: MIT
#include "cli/runscommand.h"

#include "cli/clioutput.h"
#include "cli/storeopener.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace evalbench::cli {

int RunsCommand::run(const QStringList& arguments, const DataDir& dataDir)
{
    QCommandLineParser parser;
    const QCommandLineOption limitOption(
        QStringLiteral("limit"), QStringLiteral("how many"), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON envelope"));
    parser.addOptions({ limitOption, jsonOption });
    CliOutput output(arguments.contains(QStringLiteral("--json")));
    const QString usage = QStringLiteral("usage: evalbench runs [--limit N] [--json]\n");
    if (!parser.parse(arguments))
        return output.badUsage(parser.errorText(), usage);
    bool ok = false;
    const int limit = parser.value(limitOption).toInt(&ok);
    if (!ok || limit <= 0)
        return output.badUsage(QStringLiteral("--limit needs a positive number"), usage);

    std::optional<EvalError> openError;
    const auto writer = openStore(dataDir, &openError);
    if (!writer)
        return output.failure(*openError);
    StoreReader reader(dataDir.databasePath());
    RunQuery query;
    query.limit = limit;
    const QList<RunRecord> runs = reader.runs(query);

    QJsonArray list;
    QString text = runs.isEmpty()
        ? QStringLiteral("no runs yet; start one with `evalbench eval DATASET`\n")
        : QStringLiteral("%1  %2  %3  %4  %5  %6\n")
              .arg(QStringLiteral("RUN ID").leftJustified(20), QStringLiteral("CREATED (UTC)").leftJustified(19),
                  QStringLiteral("STATUS").leftJustified(10), QStringLiteral("SAMPLES").rightJustified(8),
                  QStringLiteral("SCORE").rightJustified(6), QStringLiteral("NAME"));
    for (const RunRecord& run : runs) {
        list.append(QJsonObject {
            { QStringLiteral("id"), run.id },
            { QStringLiteral("name"), run.name },
            { QStringLiteral("kind"), run.kind },
            { QStringLiteral("source"), run.source },
            { QStringLiteral("status"), runStatusName(run.status) },
            { QStringLiteral("created_at"), run.createdAt.toString(Qt::ISODate) },
            { QStringLiteral("sample_count"), run.sampleCount },
            { QStringLiteral("weighted_score"), run.weightedScore ? QJsonValue(*run.weightedScore) : QJsonValue() },
        });
        text += QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                    .arg(run.id.leftJustified(20), run.createdAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                        runStatusName(run.status).leftJustified(10), QString::number(run.sampleCount).rightJustified(8),
                        (run.weightedScore ? QString::number(*run.weightedScore, 'f', 3) : QStringLiteral("—"))
                            .rightJustified(6),
                        run.name);
    }
    return output.success({ { QStringLiteral("runs"), list }, { QStringLiteral("total"), reader.runCount() } }, text);
}

} // namespace evalbench::cli

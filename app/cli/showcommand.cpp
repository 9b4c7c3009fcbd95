// SPDX-License-Identifier: MIT
#include "cli/showcommand.h"

#include "cli/clioutput.h"
#include "cli/storeopener.h"
#include "io/markdownreportwriter.h"
#include "io/reportjson.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QCommandLineParser>
#include <QDir>

namespace evalbench::cli {

int ShowCommand::run(const QStringList& arguments, const DataDir& dataDir)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("run"), QStringLiteral("run id"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON envelope"));
    parser.addOption(jsonOption);
    CliOutput output(arguments.contains(QStringLiteral("--json")));
    const QString usage = QStringLiteral("usage: evalbench show RUN_ID [--json]\n");
    if (!parser.parse(arguments))
        return output.badUsage(parser.errorText(), usage);
    if (parser.positionalArguments().size() != 1)
        return output.badUsage(QStringLiteral("show takes exactly one RUN_ID"), usage);
    const QString runId = parser.positionalArguments().constFirst();

    std::optional<EvalError> openError;
    const auto writer = openStore(dataDir, &openError);
    if (!writer)
        return output.failure(*openError);
    StoreReader reader(dataDir.databasePath());
    const std::optional<RunRecord> run = reader.run(runId);
    if (!run || run->status == RunStatus::Importing)
        return output.failure(EvalError { ErrorCode::NotFound,
            QStringLiteral("no run with id %1; `evalbench runs` lists them").arg(runId), QStringLiteral("lookup"),
            { { QStringLiteral("run_id"), runId } } });

    QJsonObject data {
        { QStringLiteral("run"), reportjson::run(*run) },
        { QStringLiteral("summary"), reportjson::summary(*run) },
        { QStringLiteral("artifacts"), QDir::toNativeSeparators(dataDir.runPath(run->id)) },
    };
    if (const std::optional<QJsonObject> result = reader.mlResult(run->id))
        data.insert(QStringLiteral("result"), *result);
    QString text =
        QStringLiteral("%1  %2\nstatus:   %3\n%4%5\ncreated:  %6\nsamples:  %7 (scored %8)\n")
            .arg(run->id, run->name, runStatusName(run->status),
                run->kind == QLatin1String("ml") ? QStringLiteral("workspace: ") : QStringLiteral("dataset:  "),
                run->datasetPath, run->createdAt.toString(Qt::ISODate))
            .arg(run->sampleCount)
            .arg(run->scoredCount);
    if (!run->error.isEmpty())
        text += QStringLiteral("note:     %1\n").arg(run->error);
    text += QStringLiteral("\n%1  %2  %3  %4  %5  %6  %7\n")
                .arg(QStringLiteral("METRIC").leftJustified(26), QStringLiteral("MEAN").rightJustified(7),
                    QStringLiteral("MIN").rightJustified(7), QStringLiteral("MAX").rightJustified(7),
                    QStringLiteral("SCORED").rightJustified(7), QStringLiteral("SKIPPED").rightJustified(7),
                    QStringLiteral("NAN").rightJustified(5));
    // An ML run's one "metric" is its scorer; every metric of its result is worth showing.
    const QStringList metrics = run->kind == QLatin1String("ml") ? run->summary.keys() : run->settings.metrics;
    for (const QString& metric : metrics) {
        const MetricSummary s = run->summary.value(metric);
        const auto value = [&s](double v) {
            return (s.scored ? MarkdownReportWriter::number(v) : QStringLiteral("—")).rightJustified(7);
        };
        text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n")
                    .arg(metric.leftJustified(26), value(s.mean), value(s.min), value(s.max),
                        QString::number(s.scored).rightJustified(7), QString::number(s.skipped).rightJustified(7),
                        QString::number(s.nan).rightJustified(5));
    }
    text += QStringLiteral("\nweighted score: %1\nartifacts: %2\n")
                .arg(run->weightedScore ? MarkdownReportWriter::number(*run->weightedScore) : QStringLiteral("—"),
                    QDir::toNativeSeparators(dataDir.runPath(run->id)));
    return output.success(data, text);
}

} // namespace evalbench::cli

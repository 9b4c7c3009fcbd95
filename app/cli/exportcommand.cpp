// SPDX-License-Identifier: MIT
#include "cli/exportcommand.h"

#include "cli/clioutput.h"
#include "cli/storeopener.h"
#include "io/reportexporter.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace evalbench::cli {

int ExportCommand::run(const QStringList& arguments, const DataDir& dataDir)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("run"), QStringLiteral("run id"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), QStringLiteral("md, json or csv"), QStringLiteral("format"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("file"), QStringLiteral("file"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON envelope"));
    parser.addOptions({ formatOption, outOption, jsonOption });
    CliOutput output(arguments.contains(QStringLiteral("--json")));
    const QString usage =
        QStringLiteral("usage: evalbench export RUN_ID --format md|json|csv [--out FILE] [--json]\n"
                       "Without --out the report goes to stdout; with --out and --json, stdout gets the envelope.\n");
    if (!parser.parse(arguments))
        return output.badUsage(parser.errorText(), usage);
    if (parser.positionalArguments().size() != 1)
        return output.badUsage(QStringLiteral("export takes exactly one RUN_ID"), usage);
    const std::optional<ExportFormat> format = exportFormatFromName(parser.value(formatOption));
    if (!format)
        return output.badUsage(parser.isSet(formatOption)
                ? QStringLiteral("--format %1 is not one of md, json, csv").arg(parser.value(formatOption))
                : QStringLiteral("--format is required (md, json or csv)"),
            usage);
    if (output.json() && !parser.isSet(outOption))
        return output.badUsage(QStringLiteral("--json needs --out FILE: stdout carries the envelope"), usage);

    std::optional<EvalError> openError;
    const auto writer = openStore(dataDir, &openError);
    if (!writer)
        return output.failure(*openError);
    StoreReader reader(dataDir.databasePath());
    const ReportExporter exporter(dataDir, reader);
    const QString runId = parser.positionalArguments().constFirst();

    if (!parser.isSet(outOption)) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return output.failure(EvalError {
                ErrorCode::Internal, QStringLiteral("cannot write to stdout"), QStringLiteral("export"), {} });
        if (const auto error = exporter.write(runId, *format, out))
            return output.failure(*error);
        return Success;
    }
    const QString path = QFileInfo(parser.value(outOption)).absoluteFilePath();
    if (const auto error = exporter.writeFile(runId, *format, path))
        return output.failure(*error);
    return output.success(
        { { QStringLiteral("run_id"), runId }, { QStringLiteral("format"), exportFormatExtension(*format) },
            { QStringLiteral("path"), QDir::toNativeSeparators(path) },
            { QStringLiteral("bytes"), double(QFileInfo(path).size()) } },
        QStringLiteral("wrote %1\n").arg(QDir::toNativeSeparators(path)));
}

} // namespace evalbench::cli

// SPDX-License-Identifier: MIT
#include "cli/servecommand.h"

#include "cli/clioutput.h"
#include "cli/shutdownsignals.h"
#include "cli/storeopener.h"
#include "jobs/apijobservice.h"
#include "server/apiserver.h"
#include "store/storewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>

namespace evalbench::cli {

namespace {

QString urlOf(const QHostAddress& address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port);
}

} // namespace

int ServeCommand::run(const QStringList& arguments, const DataDir& dataDir)
{
    QCommandLineParser parser;
    const QCommandLineOption hostOption(
        QStringLiteral("host"), QStringLiteral("address"), QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(
        QStringLiteral("port"), QStringLiteral("port"), QStringLiteral("port"), QStringLiteral("8765"));
    const QCommandLineOption tokenOption(QStringLiteral("token"), QStringLiteral("token"), QStringLiteral("token"));
    const QCommandLineOption maxBodyOption(
        QStringLiteral("max-body"), QStringLiteral("bytes"), QStringLiteral("bytes"), QStringLiteral("2097152"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("log each request to stderr"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON envelope"));
    parser.addOptions({ hostOption, portOption, tokenOption, maxBodyOption, verboseOption, jsonOption });
    CliOutput output(arguments.contains(QStringLiteral("--json")));
    const QString usage =
        QStringLiteral("usage: evalbench serve [--host 127.0.0.1] [--port 8765] [--token T] [--max-body BYTES] "
                       "[--verbose] [--json]\n"
                       "The token may also come from $EVALBENCH_API_TOKEN; any address but loopback needs one.\n");
    if (!parser.parse(arguments))
        return output.badUsage(parser.errorText(), usage);
    if (!parser.positionalArguments().isEmpty())
        return output.badUsage(QStringLiteral("serve takes no positional arguments"), usage);

    ApiServerSettings settings;
    const QString host = parser.value(hostOption).trimmed();
    settings.address = host == QLatin1String("localhost") ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (settings.address.isNull())
        return output.badUsage(
            QStringLiteral("--host %1 is not an IP address (e.g. 127.0.0.1 or 0.0.0.0)").arg(host), usage);
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535)
        return output.badUsage(QStringLiteral("--port needs a number from 0 to 65535"), usage);
    settings.port = quint16(port);
    settings.maxBodyBytes = parser.value(maxBodyOption).toLongLong(&ok);
    if (!ok || settings.maxBodyBytes <= 0)
        return output.badUsage(QStringLiteral("--max-body needs a positive number of bytes"), usage);
    settings.token =
        parser.isSet(tokenOption) ? parser.value(tokenOption) : qEnvironmentVariable("EVALBENCH_API_TOKEN");

    std::optional<EvalError> openError;
    const auto writer = openStore(dataDir, &openError);
    if (!writer)
        return output.failure(*openError);
    ApiJobService jobs(*writer, dataDir);
    const int resumed = jobs.start();
    ApiServer server(jobs, dataDir);
    if (parser.isSet(verboseOption)) {
        QObject::connect(&server, &ApiServer::requestServed, [](const ApiRequestLog& entry) {
            CliOutput::printStderr(QStringLiteral("%1 %2 %3 %4 %5 ms\n")
                                       .arg(entry.time.toString(Qt::ISODateWithMs), entry.method, entry.path)
                                       .arg(entry.status)
                                       .arg(entry.latencyMs, 0, 'f', 1));
        });
    }
    if (const auto error = server.start(settings)) {
        jobs.stop();
        return output.failure(*error);
    }
    ShutdownSignals shutdown;
    const QString url = urlOf(settings.address, server.port());
    output.success(
        { { QStringLiteral("url"), url }, { QStringLiteral("port"), server.port() },
            { QStringLiteral("resumed_jobs"), resumed }, { QStringLiteral("auth"), !settings.token.isEmpty() } },
        QStringLiteral("EvalBench API listening on %1\n").arg(url));
    CliOutput::printStderr(
        QStringLiteral("data: %1; %2 job(s) resumed; %3. Stop with Ctrl+C.\n")
            .arg(dataDir.root())
            .arg(resumed)
            .arg(settings.token.isEmpty() ? QStringLiteral("no token") : QStringLiteral("token required on /api/*")));

    QCoreApplication::exec();
    CliOutput::printStderr(QStringLiteral("stopping: answering the requests in hand, finishing scored batches\n"));
    server.stop();
    jobs.stop();
    return Success;
}

} // namespace evalbench::cli

// SPDX-License-Identifier: MIT
#include "cli/servecommand.h"

#include "cli/clioutput.h"
#include "cli/judgeoptions.h"
#include "cli/shutdownsignals.h"
#include "cli/storeopener.h"
#include "jobs/apijobservice.h"
#include "judge/apikeystore.h"
#include "judge/judgeprofile.h"
#include "server/apiserver.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCoro/QCoroTask>
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
    const JudgeOptions judgeOptions;
    parser.addOptions(judgeOptions.options());
    CliOutput output(arguments.contains(QStringLiteral("--json")));
    const QString usage =
        QStringLiteral("usage: evalbench serve [--host 127.0.0.1] [--port 8765] [--token T] [--max-body BYTES] "
                       "[--judge PROFILE | --judge-url URL --judge-model MODEL] [--embedding-model MODEL] "
                       "[--concurrency N] [--verbose] [--json]\n"
                       "The token may also come from $EVALBENCH_API_TOKEN; any address but loopback needs one.\n"
                       "With a judge, posts that ask for judged metrics (faithfulness, ...) are judged by it.\n");
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

    // Per-run judge settings mean nothing to a listener: each post is its own sample.
    for (const QString& evalOnly :
        { QStringLiteral("judge-language"), QStringLiteral("fresh-judge-calls"), QStringLiteral("rubric-criteria") }) {
        if (parser.isSet(evalOnly))
            return output.badUsage(QStringLiteral("--%1 applies to eval, not to serve").arg(evalOnly), usage);
    }

    std::optional<EvalError> openError;
    const auto writer = openStore(dataDir, &openError);
    if (!writer)
        return output.failure(*openError);
    QString judgeUsageError;
    std::optional<EvalError> judgeFailure;
    const std::optional<QJsonObject> judgeSettings =
        judgeOptions.judgeSettings(parser, StoreReader(writer->databasePath()), &judgeUsageError, &judgeFailure);
    if (!judgeSettings)
        return judgeFailure ? output.failure(*judgeFailure) : output.badUsage(judgeUsageError, usage);
    std::optional<JudgeProfile> judge;
    if (!judgeSettings->isEmpty()) {
        judge = JudgeProfile::fromJson(*judgeSettings);
        // EVALBENCH_JUDGE_API_KEY wins over the profile's stored key.
        judge->apiKey = ApiKeyStore::environmentKey();
        if (judge->apiKey.isEmpty()) {
            ApiKeyStore keys(dataDir);
            judge->apiKey = QCoro::waitFor(keys.readKey(judge->id)).key;
        }
    }

    ApiJobService jobs(*writer, dataDir);
    jobs.setJudge(judge);
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
            { QStringLiteral("resumed_jobs"), resumed }, { QStringLiteral("auth"), !settings.token.isEmpty() },
            { QStringLiteral("judge"), judge ? QJsonValue(judge->chatModel) : QJsonValue() } },
        QStringLiteral("EvalBench API listening on %1\n").arg(url));
    CliOutput::printStderr(
        QStringLiteral("data: %1; %2 job(s) resumed; %3. Stop with Ctrl+C.\n")
            .arg(dataDir.root())
            .arg(resumed)
            .arg(settings.token.isEmpty() ? QStringLiteral("no token") : QStringLiteral("token required on /api/*")));
    CliOutput::printStderr(judge ? QStringLiteral("judge: %1 at %2\n").arg(judge->chatModel, judge->baseUrl.toString())
                                 : QStringLiteral("no judge: judged metrics in posts are NaN (see --judge)\n"));

    QCoreApplication::exec();
    CliOutput::printStderr(QStringLiteral("stopping: answering the requests in hand, finishing scored batches\n"));
    server.stop();
    jobs.stop();
    return Success;
}

} // namespace evalbench::cli

// SPDX-License-Identifier: MIT
#include "cli/clioutput.h"

#include <cstdio>

#include <QDateTime>
#include <QJsonDocument>

namespace evalbench::cli {

CliOutput::CliOutput(bool json)
    : m_json(json)
{
    m_timer.start();
}

void CliOutput::printStdout(const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliOutput::printStderr(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

QString CliOutput::timestamp() const
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

int CliOutput::success(const QJsonObject& data, const QString& humanText)
{
    if (m_json) {
        const QJsonObject envelope {
            { QStringLiteral("status"), QStringLiteral("success") },
            { QStringLiteral("data"), data },
            { QStringLiteral("execution_time"), double(m_timer.elapsed()) / 1000.0 },
            { QStringLiteral("timestamp"), timestamp() },
        };
        printStdout(QJsonDocument(envelope).toJson(QJsonDocument::Compact) + '\n');
    } else {
        printStdout(humanText.toUtf8());
    }
    return Success;
}

int CliOutput::failure(const EvalError& error, int exitCode)
{
    if (m_json) {
        const QJsonObject envelope {
            { QStringLiteral("status"), QStringLiteral("error") },
            { QStringLiteral("error"), error.toJson() },
            { QStringLiteral("timestamp"), timestamp() },
        };
        printStdout(QJsonDocument(envelope).toJson(QJsonDocument::Compact) + '\n');
    } else {
        printStderr(QStringLiteral("error: %1\n").arg(error.message));
    }
    return exitCode;
}

int CliOutput::badUsage(const QString& message, const QString& usage)
{
    if (m_json)
        return failure(EvalError { ErrorCode::BadFormat, message, QStringLiteral("usage"), {} }, BadUsage);
    printStderr(QStringLiteral("error: %1\n\n%2").arg(message, usage));
    return BadUsage;
}

} // namespace evalbench::cli

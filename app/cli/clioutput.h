// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

namespace evalbench::cli {

enum ExitCode
{
    Success = 0,
    Failure = 1,
    BadUsage = 2
};

// Prints a command's outcome: data to stdout, messages to stderr; with --json,
// exactly one envelope object on stdout (CONTRACTS "Command line").
class CliOutput
{
public:
    explicit CliOutput(bool json);

    bool json() const { return m_json; }
    int success(const QJsonObject& data, const QString& humanText);
    int failure(const EvalError& error, int exitCode = Failure);
    int badUsage(const QString& message, const QString& usage);

    static void printStdout(const QByteArray& bytes);
    static void printStderr(const QString& text);

private:
    QString timestamp() const;

    bool m_json;
    QElapsedTimer m_timer;
};

} // namespace evalbench::cli

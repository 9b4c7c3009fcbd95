// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

// One run of the real `evalbench` executable (EVALBENCH_EXE) with --data-dir, as a user runs it.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject envelope() const { return QJsonDocument::fromJson(out).object(); }
    QJsonObject data() const { return envelope().value(QStringLiteral("data")).toObject(); }
    QJsonObject error() const { return envelope().value(QStringLiteral("error")).toObject(); }
    QString errorCode() const { return error().value(QStringLiteral("code")).toString(); }

    static CliRun start(const QString& dataDir, QStringList arguments)
    {
        QProcess process;
        arguments.prepend(dataDir);
        arguments.prepend(QStringLiteral("--data-dir"));
        process.start(QStringLiteral(EVALBENCH_EXE), arguments);
        EXPECT_TRUE(process.waitForFinished(120000)) << arguments.join(QLatin1Char(' ')).toStdString();
        return { process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError() };
    }
};

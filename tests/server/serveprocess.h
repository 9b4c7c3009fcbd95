// SPDX-License-Identifier: MIT
#pragma once

#include <gtest/gtest.h>

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>

// `evalbench serve` as a child process on a free port, for tests of the real executable.
class ServeProcess
{
public:
    // `extraArguments` follow `serve --port 0`.
    explicit ServeProcess(const QString& dataDir, const QStringList& extraArguments = {})
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("EVALBENCH_API_TOKEN"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(EVALBENCH_EXE),
            QStringList { QStringLiteral("--data-dir"), dataDir, QStringLiteral("serve"), QStringLiteral("--port"),
                QStringLiteral("0") }
                + extraArguments);
    }

    // The port from "EvalBench API listening on http://127.0.0.1:PORT".
    quint16 waitForPort()
    {
        static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        QByteArray out;
        while (m_process.waitForReadyRead(60000)) {
            out += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(out));
            if (match.hasMatch())
                return quint16(match.captured(1).toUInt());
        }
        ADD_FAILURE() << "serve did not start: " << out.toStdString() << m_process.readAllStandardError().toStdString();
        return 0;
    }

    void kill()
    {
        m_process.kill();
        EXPECT_TRUE(m_process.waitForFinished(30000));
    }

    // How many jobs the restarted engine resumed ("N job(s) resumed" on stderr).
    int resumedJobs()
    {
        static const QRegularExpression resumed(QStringLiteral("(\\d+) job\\(s\\) resumed"));
        m_process.setReadChannel(QProcess::StandardError);
        for (int i = 0; i < 100; ++i) {
            m_err += m_process.readAllStandardError();
            const auto match = resumed.match(QString::fromUtf8(m_err));
            if (match.hasMatch())
                return match.captured(1).toInt();
            if (!m_process.waitForReadyRead(1000) && m_process.state() != QProcess::Running)
                break;
        }
        return -1;
    }

    int terminate()
    {
        m_process.terminate();
        EXPECT_TRUE(m_process.waitForFinished(60000));
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

private:
    QProcess m_process;
    QByteArray m_err;
};

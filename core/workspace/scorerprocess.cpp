// SPDX-License-Identifier: MIT
#include "workspace/scorerprocess.h"

#include <chrono>

#include <QDeadlineTimer>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <signal.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace evalbench {

namespace {

constexpr qsizetype kStderrTail = 8 * 1024;

void keepTail(QByteArray& tail, const QByteArray& more)
{
    tail += more;
    if (tail.size() <= kStderrTail)
        return;
    tail.remove(0, tail.size() - kStderrTail);
    // Do not start in the middle of a UTF-8 sequence.
    while (!tail.isEmpty() && (uchar(tail.front()) & 0xC0) == 0x80)
        tail.remove(0, 1);
}

void killProcessGroup([[maybe_unused]] qint64 pid)
{
#ifdef Q_OS_UNIX
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL); // ESRCH when the group is already empty: nothing to do
#endif
}

} // namespace

ScorerProcess::Ended ScorerProcess::run(const ScorerCommand& command, const QString& workingDirectory,
    const QHash<QString, QString>& values, int timeoutSeconds, const std::atomic<bool>* cancelled)
{
    QProcess process;
    process.setProgram(command.program);
    process.setArguments(command.arguments);
    process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        environment.insert(QStringLiteral("EVALBENCH_") + it.key().toUpper(), it.value());
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
#ifdef Q_OS_UNIX
    process.setChildProcessModifier([] {
        // Runs in the child between fork and exec: only async-signal-safe calls.
        ::setpgid(0, 0);
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGKILL); // EvalBench itself killed: the scorer goes too
#endif
    });
#endif
    process.start();
    if (!process.waitForStarted())
        return Ended { How::FailedToStart, -1, {}, process.errorString() };
    const qint64 pid = process.processId();

    const QDeadlineTimer deadline { std::chrono::seconds(timeoutSeconds) };
    QByteArray tail;
    How how = How::Exited;
    while (process.state() != QProcess::NotRunning) {
        if (process.waitForFinished(50))
            break;
        keepTail(tail, process.readAllStandardError());
        if (cancelled && cancelled->load()) {
            how = How::Cancelled;
            break;
        }
        if (deadline.hasExpired()) {
            how = How::TimedOut;
            break;
        }
    }
    // Also after a normal exit: whatever the scorer left running in the background goes.
    killProcessGroup(pid);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(-1);
    }
    keepTail(tail, process.readAllStandardError());
    if (how == How::Exited && process.exitStatus() == QProcess::CrashExit)
        how = How::Crashed;
    return Ended { how, process.exitCode(), QString::fromUtf8(tail), {} };
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "cli/shutdownsignals.h"

#include <QCoreApplication>

#if defined(Q_OS_UNIX)
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

#include <QSocketNotifier>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace evalbench::cli {

namespace {
ShutdownSignals* g_instance = nullptr;
#if defined(Q_OS_UNIX)
int g_pipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
}
#elif defined(Q_OS_WIN)
BOOL WINAPI onConsoleEvent(DWORD)
{
    if (g_instance)
        QMetaObject::invokeMethod(g_instance, &ShutdownSignals::requested, Qt::QueuedConnection);
    return TRUE;
}
#endif
} // namespace

ShutdownSignals::ShutdownSignals(QObject* parent)
    : QObject(parent)
{
    g_instance = this;
    connect(this, &ShutdownSignals::requested, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
#if defined(Q_OS_UNIX)
    if (::pipe(g_pipe) == 0) {
        ::fcntl(g_pipe[1], F_SETFL, ::fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK);
        auto* notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(notifier, &QSocketNotifier::activated, this, [this] {
            char byte = 0;
            [[maybe_unused]] const auto got = ::read(g_pipe[0], &byte, 1);
            Q_EMIT requested();
        });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGTERM, &action, nullptr);
        ::sigaction(SIGINT, &action, nullptr);
    }
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#endif
}

ShutdownSignals::~ShutdownSignals()
{
#if defined(Q_OS_UNIX)
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    for (int& fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#elif defined(Q_OS_WIN)
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#endif
    g_instance = nullptr;
}

} // namespace evalbench::cli

// SPDX-License-Identifier: MIT
#pragma once

#include "workspace/scorercommand.h"

#include <atomic>

#include <QHash>
#include <QString>

namespace evalbench {

// Runs one custom scorer process to its end, blocking, without an event loop (it polls every
// 50 ms, so it works on a pool thread). The placeholder values also go into the environment as
// EVALBENCH_<NAME>. stdin and stdout are the null device; the last 8 KiB of stderr are kept.
// On Unix the child leads its own process group and the whole group is killed when the call
// ends, so nothing it started outlives the call.
class ScorerProcess
{
public:
    enum class How
    {
        Exited, // exitCode says how
        Crashed,
        FailedToStart, // errorText says why
        TimedOut,
        Cancelled
    };

    struct Ended
    {
        How how = How::Exited;
        int exitCode = -1;
        QString stderrTail;
        QString errorText;
    };

    static Ended run(const ScorerCommand& command, const QString& workingDirectory,
        const QHash<QString, QString>& values, int timeoutSeconds, const std::atomic<bool>* cancelled);
};

} // namespace evalbench

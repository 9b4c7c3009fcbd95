// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgeprofile.h"

#include <QCoro/QCoroTask>
#include <QObject>

namespace evalbench {

// "Test connection": one real chat call with the profile (a one-word prompt,
// 64 tokens at most, the profile's own timeout and retries). Runs on the GUI
// thread's event loop; finished() reports the latency and the answer or the error.
class JudgeConnectionTester : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isRunning() const { return m_running; }
    // Ignored while a test runs. `profile` carries the key to use.
    void start(JudgeProfile profile);

Q_SIGNALS:
    void finished(bool ok, qint64 latencyMs, const QString& answer, const QString& error);

private:
    QCoro::Task<> run(JudgeProfile profile);

    bool m_running = false;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "ui/judgeconnectiontester.h"

#include "judge/judgeclient.h"

#include <QElapsedTimer>
#include <QPointer>

namespace evalbench {

void JudgeConnectionTester::start(JudgeProfile profile)
{
    if (m_running)
        return;
    m_running = true;
    run(std::move(profile)); // the coroutine runs on; its end emits finished()
}

QCoro::Task<> JudgeConnectionTester::run(JudgeProfile profile)
{
    QPointer self(this);
    // A client of its own, so the test sees exactly this profile; freed with deleteLater
    // because QCoro 0.8 may resume us from inside one of its replies' signals.
    QPointer<JudgeClient> client = new JudgeClient(profile, this);
    ChatRequest request;
    request.prompt = QStringLiteral("This is a connection test. Reply with the single word OK.");
    request.maxTokens = 64;
    QElapsedTimer clock;
    clock.start();
    QCoro::Task<ChatResult> call = client->chat(request);
    const ChatResult result = co_await call;
    if (client)
        client->deleteLater();
    if (!self)
        co_return;
    m_running = false;
    const qint64 latency = result.usage.latencyMs > 0 ? result.usage.latencyMs : clock.elapsed();
    if (!result.ok()) {
        Q_EMIT finished(false, latency, {}, result.error.isEmpty() ? judgeFailureName(result.failure) : result.error);
        co_return;
    }
    const QString answer = result.choices.isEmpty() ? QString() : result.choices.first().content.trimmed();
    Q_EMIT finished(true, latency, answer, {});
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgecall.h"
#include "judge/judgeprofile.h"

#include <chrono>
#include <memory>

#include <QByteArray>
#include <QCoro/QCoroTask>
#include <QObject>

namespace evalbench {

// OpenAI-compatible `POST {base}/chat/completions` and `POST {base}/embeddings`.
// Lives on one thread with an event loop; every call is a coroutine, so dozens
// are in flight on one thread. Enforces the profile's concurrency cap and
// requests-per-minute limit, its timeout per attempt, and retries timeouts,
// connection errors, 429 (honouring Retry-After) and 5xx with exponential
// backoff and jitter. A chat answer cut by max_tokens (finish_reason "length")
// is asked once more with twice the room.
//
// cancelAll() cancels the calls that exist when it runs; calls made afterwards
// work normally (a generation counter tells the two apart). Destroying the
// client cancels everything: pending tasks finish with Cancelled and never touch
// the dead client.
struct JudgeHttpOutcome;

class JudgeClient : public QObject
{
    Q_OBJECT
public:
    explicit JudgeClient(JudgeProfile profile, QObject* parent = nullptr);
    ~JudgeClient() override;

    const JudgeProfile& profile() const;

    QCoro::Task<ChatResult> chat(ChatRequest request);
    QCoro::Task<EmbeddingResult> embed(QStringList texts);

    // Aborts calls in flight and fails waiting ones with JudgeFailure::Cancelled.
    void cancelAll();

    // Waits between retries when the server gives no Retry-After: full jitter over
    // base * 2^retry, capped (defaults 500 ms and 30 s). Tests make them short.
    void setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap);
    // How many QNetworkAccessManagers carry the calls (see NetworkManagerPool).
    int networkManagerCount() const;

Q_SIGNALS:
    // One per HTTP attempt, for a live request log: never carries the key.
    void attemptFinished(const QString& endpoint, int httpStatus, qint64 latencyMs);

private:
    // One logical request: concurrency permit, rate limit, attempts with timeout and retries.
    QCoro::Task<JudgeHttpOutcome> send(QString endpoint, QByteArray body, quint64 generation);

    class Private;
    std::unique_ptr<Private> d;
};

} // namespace evalbench

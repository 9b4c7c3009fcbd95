// SPDX-License-Identifier: MIT
#include "judge/judgeclient.h"

#include "judge/asyncsemaphore.h"
#include "judge/asyncwait.h"
#include "judge/judgehttpoutcome.h"
#include "judge/networkmanagerpool.h"
#include "judge/openaiwire.h"
#include "judge/requestratelimiter.h"
#include "judge/retrypolicy.h"

#include <algorithm>

#include <QCoro/QCoroNetworkReply>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace evalbench {

namespace {

bool isSuccess(int status)
{
    return status >= 200 && status < 300;
}

JudgeHttpOutcome cancelledOutcome(JudgeHttpOutcome outcome)
{
    outcome.failure = JudgeFailure::Cancelled;
    outcome.error = QStringLiteral("cancelled");
    return outcome;
}

} // namespace

class JudgeClient::Private
{
public:
    explicit Private(JudgeProfile p)
        : profile(std::move(p))
        , pool(std::clamp(profile.maxConcurrency, 1, 256))
        , semaphore(std::clamp(profile.maxConcurrency, 1, 256))
        , limiter(profile.requestsPerMinute)
    {
        clock.start();
    }

    bool isCancelled(quint64 callGeneration) const { return destroying || callGeneration != generation; }

    // A sleep that cancelAll() cuts short (the wait then yields false).
    AsyncWait sleep(qint64 ms)
    {
        sleepers.removeIf([](const AsyncWait& wait) { return wait.isWoken(); });
        AsyncWait wait;
        sleepers.append(wait);
        // The context object drops the timer with the client; cancelAll() has woken the sleeper by then.
        QTimer::singleShot(std::max<qint64>(0, ms), &timerContext, [wait] { wait.wake(true); });
        return wait;
    }

    void unregister(QNetworkReply* reply)
    {
        inFlight.removeIf([reply](const QPointer<QNetworkReply>& tracked) { return tracked == reply; });
    }

    JudgeProfile profile;
    NetworkManagerPool pool;
    AsyncSemaphore semaphore;
    RequestRateLimiter limiter;
    RetryPolicy retry;
    QElapsedTimer clock;
    QObject timerContext;
    QList<AsyncWait> sleepers;
    QList<QPointer<QNetworkReply>> inFlight;
    quint64 generation = 0;
    bool destroying = false;
};

JudgeClient::JudgeClient(JudgeProfile profile, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>(std::move(profile)))
{ }

JudgeClient::~JudgeClient()
{
    // Calls resumed from here see `destroying` and end as Cancelled without sending again.
    d->destroying = true;
    cancelAll();
}

const JudgeProfile& JudgeClient::profile() const
{
    return d->profile;
}

void JudgeClient::setBackoff(std::chrono::milliseconds base, std::chrono::milliseconds cap)
{
    d->retry.base = base;
    d->retry.cap = cap;
}

int JudgeClient::networkManagerCount() const
{
    return d->pool.size();
}

void JudgeClient::cancelAll()
{
    ++d->generation;
    d->semaphore.cancelWaiting();
    const QList<AsyncWait> sleepers = std::exchange(d->sleepers, {});
    for (const AsyncWait& wait : sleepers)
        wait.wake(false);
    // abort() finishes a reply at once; its coroutine may resume right here, so walk a copy.
    const QList<QPointer<QNetworkReply>> replies = d->inFlight;
    for (const QPointer<QNetworkReply>& reply : replies) {
        if (reply)
            reply->abort();
    }
}

QCoro::Task<JudgeHttpOutcome> JudgeClient::send(QString endpoint, QByteArray body, quint64 generation)
{
    const QPointer<JudgeClient> self(this);
    JudgeHttpOutcome outcome;
    for (int attempt = 0;; ++attempt) {
        const bool permitted = co_await d->semaphore.acquire();
        if (!self)
            co_return cancelledOutcome(outcome);
        if (!permitted || d->isCancelled(generation)) {
            if (permitted)
                d->semaphore.release();
            co_return cancelledOutcome(outcome);
        }
        // The permit is held while waiting for the rate limit: reserving a start first and
        // queueing for a permit after would let delayed starts bunch up past the limit.
        const qint64 now = d->clock.elapsed();
        const qint64 slot = d->limiter.reserve(now);
        if (slot > now) {
            const bool waited = co_await d->sleep(slot - now);
            if (!self)
                co_return cancelledOutcome(outcome);
            if (!waited || d->isCancelled(generation)) {
                d->semaphore.release();
                co_return cancelledOutcome(outcome);
            }
        }

        QNetworkAccessManager* manager = d->pool.acquire();
        const qint64 sentAt = d->clock.elapsed();
        if (outcome.firstSentMs < 0)
            outcome.firstSentMs = sentAt;
        ++outcome.attempts;
        const QPointer<QNetworkReply> reply = manager->post(OpenAiWire::request(d->profile, endpoint), body);
        d->inFlight.append(reply);
        const bool finished =
            co_await qCoro(reply.data()).waitForFinished(std::chrono::milliseconds(d->profile.timeoutMs));
        if (!finished && reply)
            reply->abort(); // waitForFinished() does not abort on its own
        if (!self || !reply)
            co_return cancelledOutcome(outcome); // the client, its managers and their replies are gone

        d->unregister(reply);
        d->pool.release(manager);
        d->semaphore.release();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString networkError = reply->errorString();
        const QByteArray answer = reply->readAll();
        const QByteArray retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
        reply->deleteLater(); // never delete synchronously: Qt may still be inside the reply's signals
        const bool cancelled = d->isCancelled(generation);
        Q_EMIT attemptFinished(endpoint, status, d->clock.elapsed() - sentAt);
        if (!self || cancelled)
            co_return cancelledOutcome(outcome);

        outcome.httpStatus = status;
        outcome.body = answer;
        bool retryable = true;
        if (!finished) {
            outcome.failure = JudgeFailure::Timeout;
            outcome.error = QStringLiteral("no answer within %1 ms").arg(d->profile.timeoutMs);
        } else if (status == 0) {
            outcome.failure = JudgeFailure::Connection;
            outcome.error = QStringLiteral("connection failed: %1").arg(networkError);
        } else if (isSuccess(status)) {
            outcome.failure = JudgeFailure::None;
            outcome.error.clear();
            co_return outcome;
        } else {
            const QString message = OpenAiWire::serverMessage(answer, d->profile.apiKey);
            outcome.error = message.isEmpty() ? QStringLiteral("HTTP %1").arg(status)
                                              : QStringLiteral("HTTP %1: %2").arg(status).arg(message);
            if (status == 429) {
                outcome.failure = JudgeFailure::RateLimited;
            } else if (status >= 500) {
                outcome.failure = JudgeFailure::ServerError;
            } else {
                outcome.failure = JudgeFailure::Rejected; // a bad key or request stays bad: no retry
                retryable = false;
            }
        }
        outcome.error = OpenAiWire::scrub(outcome.error, d->profile.apiKey);
        if (!retryable || attempt >= d->profile.maxRetries) {
            if (retryable && attempt > 0)
                outcome.error += QStringLiteral(" (after %1 attempts)").arg(outcome.attempts);
            co_return outcome;
        }

        const qint64 delay = d->retry.delayMs(attempt, retryAfter, QDateTime::currentDateTimeUtc());
        const bool waited = co_await d->sleep(delay);
        if (!self || !waited || d->isCancelled(generation))
            co_return cancelledOutcome(outcome);
    }
}

QCoro::Task<ChatResult> JudgeClient::chat(ChatRequest request)
{
    const QPointer<JudgeClient> self(this);
    ChatResult result;
    const quint64 generation = d->generation;
    if (d->isCancelled(generation)) {
        result.failure = JudgeFailure::Cancelled;
        co_return result;
    }
    int maxTokens = request.maxTokens > 0 ? request.maxTokens : d->profile.maxTokens;
    bool logprobs = request.logprobs;
    bool widened = false;
    qint64 firstSentMs = -1;
    for (;;) {
        const QByteArray body = OpenAiWire::chatBody(d->profile, request.prompt, request.n, maxTokens, logprobs);
        const JudgeHttpOutcome outcome = co_await send(OpenAiWire::chatEndpoint, body, generation);
        if (!self) {
            result.failure = JudgeFailure::Cancelled;
            result.error = outcome.error;
            co_return result;
        }
        result.usage.attempts += outcome.attempts;
        if (firstSentMs < 0)
            firstSentMs = outcome.firstSentMs;
        result.usage.latencyMs = firstSentMs < 0 ? 0 : d->clock.elapsed() - firstSentMs;
        result.rawBody = OpenAiWire::scrub(QString::fromUtf8(outcome.body), d->profile.apiKey);

        // Some OpenAI-compatible servers refuse logprobs with a 400: the call is worth more without them.
        const bool badRequest = outcome.httpStatus == 400 || outcome.httpStatus == 422;
        if (outcome.failure == JudgeFailure::Rejected && logprobs && badRequest) {
            logprobs = false;
            continue;
        }
        if (outcome.failure != JudgeFailure::None) {
            result.failure = outcome.failure;
            result.error = outcome.error;
            co_return result;
        }
        const QString parseError = OpenAiWire::parseChat(outcome.body, result);
        if (!parseError.isEmpty()) {
            result.failure = JudgeFailure::BadResponse;
            result.error = QStringLiteral("unexpected answer: %1").arg(parseError);
            co_return result;
        }
        const bool cut = std::any_of(result.choices.cbegin(), result.choices.cend(),
            [](const ChatChoice& choice) { return choice.finishReason == QLatin1String("length"); });
        if (cut && !widened) {
            widened = true;
            maxTokens *= 2;
            continue;
        }
        if (cut) {
            result.failure = JudgeFailure::Truncated;
            result.error = QStringLiteral("the answer was cut at max_tokens=%1, even after doubling it").arg(maxTokens);
        }
        co_return result;
    }
}

QCoro::Task<EmbeddingResult> JudgeClient::embed(QStringList texts)
{
    const QPointer<JudgeClient> self(this);
    EmbeddingResult result;
    const quint64 generation = d->generation;
    if (d->isCancelled(generation)) {
        result.failure = JudgeFailure::Cancelled;
        co_return result;
    }
    if (texts.isEmpty())
        co_return result;
    if (d->profile.embeddingModel.isEmpty()) {
        result.failure = JudgeFailure::Rejected;
        result.error = QStringLiteral("the judge profile names no embedding model");
        co_return result;
    }
    const JudgeHttpOutcome outcome =
        co_await send(OpenAiWire::embeddingsEndpoint, OpenAiWire::embeddingsBody(d->profile, texts), generation);
    if (!self) {
        result.failure = JudgeFailure::Cancelled;
        co_return result;
    }
    result.usage.attempts = outcome.attempts;
    result.usage.latencyMs = outcome.firstSentMs < 0 ? 0 : d->clock.elapsed() - outcome.firstSentMs;
    if (outcome.failure != JudgeFailure::None) {
        result.failure = outcome.failure;
        result.error = outcome.error;
        co_return result;
    }
    const QString parseError = OpenAiWire::parseEmbeddings(outcome.body, texts.size(), result);
    if (!parseError.isEmpty()) {
        result.failure = JudgeFailure::BadResponse;
        result.error = QStringLiteral("unexpected answer: %1").arg(parseError);
    }
    co_return result;
}

} // namespace evalbench

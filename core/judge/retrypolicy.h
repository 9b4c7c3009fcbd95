// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <optional>

#include <QByteArray>
#include <QDateTime>

namespace evalbench {

// How long to wait before the next attempt. Exponential backoff with full jitter
// (a random wait in [0, min(cap, base * 2^retry)]): spreads the retries of many
// parallel calls that failed together, so they do not hit a struggling server in
// lock-step. A server's Retry-After wins when longer, up to maxRetryAfter.
class RetryPolicy
{
public:
    std::chrono::milliseconds base { 500 };
    std::chrono::milliseconds cap { 30'000 };
    std::chrono::milliseconds maxRetryAfter { 120'000 };

    // retry: 0 before the first retry, 1 before the second, ...
    qint64 backoffMs(int retry) const;
    // The wait before the next attempt given the answer's Retry-After header (may be empty).
    qint64 delayMs(int retry, const QByteArray& retryAfter, const QDateTime& nowUtc) const;

    // Retry-After as delay-seconds or an HTTP date; nullopt when absent or unreadable.
    static std::optional<qint64> parseRetryAfterMs(const QByteArray& value, const QDateTime& nowUtc);
};

} // namespace evalbench

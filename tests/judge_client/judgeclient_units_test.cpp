// SPDX-License-Identifier: MIT
// The client's pure parts, without a server: URLs, Retry-After, backoff, rate spacing, the semaphore.
#include "judge/asyncsemaphore.h"
#include "judge/openaiwire.h"
#include "judge/requestratelimiter.h"
#include "judge/retrypolicy.h"

#include <gtest/gtest.h>

namespace evalbench::testing {

TEST(OpenAiWire, EndpointUrlJoinsWithOrWithoutTrailingSlash)
{
    JudgeProfile profile;
    profile.baseUrl = QUrl(QStringLiteral("https://api.example.com/v1"));
    EXPECT_EQ(OpenAiWire::endpointUrl(profile, OpenAiWire::chatEndpoint).toString(),
        QStringLiteral("https://api.example.com/v1/chat/completions"));
    profile.baseUrl = QUrl(QStringLiteral("https://api.example.com/v1/"));
    EXPECT_EQ(OpenAiWire::endpointUrl(profile, OpenAiWire::embeddingsEndpoint).toString(),
        QStringLiteral("https://api.example.com/v1/embeddings"));
    profile.baseUrl = QUrl(QStringLiteral("https://x.openai.azure.com/openai/deployments/judge"));
    profile.apiVersion = QStringLiteral("2024-06-01");
    EXPECT_EQ(OpenAiWire::endpointUrl(profile, OpenAiWire::chatEndpoint).toString(),
        QStringLiteral("https://x.openai.azure.com/openai/deployments/judge/chat/completions?api-version=2024-06-01"));
}

TEST(OpenAiWire, ServerMessagePrefersErrorMessage)
{
    EXPECT_EQ(
        OpenAiWire::serverMessage(R"({"error":{"message":"model not found"}})", {}), QStringLiteral("model not found"));
    EXPECT_EQ(OpenAiWire::serverMessage("plain text\n failure", {}), QStringLiteral("plain text failure"));
    EXPECT_EQ(OpenAiWire::serverMessage("key=abc123 bad", QStringLiteral("abc123")), QStringLiteral("key=*** bad"));
}

TEST(RetryPolicy, RetryAfterInSecondsOrAsAnHttpDate)
{
    const QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 0), Qt::UTC);
    EXPECT_EQ(RetryPolicy::parseRetryAfterMs("1", now), 1000);
    EXPECT_EQ(RetryPolicy::parseRetryAfterMs(" 2.5 ", now), 2500);
    EXPECT_EQ(RetryPolicy::parseRetryAfterMs("Wed, 01 May 2024 12:00:30 GMT", now), 30'000);
    EXPECT_EQ(RetryPolicy::parseRetryAfterMs("Wed, 01 May 2024 11:00:00 GMT", now), 0);
    EXPECT_FALSE(RetryPolicy::parseRetryAfterMs("", now).has_value());
    EXPECT_FALSE(RetryPolicy::parseRetryAfterMs("soon", now).has_value());
    EXPECT_FALSE(RetryPolicy::parseRetryAfterMs("-3", now).has_value());
}

TEST(RetryPolicy, BackoffStaysUnderTheGrowingCeilingAndTheCap)
{
    RetryPolicy policy;
    policy.base = std::chrono::milliseconds(100);
    policy.cap = std::chrono::milliseconds(1000);
    for (int round = 0; round < 50; ++round) {
        EXPECT_LT(policy.backoffMs(0), 100);
        EXPECT_LT(policy.backoffMs(2), 400);
        EXPECT_LT(policy.backoffMs(10), 1000);
        EXPECT_GE(policy.backoffMs(10), 0);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_GE(policy.delayMs(0, "5", now), 5000); // Retry-After wins over a short backoff
    EXPECT_EQ(policy.delayMs(0, "100000", now), 120'000); // but is capped
}

TEST(RequestRateLimiter, SpacesStartsEvenly)
{
    RequestRateLimiter limiter(600);
    EXPECT_EQ(limiter.reserve(0), 0);
    EXPECT_EQ(limiter.reserve(0), 100);
    EXPECT_EQ(limiter.reserve(50), 200);
    EXPECT_EQ(limiter.reserve(1000), 1000); // an idle spell is not saved up for a burst
    EXPECT_EQ(limiter.reserve(1000), 1100);
    RequestRateLimiter unlimited(0);
    EXPECT_EQ(unlimited.reserve(7), 7);
    EXPECT_EQ(unlimited.reserve(7), 7);
}

TEST(AsyncSemaphore, HandsPermitsToWaitersInOrder)
{
    AsyncSemaphore semaphore(1);
    const AsyncWait first = semaphore.acquire();
    const AsyncWait second = semaphore.acquire();
    const AsyncWait third = semaphore.acquire();
    EXPECT_TRUE(first.isWoken());
    EXPECT_TRUE(first.await_resume());
    EXPECT_FALSE(second.isWoken());
    EXPECT_EQ(semaphore.waiting(), 2);
    semaphore.release();
    EXPECT_TRUE(second.isWoken());
    EXPECT_TRUE(second.await_resume());
    EXPECT_FALSE(third.isWoken());
    semaphore.cancelWaiting();
    EXPECT_TRUE(third.isWoken());
    EXPECT_FALSE(third.await_resume());
    semaphore.release();
    EXPECT_EQ(semaphore.available(), 1);
}

} // namespace evalbench::testing

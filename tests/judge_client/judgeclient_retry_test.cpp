// SPDX-License-Identifier: MIT
// Which failures are retried, how often, and what the caller is told.
#include "judgeclienttest.h"

#include <QSignalSpy>
#include <QTcpServer>

namespace evalbench::testing {

namespace {

FakeReply failing(int status, const QByteArray& retryAfter = {})
{
    FakeReply reply { status, {}, FakeOpenAiServer::errorBody(QStringLiteral("try later"), QStringLiteral("server")) };
    if (!retryAfter.isEmpty())
        reply.headers.append({ QByteArrayLiteral("Retry-After"), retryAfter });
    return reply;
}

} // namespace

TEST_F(JudgeClientTest, RateLimitedWithRetryAfterThenSuccess)
{
    server.setHandler([](const FakeRequest& request) {
        return request.index == 0 ? failing(429, "1") : FakeOpenAiServer::defaultReply(request);
    });
    auto client = makeClient(profile());
    QSignalSpy attempts(client.get(), &JudgeClient::attemptFinished);
    const ChatResult result = chat(*client, QStringLiteral("busy"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.usage.attempts, 2);
    ASSERT_EQ(attempts.size(), 2);
    EXPECT_EQ(attempts.at(0).at(1).toInt(), 429);
    EXPECT_EQ(attempts.at(1).at(1).toInt(), 200);
    EXPECT_EQ(attempts.at(0).at(0).toString(), QStringLiteral("chat/completions"));
}

TEST_F(JudgeClientTest, RateLimitedEveryTimeEndsRateLimited)
{
    server.setHandler([](const FakeRequest&) { return failing(429); });
    JudgeProfile p = profile();
    p.maxRetries = 1;
    auto client = makeClient(p);
    const ChatResult result = chat(*client, QStringLiteral("busy"));
    EXPECT_EQ(result.failure, JudgeFailure::RateLimited);
    EXPECT_EQ(result.usage.attempts, 2);
}

TEST_F(JudgeClientTest, ServerErrorThenSuccess)
{
    server.setHandler([](const FakeRequest& request) {
        return request.index == 0 ? failing(500) : FakeOpenAiServer::defaultReply(request);
    });
    auto client = makeClient(profile());
    const ChatResult result = chat(*client, QStringLiteral("flaky"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.usage.attempts, 2);
}

TEST_F(JudgeClientTest, ServerErrorForeverFailsAfterEveryRetry)
{
    server.setHandler([](const FakeRequest&) { return failing(500); });
    auto client = makeClient(profile()); // maxRetries 2
    const ChatResult result = chat(*client, QStringLiteral("down"));
    EXPECT_EQ(result.failure, JudgeFailure::ServerError);
    EXPECT_EQ(result.usage.attempts, 3);
    EXPECT_EQ(server.requestCount(), 3);
    EXPECT_TRUE(result.error.contains(QStringLiteral("HTTP 500"))) << result.error.toStdString();
    EXPECT_TRUE(result.error.contains(QStringLiteral("try later"))) << result.error.toStdString();
}

TEST_F(JudgeClientTest, StallPastTheTimeoutIsRetriedThenTimesOut)
{
    server.setHandler([](const FakeRequest&) {
        FakeReply reply;
        reply.stall = true;
        return reply;
    });
    JudgeProfile p = profile();
    p.timeoutMs = 200;
    p.maxRetries = 1;
    auto client = makeClient(p);
    const ChatResult result = chat(*client, QStringLiteral("silent"));
    EXPECT_EQ(result.failure, JudgeFailure::Timeout);
    EXPECT_EQ(result.usage.attempts, 2);
    EXPECT_EQ(server.requestCount(), 2);
}

TEST_F(JudgeClientTest, RefusedConnectionIsAConnectionFailure)
{
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    JudgeProfile p = profile();
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    p.maxRetries = 1;
    auto client = makeClient(p);
    QSignalSpy attempts(client.get(), &JudgeClient::attemptFinished);
    const ChatResult result = chat(*client, QStringLiteral("nobody home"));
    EXPECT_EQ(result.failure, JudgeFailure::Connection);
    EXPECT_EQ(result.usage.attempts, 2);
    ASSERT_EQ(attempts.size(), 2);
    EXPECT_EQ(attempts.at(0).at(1).toInt(), 0);
}

TEST_F(JudgeClientTest, ConnectionClosedWithoutAnswerIsAConnectionFailure)
{
    server.setHandler([](const FakeRequest& request) {
        FakeReply reply = FakeOpenAiServer::defaultReply(request);
        reply.dropConnection = true;
        return reply;
    });
    JudgeProfile p = profile();
    p.maxRetries = 1;
    auto client = makeClient(p);
    const ChatResult result = chat(*client, QStringLiteral("reset"));
    EXPECT_EQ(result.failure, JudgeFailure::Connection);
    EXPECT_EQ(result.usage.attempts, 2);
    // Qt itself sends a request again once when a kept-alive connection closes under it.
    EXPECT_GE(server.requestCount(), 2);
}

TEST_F(JudgeClientTest, UnauthorizedIsRejectedAtOnceWithoutTheKey)
{
    // A careless server that echoes the credentials it was sent.
    server.setHandler([](const FakeRequest& request) {
        const QString echoed = QString::fromUtf8(request.header("authorization"));
        return FakeReply { 401, {},
            FakeOpenAiServer::errorBody(
                QStringLiteral("Incorrect API key provided: %1").arg(echoed), QStringLiteral("invalid_api_key")) };
    });
    auto client = makeClient(profile());
    QSignalSpy attempts(client.get(), &JudgeClient::attemptFinished);
    const ChatResult result = chat(*client, QStringLiteral("who am I"));
    EXPECT_EQ(result.failure, JudgeFailure::Rejected);
    EXPECT_EQ(result.usage.attempts, 1);
    EXPECT_EQ(server.requestCount(), 1);
    EXPECT_TRUE(result.error.contains(QStringLiteral("401"))) << result.error.toStdString();
    EXPECT_TRUE(result.error.contains(QStringLiteral("Incorrect API key"))) << result.error.toStdString();
    EXPECT_FALSE(result.error.contains(apiKey)) << result.error.toStdString();
    EXPECT_FALSE(result.error.contains(QStringLiteral("SECRET")));
    EXPECT_FALSE(result.rawBody.contains(apiKey));
    ASSERT_EQ(attempts.size(), 1);
    EXPECT_EQ(attempts.at(0).at(1).toInt(), 401);
}

TEST_F(JudgeClientTest, KeyIsScrubbedEvenWhenTheExcerptWouldCutIt)
{
    // No JSON: the error quotes the body, long enough that a cut could fall inside the key.
    server.setHandler([](const FakeRequest& request) {
        const QByteArray padding(285, 'x');
        return FakeReply { 403, {}, padding + request.header("authorization") };
    });
    auto client = makeClient(profile());
    const ChatResult result = chat(*client, QStringLiteral("forbidden"));
    EXPECT_EQ(result.failure, JudgeFailure::Rejected);
    EXPECT_FALSE(result.error.contains(QStringLiteral("sk-test"))) << result.error.toStdString();
    EXPECT_FALSE(result.rawBody.contains(apiKey));
}

} // namespace evalbench::testing

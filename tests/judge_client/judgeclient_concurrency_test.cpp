// SPDX-License-Identifier: MIT
// Many calls at once: the concurrency cap, the manager pool, rate limit and cancelling.
#include "judgeclienttest.h"

#include <vector>

#include <QSignalSpy>

namespace evalbench::testing {

namespace {

std::vector<std::unique_ptr<Pending<ChatResult>>> startCalls(JudgeClient& client, int count)
{
    std::vector<std::unique_ptr<Pending<ChatResult>>> calls;
    for (int i = 0; i < count; ++i) {
        ChatRequest request;
        request.prompt = QStringLiteral("call %1").arg(i);
        calls.push_back(std::make_unique<Pending<ChatResult>>(client.chat(request)));
    }
    return calls;
}

QString promptOf(const FakeRequest& request)
{
    return request.json.value(QStringLiteral("messages"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("content"))
        .toString();
}

bool waitForRequests(FakeOpenAiServer& server, int count)
{
    return QTest::qWaitFor([&server, count] { return server.requestCount() >= count; }, 30'000);
}

} // namespace

TEST_F(JudgeClientTest, NeverMoreCallsInFlightThanTheCap)
{
    server.setDefaultDelayMs(20);
    JudgeProfile p = profile();
    p.maxConcurrency = 4;
    auto client = makeClient(p);
    const auto calls = startCalls(*client, 20);
    for (const auto& call : calls)
        EXPECT_TRUE(call->result().ok());
    EXPECT_EQ(server.requestCount(), 20);
    EXPECT_LE(server.maxConcurrent(), 4);
    EXPECT_GE(server.maxConcurrent(), 1);
}

TEST_F(JudgeClientTest, ManagerPoolLiftsTheSixConnectionLimit)
{
    server.setDefaultDelayMs(50);
    JudgeProfile p = profile();
    p.maxConcurrency = 32;
    auto client = makeClient(p);
    EXPECT_EQ(client->networkManagerCount(), 6);
    const auto calls = startCalls(*client, 100);
    for (const auto& call : calls)
        EXPECT_TRUE(call->result().ok());
    EXPECT_EQ(server.requestCount(), 100);
    EXPECT_EQ(server.maxConcurrent(), 32); // one QNetworkAccessManager would stop at 6
}

TEST_F(JudgeClientTest, WaitingCallsAreServedFirstInFirstOut)
{
    server.setDefaultDelayMs(5);
    JudgeProfile p = profile();
    p.maxConcurrency = 1;
    auto client = makeClient(p);
    const auto calls = startCalls(*client, 5);
    for (const auto& call : calls)
        EXPECT_TRUE(call->result().ok());
    ASSERT_EQ(server.requests().size(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(promptOf(server.requests().at(i)), QStringLiteral("call %1").arg(i));
    EXPECT_EQ(server.maxConcurrent(), 1);
    EXPECT_EQ(server.connectionCount(), 1); // one kept-alive connection carried all five
}

TEST_F(JudgeClientTest, SixtyFourCallsAtOnceOnSixtyFourConnections)
{
    server.setDefaultDelayMs(100);
    JudgeProfile p = profile();
    p.maxConcurrency = 64;
    auto client = makeClient(p);
    EXPECT_EQ(client->networkManagerCount(), 11);
    const auto calls = startCalls(*client, 128);
    for (const auto& call : calls)
        EXPECT_TRUE(call->result().ok());
    EXPECT_EQ(server.requestCount(), 128);
    EXPECT_EQ(server.maxConcurrent(), 64);
    EXPECT_GE(server.connectionCount(), 64);
}

TEST_F(JudgeClientTest, RequestsPerMinuteLimitLetsEveryCallThroughInOrder)
{
    JudgeProfile p = profile();
    p.requestsPerMinute = 600; // one start every 100 ms
    p.maxConcurrency = 8;
    auto client = makeClient(p);
    const auto calls = startCalls(*client, 5);
    for (const auto& call : calls)
        EXPECT_TRUE(call->result().ok());
    ASSERT_EQ(server.requests().size(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(promptOf(server.requests().at(i)), QStringLiteral("call %1").arg(i));
}

TEST_F(JudgeClientTest, CancelAllEndsInFlightWaitingAndSleepingCalls)
{
    // The sleeper is told to come back in 100 s; the next three requests never get an answer.
    server.setHandler([](const FakeRequest& request) {
        FakeReply reply = FakeOpenAiServer::defaultReply(request);
        if (promptOf(request) == QLatin1String("sleeper")) {
            reply.status = 503;
            reply.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("100") });
        } else if (request.index < 4) {
            reply.stall = true;
        }
        return reply;
    });
    JudgeProfile p = profile();
    p.maxConcurrency = 3;
    auto client = makeClient(p);
    QSignalSpy attempts(client.get(), &JudgeClient::attemptFinished);
    ChatRequest sleeper;
    sleeper.prompt = QStringLiteral("sleeper");
    Pending<ChatResult> sleeping(client->chat(sleeper));
    ASSERT_TRUE(attempts.wait(30'000)); // the 503: now it sleeps, its permit given back
    const auto calls = startCalls(*client, 4); // 3 in flight (stalled), 1 waiting for a permit
    ASSERT_TRUE(waitForRequests(server, 4));
    EXPECT_FALSE(calls.back()->isDone());

    client->cancelAll();
    EXPECT_TRUE(sleeping.waitDone(5'000)); // not after the 100 s
    EXPECT_EQ(sleeping.result().failure, JudgeFailure::Cancelled);
    for (const auto& call : calls) {
        ASSERT_TRUE(call->waitDone(5'000));
        EXPECT_EQ(call->result().failure, JudgeFailure::Cancelled);
    }
    EXPECT_EQ(server.requestCount(), 4); // the waiting call was never sent

    // Cancelling is not forever: a new call goes through.
    const ChatResult later = chat(*client, QStringLiteral("after"));
    EXPECT_TRUE(later.ok()) << later.error.toStdString();
}

TEST_F(JudgeClientTest, DestroyingTheClientEndsItsCalls)
{
    server.setHandler([](const FakeRequest&) {
        FakeReply reply;
        reply.stall = true;
        return reply;
    });
    JudgeProfile p = profile();
    p.maxConcurrency = 2;
    auto client = makeClient(p);
    const auto calls = startCalls(*client, 3);
    ASSERT_TRUE(waitForRequests(server, 2));
    client.reset();
    for (const auto& call : calls) {
        ASSERT_TRUE(call->waitDone(5'000)) << (&call - calls.data());
        EXPECT_EQ(call->result().failure, JudgeFailure::Cancelled);
    }
}

} // namespace evalbench::testing

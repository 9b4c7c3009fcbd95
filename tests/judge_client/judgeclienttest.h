// SPDX-License-Identifier: MIT
#pragma once

#include "fakes/fakeopenaiserver.h"
#include "fakes/scriptedjudge.h"
#include "judge/judgeclient.h"

#include <gtest/gtest.h>
#include <memory>
#include <optional>

#include <QJsonArray>
#include <QTest>

namespace evalbench::testing {

using fakes::FakeOpenAiServer;
using fakes::FakeReply;
using fakes::FakeRequest;
using fakes::ScriptedJudge;

// A call started now whose result a test waits for, with a bound instead of a hang.
template <typename T> class Pending
{
public:
    explicit Pending(QCoro::Task<T> task)
        : m_value(std::make_shared<std::optional<T>>())
        , m_runner(store(std::move(task), m_value))
    { }

    bool isDone() const { return m_value->has_value(); }
    bool waitDone(int timeoutMs = 30'000) const
    {
        return QTest::qWaitFor([this] { return isDone(); }, timeoutMs);
    }
    T result() const
    {
        if (!waitDone())
            ADD_FAILURE() << "the call did not finish";
        return m_value->value_or(T {});
    }

private:
    static QCoro::Task<> store(QCoro::Task<T> task, std::shared_ptr<std::optional<T>> value)
    {
        *value = co_await std::move(task);
    }

    std::shared_ptr<std::optional<T>> m_value;
    QCoro::Task<> m_runner;
};

class JudgeClientTest : public ::testing::Test
{
protected:
    static inline const QString apiKey = QStringLiteral("sk-test-SECRET-0123456789");

    void SetUp() override { ASSERT_TRUE(server.listen()); }

    JudgeProfile profile() const
    {
        JudgeProfile p;
        p.name = QStringLiteral("fake");
        p.baseUrl = server.baseUrl();
        p.chatModel = QStringLiteral("judge-model");
        p.embeddingModel = QStringLiteral("embed-model");
        p.apiKey = apiKey;
        p.maxRetries = 2;
        p.timeoutMs = 10'000;
        p.maxTokens = 256;
        return p;
    }

    // Backoff of a few ms so retry tests run fast.
    static std::unique_ptr<JudgeClient> makeClient(const JudgeProfile& p)
    {
        auto client = std::make_unique<JudgeClient>(p);
        client->setBackoff(std::chrono::milliseconds(1), std::chrono::milliseconds(5));
        return client;
    }

    static ChatResult chat(JudgeClient& client, ChatRequest request) { return Pending(client.chat(request)).result(); }
    static ChatResult chat(JudgeClient& client, const QString& prompt)
    {
        ChatRequest request;
        request.prompt = prompt;
        return chat(client, request);
    }

    FakeOpenAiServer server;
};

} // namespace evalbench::testing

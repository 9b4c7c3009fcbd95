// SPDX-License-Identifier: MIT
// What the client sends and how it reads the answers.
#include "judgeclienttest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace evalbench::testing {

TEST_F(JudgeClientTest, ChatReturnsContentAndUsage)
{
    auto client = makeClient(profile());
    const ChatResult result = chat(*client, QStringLiteral("Is the sky blue?"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_EQ(result.choices.size(), 1);
    EXPECT_EQ(result.choices.at(0).content, QStringLiteral("ok"));
    EXPECT_EQ(result.choices.at(0).finishReason, QStringLiteral("stop"));
    EXPECT_EQ(result.usage.promptTokens, 10);
    EXPECT_EQ(result.usage.completionTokens, 5);
    EXPECT_EQ(result.usage.attempts, 1);
    EXPECT_FALSE(result.usage.cached);
    EXPECT_GE(result.usage.latencyMs, 0);
}

TEST_F(JudgeClientTest, RequestBodyAndBearerHeader)
{
    auto client = makeClient(profile());
    ASSERT_TRUE(chat(*client, QStringLiteral("the prompt")).ok());
    ASSERT_EQ(server.requests().size(), 1);
    const FakeRequest& request = server.requests().at(0);
    EXPECT_EQ(request.method, QByteArray("POST"));
    EXPECT_EQ(request.path, QStringLiteral("/v1/chat/completions"));
    EXPECT_EQ(request.header("authorization"), "Bearer " + apiKey.toUtf8());
    EXPECT_TRUE(request.header("api-key").isEmpty());
    EXPECT_EQ(request.header("content-type"), QByteArray("application/json"));
    const QJsonObject body = request.json;
    EXPECT_EQ(body.value(QStringLiteral("model")).toString(), QStringLiteral("judge-model"));
    const QJsonArray messages = body.value(QStringLiteral("messages")).toArray();
    ASSERT_EQ(messages.size(), 1);
    EXPECT_EQ(messages.at(0).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("user"));
    EXPECT_EQ(messages.at(0).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("the prompt"));
    EXPECT_FALSE(body.contains(QStringLiteral("n")));
    EXPECT_DOUBLE_EQ(body.value(QStringLiteral("temperature")).toDouble(), 0.01);
    EXPECT_EQ(body.value(QStringLiteral("max_tokens")).toInt(), 256);
    EXPECT_FALSE(body.contains(QStringLiteral("logprobs")));
    EXPECT_FALSE(body.contains(QStringLiteral("top_logprobs")));
}

TEST_F(JudgeClientTest, SeveralCompletionsUseTheRagasTemperature)
{
    auto client = makeClient(profile());
    ChatRequest request;
    request.prompt = QStringLiteral("three please");
    request.n = 3;
    request.maxTokens = 100;
    const ChatResult result = chat(*client, request);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.choices.size(), 3);
    const QJsonObject body = server.requests().at(0).json;
    EXPECT_EQ(body.value(QStringLiteral("n")).toInt(), 3);
    EXPECT_DOUBLE_EQ(body.value(QStringLiteral("temperature")).toDouble(), 0.3);
    EXPECT_EQ(body.value(QStringLiteral("max_tokens")).toInt(), 100);
}

TEST_F(JudgeClientTest, ServerDefaultSendsNoTemperatureAndFixedSendsItsOwn)
{
    JudgeProfile p = profile();
    p.temperaturePolicy = TemperaturePolicy::ServerDefault;
    auto reasoning = makeClient(p);
    ASSERT_TRUE(chat(*reasoning, QStringLiteral("a")).ok());
    p.temperaturePolicy = TemperaturePolicy::Fixed;
    p.temperature = 0.7;
    auto fixed = makeClient(p);
    ASSERT_TRUE(chat(*fixed, QStringLiteral("b")).ok());
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_FALSE(server.requests().at(0).json.contains(QStringLiteral("temperature")));
    EXPECT_DOUBLE_EQ(server.requests().at(1).json.value(QStringLiteral("temperature")).toDouble(), 0.7);
}

TEST_F(JudgeClientTest, AzureStyleSendsApiKeyHeaderAndApiVersion)
{
    JudgeProfile p = profile();
    p.baseUrl = QUrl(server.baseUrl().toString() + QStringLiteral("/"));
    p.apiVersion = QStringLiteral("2024-06-01");
    auto client = makeClient(p);
    ASSERT_TRUE(chat(*client, QStringLiteral("azure")).ok());
    const FakeRequest& request = server.requests().at(0);
    EXPECT_EQ(request.path, QStringLiteral("/v1/chat/completions"));
    EXPECT_EQ(QUrlQuery(request.query).queryItemValue(QStringLiteral("api-version")), QStringLiteral("2024-06-01"));
    EXPECT_EQ(request.header("api-key"), apiKey.toUtf8());
    EXPECT_TRUE(request.header("authorization").isEmpty());
}

TEST_F(JudgeClientTest, NoKeyNoAuthorizationHeader)
{
    JudgeProfile p = profile();
    p.apiKey.clear();
    auto client = makeClient(p);
    ASSERT_TRUE(chat(*client, QStringLiteral("local")).ok());
    EXPECT_TRUE(server.requests().at(0).header("authorization").isEmpty());
}

TEST_F(JudgeClientTest, LogprobsAreAskedForAndRead)
{
    server.setHandler([](const FakeRequest& request) {
        FakeReply reply = FakeOpenAiServer::defaultReply(request);
        QJsonObject root = QJsonDocument::fromJson(reply.body).object();
        QJsonArray choices = root.value(QStringLiteral("choices")).toArray();
        QJsonObject choice = choices.at(0).toObject();
        const QJsonArray tokens { QJsonObject {
            { QStringLiteral("token"), QStringLiteral("ok") }, { QStringLiteral("logprob"), -0.1 } } };
        choice.insert(QStringLiteral("logprobs"), QJsonObject { { QStringLiteral("content"), tokens } });
        choices.replace(0, choice);
        root.insert(QStringLiteral("choices"), choices);
        reply.body = QJsonDocument(root).toJson();
        return reply;
    });
    auto client = makeClient(profile());
    ChatRequest request;
    request.prompt = QStringLiteral("rubric");
    request.logprobs = true;
    const ChatResult result = chat(*client, request);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.choices.at(0).logprobs.size(), 1);
    const QJsonObject body = server.requests().at(0).json;
    EXPECT_TRUE(body.value(QStringLiteral("logprobs")).toBool());
    EXPECT_EQ(body.value(QStringLiteral("top_logprobs")).toInt(), 5);
}

TEST_F(JudgeClientTest, ServerRefusingLogprobsIsAskedAgainWithout)
{
    server.setHandler([](const FakeRequest& request) {
        if (request.json.contains(QStringLiteral("logprobs")))
            return FakeReply { 400, {}, FakeOpenAiServer::errorBody(QStringLiteral("logprobs not supported")) };
        return FakeOpenAiServer::defaultReply(request);
    });
    auto client = makeClient(profile());
    ChatRequest request;
    request.prompt = QStringLiteral("rubric");
    request.logprobs = true;
    const ChatResult result = chat(*client, request);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_TRUE(result.choices.at(0).logprobs.isEmpty());
    EXPECT_EQ(result.usage.attempts, 2);
}

TEST_F(JudgeClientTest, EmbeddingsComeBackInInputOrder)
{
    server.setHandler([](const FakeRequest& request) {
        const QJsonArray input = request.json.value(QStringLiteral("input")).toArray();
        QList<QVector<double>> vectors;
        for (qsizetype i = 0; i < input.size(); ++i)
            vectors.append({ static_cast<double>(i) + 0.5, 2.0 });
        return FakeReply { 200, {}, FakeOpenAiServer::embeddingsBody(vectors, true) };
    });
    auto client = makeClient(profile());
    const QStringList texts { QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma") };
    const EmbeddingResult result = Pending(client->embed(texts)).result();
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_EQ(result.vectors.size(), 3);
    for (qsizetype i = 0; i < 3; ++i)
        EXPECT_DOUBLE_EQ(result.vectors.at(i).value(0), static_cast<double>(i) + 0.5);
    EXPECT_EQ(result.usage.promptTokens, 3);
    const FakeRequest& request = server.requests().at(0);
    EXPECT_EQ(request.path, QStringLiteral("/v1/embeddings"));
    EXPECT_EQ(request.json.value(QStringLiteral("model")).toString(), QStringLiteral("embed-model"));
    EXPECT_EQ(request.json.value(QStringLiteral("input")).toArray().size(), 3);
}

TEST_F(JudgeClientTest, EmbeddingsWithTheWrongCountAreABadResponse)
{
    server.setHandler([](const FakeRequest&) {
        return FakeReply { 200, {}, FakeOpenAiServer::embeddingsBody({ { 1.0 } }) };
    });
    auto client = makeClient(profile());
    const EmbeddingResult result = Pending(client->embed({ QStringLiteral("a"), QStringLiteral("b") })).result();
    EXPECT_EQ(result.failure, JudgeFailure::BadResponse);
}

TEST_F(JudgeClientTest, MalformedAnswerIsABadResponseWithTheBodyKept)
{
    server.setHandler([](const FakeRequest& request) {
        return FakeReply { 200, {}, request.index == 0 ? QByteArray("surely not json") : QByteArray("{\"id\":1}") };
    });
    auto client = makeClient(profile());
    const ChatResult notJson = chat(*client, QStringLiteral("a"));
    EXPECT_EQ(notJson.failure, JudgeFailure::BadResponse);
    EXPECT_EQ(notJson.rawBody, QStringLiteral("surely not json"));
    EXPECT_EQ(notJson.usage.attempts, 1);
    const ChatResult noChoices = chat(*client, QStringLiteral("b"));
    EXPECT_EQ(noChoices.failure, JudgeFailure::BadResponse);
    EXPECT_EQ(noChoices.rawBody, QStringLiteral("{\"id\":1}"));
}

TEST_F(JudgeClientTest, LengthThenStopAsksAgainWithTwiceTheTokens)
{
    server.setHandler([](const FakeRequest& request) {
        const QString reason = request.index == 0 ? QStringLiteral("length") : QStringLiteral("stop");
        return FakeReply { 200, {}, FakeOpenAiServer::chatCompletionBody({ QStringLiteral("x") }, reason) };
    });
    auto client = makeClient(profile());
    const ChatResult result = chat(*client, QStringLiteral("long"));
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    ASSERT_EQ(server.requests().size(), 2);
    EXPECT_EQ(server.requests().at(0).json.value(QStringLiteral("max_tokens")).toInt(), 256);
    EXPECT_EQ(server.requests().at(1).json.value(QStringLiteral("max_tokens")).toInt(), 512);
    EXPECT_EQ(result.usage.attempts, 2);
    EXPECT_EQ(result.usage.promptTokens, 20); // both answers counted
}

TEST_F(JudgeClientTest, LengthTwiceIsTruncated)
{
    server.setHandler([](const FakeRequest&) {
        return FakeReply { 200, {},
            FakeOpenAiServer::chatCompletionBody({ QStringLiteral("x") }, QStringLiteral("length")) };
    });
    auto client = makeClient(profile());
    const ChatResult result = chat(*client, QStringLiteral("very long"));
    EXPECT_EQ(result.failure, JudgeFailure::Truncated);
    EXPECT_TRUE(result.error.contains(QStringLiteral("max_tokens=512"))) << result.error.toStdString();
    EXPECT_EQ(server.requestCount(), 2);
}

} // namespace evalbench::testing

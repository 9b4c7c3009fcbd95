// SPDX-License-Identifier: MIT
#include "judge/openaiwire.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace evalbench {

namespace {

constexpr qsizetype excerptChars = 300;

void readUsage(const QJsonObject& root, JudgeUsage& usage)
{
    const QJsonObject tokens = root.value(QStringLiteral("usage")).toObject();
    usage.promptTokens += tokens.value(QStringLiteral("prompt_tokens")).toInteger();
    usage.completionTokens += tokens.value(QStringLiteral("completion_tokens")).toInteger();
}

} // namespace

QUrl OpenAiWire::endpointUrl(const JudgeProfile& profile, const QString& endpoint)
{
    QUrl url = profile.baseUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1Char('/') + endpoint);
    if (!profile.apiVersion.isEmpty()) {
        QUrlQuery query(url);
        query.removeAllQueryItems(QStringLiteral("api-version"));
        query.addQueryItem(QStringLiteral("api-version"), profile.apiVersion);
        url.setQuery(query);
    }
    return url;
}

QNetworkRequest OpenAiWire::request(const JudgeProfile& profile, const QString& endpoint)
{
    QNetworkRequest request(endpointUrl(profile, endpoint));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (!profile.apiKey.isEmpty()) {
        if (profile.apiVersion.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + profile.apiKey.toUtf8());
        else
            request.setRawHeader(QByteArrayLiteral("api-key"), profile.apiKey.toUtf8());
    }
    return request;
}

QByteArray OpenAiWire::chatBody(const JudgeProfile& profile, const QString& prompt, int n, int maxTokens, bool logprobs)
{
    QJsonObject body {
        { QStringLiteral("model"), profile.chatModel },
        { QStringLiteral("messages"),
            QJsonArray { QJsonObject {
                { QStringLiteral("role"), QStringLiteral("user") },
                { QStringLiteral("content"), prompt },
            } } },
        { QStringLiteral("max_tokens"), maxTokens },
    };
    // n=1 is the default everywhere, and some servers (and Azure deployments) refuse the field.
    if (n > 1)
        body.insert(QStringLiteral("n"), n);
    if (profile.temperaturePolicy != TemperaturePolicy::ServerDefault)
        body.insert(QStringLiteral("temperature"), profile.temperatureFor(n));
    if (logprobs) {
        body.insert(QStringLiteral("logprobs"), true);
        body.insert(QStringLiteral("top_logprobs"), 5);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray OpenAiWire::embeddingsBody(const JudgeProfile& profile, const QStringList& texts)
{
    const QJsonObject body {
        { QStringLiteral("model"), profile.embeddingModel },
        { QStringLiteral("input"), QJsonArray::fromStringList(texts) },
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString OpenAiWire::parseChat(const QByteArray& body, ChatResult& result)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return QStringLiteral("the answer is not a JSON object (%1)").arg(parseError.errorString());
    const QJsonObject root = document.object();
    const QJsonArray choices = root.value(QStringLiteral("choices")).toArray();
    if (choices.isEmpty())
        return QStringLiteral("the answer has no choices");
    QList<ChatChoice> parsed;
    for (const QJsonValue& value : choices) {
        const QJsonObject choice = value.toObject();
        const QJsonValue message = choice.value(QStringLiteral("message"));
        if (!message.isObject())
            return QStringLiteral("a choice has no message");
        ChatChoice chatChoice;
        // content is null for refusals and tool calls: an empty answer, which the metric judges.
        chatChoice.content = message.toObject().value(QStringLiteral("content")).toString();
        chatChoice.finishReason = choice.value(QStringLiteral("finish_reason")).toString();
        chatChoice.logprobs =
            choice.value(QStringLiteral("logprobs")).toObject().value(QStringLiteral("content")).toArray();
        parsed.append(chatChoice);
    }
    result.choices = parsed;
    readUsage(root, result.usage);
    return {};
}

QString OpenAiWire::parseEmbeddings(const QByteArray& body, qsizetype expected, EmbeddingResult& result)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return QStringLiteral("the answer is not a JSON object (%1)").arg(parseError.errorString());
    const QJsonObject root = document.object();
    const QJsonArray data = root.value(QStringLiteral("data")).toArray();
    if (data.size() != expected)
        return QStringLiteral("expected %1 embeddings, got %2").arg(expected).arg(data.size());
    QList<QVector<double>> vectors(expected);
    QList<bool> seen(expected, false);
    for (qsizetype position = 0; position < data.size(); ++position) {
        const QJsonObject item = data.at(position).toObject();
        // Without an index the position counts, as some local servers omit it.
        const qsizetype index = item.value(QStringLiteral("index")).toInteger(position);
        const QJsonArray embedding = item.value(QStringLiteral("embedding")).toArray();
        if (index < 0 || index >= expected || seen.at(index) || embedding.isEmpty())
            return QStringLiteral("embedding %1 has a bad index or no vector").arg(position);
        seen[index] = true;
        QVector<double> vector;
        vector.reserve(embedding.size());
        for (const QJsonValue& component : embedding)
            vector.append(component.toDouble());
        vectors[index] = vector;
    }
    result.vectors = vectors;
    readUsage(root, result.usage);
    return {};
}

QString OpenAiWire::serverMessage(const QByteArray& body, const QString& apiKey)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue error = root.value(QStringLiteral("error"));
    QString message =
        error.isObject() ? error.toObject().value(QStringLiteral("message")).toString() : error.toString();
    if (message.isEmpty())
        message = QString::fromUtf8(body);
    message = scrub(message, apiKey).simplified();
    if (message.size() > excerptChars)
        message = message.left(excerptChars) + QStringLiteral("…");
    return message;
}

QString OpenAiWire::scrub(QString text, const QString& apiKey)
{
    if (!apiKey.isEmpty())
        text.replace(apiKey, QStringLiteral("***"));
    return text;
}

} // namespace evalbench

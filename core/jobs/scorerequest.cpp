// SPDX-License-Identifier: MIT
#include "jobs/scorerequest.h"

#include <QJsonArray>

namespace evalbench {

namespace {

constexpr qsizetype kSummaryLength = 80;

// The first 80 characters, never splitting a surrogate pair.
QString cut(const QString& text)
{
    if (text.size() <= kSummaryLength)
        return text;
    qsizetype length = kSummaryLength;
    if (text.at(length - 1).isHighSurrogate())
        --length;
    return text.left(length);
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

std::optional<QString> optionalText(const QJsonValue& value)
{
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

std::optional<QStringList> optionalList(const QJsonValue& value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList items;
    for (const QJsonValue& item : value.toArray())
        items.append(item.toString());
    return items;
}

} // namespace

QJsonObject ScoreRequest::summary() const
{
    return {
        { QStringLiteral("question"), cut(sample.question) },
        { QStringLiteral("answer"), sample.answer ? QJsonValue(cut(*sample.answer)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("metrics"), QJsonArray::fromStringList(metrics) },
        { QStringLiteral("judge_model"), textOrNull(judgeModel) },
        { QStringLiteral("embedding_model"), textOrNull(embeddingModel) },
        { QStringLiteral("has_contexts"), sample.contexts.has_value() && !sample.contexts->isEmpty() },
        { QStringLiteral("has_ground_truth"), sample.groundTruth.has_value() && !sample.groundTruth->isEmpty() },
    };
}

QJsonObject ScoreRequest::toPayload() const
{
    QJsonObject weightsJson;
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        weightsJson.insert(it.key(), it.value());
    return {
        { QStringLiteral("sample"), sample.toJson() },
        { QStringLiteral("metrics"), QJsonArray::fromStringList(metrics) },
        { QStringLiteral("weights"), weightsJson },
        { QStringLiteral("judge_model"), textOrNull(judgeModel) },
        { QStringLiteral("embedding_model"), textOrNull(embeddingModel) },
        { QStringLiteral("run"), textOrNull(runName) },
        { QStringLiteral("request_id"), textOrNull(requestId) },
        { QStringLiteral("ragas_compat"), ragasCompat },
    };
}

ScoreRequest ScoreRequest::fromPayload(const QJsonObject& payload)
{
    ScoreRequest request;
    const QJsonObject json = payload.value(QStringLiteral("sample")).toObject();
    Sample& sample = request.sample;
    sample.id = json.value(QStringLiteral("id")).toString();
    sample.question = json.value(QStringLiteral("question")).toString();
    sample.answer = optionalText(json.value(QStringLiteral("answer")));
    sample.contexts = optionalList(json.value(QStringLiteral("contexts")));
    sample.groundTruth = optionalText(json.value(QStringLiteral("ground_truth")));
    sample.referenceContexts = optionalList(json.value(QStringLiteral("reference_contexts")));
    sample.contextMetadata = json.value(QStringLiteral("context_metadata")).toArray();
    sample.metadata = json.value(QStringLiteral("metadata")).toObject();

    for (const QJsonValue& metric : payload.value(QStringLiteral("metrics")).toArray())
        request.metrics.append(metric.toString());
    const QJsonObject weights = payload.value(QStringLiteral("weights")).toObject();
    for (auto it = weights.begin(); it != weights.end(); ++it)
        request.weights.insert(it.key(), it.value().toDouble(1.0));
    request.judgeModel = payload.value(QStringLiteral("judge_model")).toString();
    request.embeddingModel = payload.value(QStringLiteral("embedding_model")).toString();
    request.runName = payload.value(QStringLiteral("run")).toString();
    request.requestId = payload.value(QStringLiteral("request_id")).toString();
    request.ragasCompat = payload.value(QStringLiteral("ragas_compat")).toBool();
    return request;
}

} // namespace evalbench

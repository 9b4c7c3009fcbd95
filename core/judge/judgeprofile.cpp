// SPDX-License-Identifier: MIT
#include "judge/judgeprofile.h"

namespace evalbench {

QString temperaturePolicyName(TemperaturePolicy policy)
{
    switch (policy) {
    case TemperaturePolicy::Fixed:
        return QStringLiteral("fixed");
    case TemperaturePolicy::ServerDefault:
        return QStringLiteral("server_default");
    case TemperaturePolicy::Ragas:
        break;
    }
    return QStringLiteral("ragas");
}

TemperaturePolicy temperaturePolicyFromName(const QString& name)
{
    if (name == QLatin1String("fixed"))
        return TemperaturePolicy::Fixed;
    if (name == QLatin1String("server_default"))
        return TemperaturePolicy::ServerDefault;
    return TemperaturePolicy::Ragas;
}

double JudgeProfile::temperatureFor(int n) const
{
    if (temperaturePolicy == TemperaturePolicy::Fixed)
        return temperature;
    return n > 1 ? 0.3 : 0.01;
}

QJsonObject JudgeProfile::toJson() const
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("base_url"), baseUrl.toString() },
        { QStringLiteral("model"), chatModel },
        { QStringLiteral("embedding_model"), embeddingModel },
        { QStringLiteral("api_version"), apiVersion },
        { QStringLiteral("temperature_policy"), temperaturePolicyName(temperaturePolicy) },
        { QStringLiteral("temperature"), temperature },
        { QStringLiteral("max_concurrency"), maxConcurrency },
        { QStringLiteral("requests_per_minute"), requestsPerMinute },
        { QStringLiteral("timeout_ms"), timeoutMs },
        { QStringLiteral("max_retries"), maxRetries },
        { QStringLiteral("max_tokens"), maxTokens },
        { QStringLiteral("price_per_1k_input"), pricePer1kInput },
        { QStringLiteral("price_per_1k_output"), pricePer1kOutput },
    };
}

JudgeProfile JudgeProfile::fromJson(const QJsonObject& json)
{
    JudgeProfile profile;
    profile.id = json.value(QStringLiteral("id")).toString();
    profile.name = json.value(QStringLiteral("name")).toString();
    profile.baseUrl = QUrl(json.value(QStringLiteral("base_url")).toString());
    profile.chatModel = json.value(QStringLiteral("model")).toString();
    profile.embeddingModel = json.value(QStringLiteral("embedding_model")).toString();
    profile.apiVersion = json.value(QStringLiteral("api_version")).toString();
    profile.temperaturePolicy = temperaturePolicyFromName(json.value(QStringLiteral("temperature_policy")).toString());
    profile.temperature = json.value(QStringLiteral("temperature")).toDouble(0.0);
    profile.maxConcurrency = json.value(QStringLiteral("max_concurrency")).toInt(profile.maxConcurrency);
    profile.requestsPerMinute = json.value(QStringLiteral("requests_per_minute")).toInt(0);
    profile.timeoutMs = json.value(QStringLiteral("timeout_ms")).toInt(profile.timeoutMs);
    profile.maxRetries = json.value(QStringLiteral("max_retries")).toInt(profile.maxRetries);
    profile.maxTokens = json.value(QStringLiteral("max_tokens")).toInt(profile.maxTokens);
    profile.pricePer1kInput = json.value(QStringLiteral("price_per_1k_input")).toDouble(0.0);
    profile.pricePer1kOutput = json.value(QStringLiteral("price_per_1k_output")).toDouble(0.0);
    return profile;
}

QString JudgeProfile::validationError() const
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("name: give the profile a name");
    if (!baseUrl.isValid() || (baseUrl.scheme() != QLatin1String("http") && baseUrl.scheme() != QLatin1String("https"))
        || baseUrl.host().isEmpty())
        return QStringLiteral("base URL: expected http(s)://host[:port]/v1, got \"%1\"").arg(baseUrl.toString());
    if (chatModel.trimmed().isEmpty())
        return QStringLiteral("chat model: name the model the judge should use");
    if (maxConcurrency < 1 || maxConcurrency > 256)
        return QStringLiteral("concurrency: expected 1 to 256, got %1").arg(maxConcurrency);
    if (requestsPerMinute < 0)
        return QStringLiteral("requests per minute: expected 0 (no limit) or more, got %1").arg(requestsPerMinute);
    if (timeoutMs < 100)
        return QStringLiteral("timeout: expected at least 100 ms, got %1").arg(timeoutMs);
    if (maxRetries < 0 || maxRetries > 20)
        return QStringLiteral("retries: expected 0 to 20, got %1").arg(maxRetries);
    if (maxTokens < 16)
        return QStringLiteral("max tokens: expected at least 16, got %1").arg(maxTokens);
    if (pricePer1kInput < 0 || pricePer1kOutput < 0)
        return QStringLiteral("price: expected 0 or more");
    return {};
}

} // namespace evalbench

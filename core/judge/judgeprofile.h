// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrl>

namespace evalbench {

// How the judge's temperature is chosen for a call.
enum class TemperaturePolicy
{
    Ragas, // 0.01, or 0.3 when several completions (n > 1) are asked for, as RAGAS does
    Fixed, // JudgeProfile::temperature for every call
    ServerDefault // no temperature field: reasoning models (o-series, gpt-5) refuse any other
};

QString temperaturePolicyName(TemperaturePolicy policy);
TemperaturePolicy temperaturePolicyFromName(const QString& name);

// One OpenAI-compatible endpoint and how hard EvalBench may use it. Stored in
// SQLite without the key: the API key lives in the OS keychain (ApiKeyStore).
struct JudgeProfile
{
    QString id; // stable key; generated when the profile is first saved
    QString name; // what the analyst calls it ("gpt-4o-mini", "local qwen")
    QUrl baseUrl; // up to and including /v1, e.g. https://api.openai.com/v1
    QString chatModel;
    QString embeddingModel; // empty: metrics that need embeddings are unavailable
    // Azure OpenAI style: sent as ?api-version=..., and the key as an `api-key` header.
    QString apiVersion;
    TemperaturePolicy temperaturePolicy = TemperaturePolicy::Ragas;
    double temperature = 0.0; // used with TemperaturePolicy::Fixed
    int maxConcurrency = 8; // judge calls in flight at once
    int requestsPerMinute = 0; // 0: no limit
    int timeoutMs = 60'000; // per attempt
    int maxRetries = 4; // extra attempts after timeouts, connection errors, 429 and 5xx
    int maxTokens = 2048; // max_tokens of a chat call; a truncated answer is retried once with twice as many
    double pricePer1kInput = 0.0; // in the analyst's currency, for the cost estimate
    double pricePer1kOutput = 0.0;

    // Never serialised, never logged: filled from the keychain or EVALBENCH_JUDGE_API_KEY.
    QString apiKey;

    double temperatureFor(int n) const;
    // The profile's settings without the key: what runs record and reports show.
    QJsonObject toJson() const;
    static JudgeProfile fromJson(const QJsonObject& json);
    // Empty when usable, else what to fix ("base URL: ...").
    QString validationError() const;
};

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::JudgeProfile)

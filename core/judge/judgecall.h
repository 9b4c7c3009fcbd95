// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace evalbench {

// Why a judge call did not give an answer. Every failure ends as NaN with a
// reason in the report, never as an exception.
enum class JudgeFailure
{
    None,
    Timeout, // each attempt ran past the profile's timeout
    Connection, // refused, reset, DNS, TLS
    RateLimited, // 429 after every retry
    ServerError, // 5xx after every retry
    Rejected, // 4xx other than 429 (bad key, unknown model, bad request): not retried
    BadResponse, // 2xx whose body is not the OpenAI shape
    Truncated, // finish_reason "length" even with the larger max_tokens
    Cancelled
};

QString judgeFailureName(JudgeFailure failure);

// What one logical call cost, summed over its attempts.
struct JudgeUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 latencyMs = 0; // first send to final answer, retries and waits included
    int attempts = 0; // HTTP requests sent (0 when answered from the cache)
    bool cached = false;
};

struct ChatRequest
{
    QString prompt; // sent as one user message
    int n = 1; // completions asked for in one request
    int maxTokens = 0; // 0: the profile's maxTokens
    bool logprobs = false; // ask for top_logprobs (rubric); servers that refuse it are asked again without
};

struct ChatChoice
{
    QString content;
    QString finishReason;
    QJsonArray logprobs; // choices[i].logprobs.content as the server sent it; empty when absent
};

struct ChatResult
{
    JudgeFailure failure = JudgeFailure::None;
    QString error; // user-facing reason; never contains the API key
    QList<ChatChoice> choices;
    JudgeUsage usage;
    QString rawBody; // the last response body, kept for the report when parsing fails

    bool ok() const { return failure == JudgeFailure::None; }
};

struct EmbeddingResult
{
    JudgeFailure failure = JudgeFailure::None;
    QString error;
    QList<QVector<double>> vectors; // one per input text, in input order
    JudgeUsage usage;

    bool ok() const { return failure == JudgeFailure::None; }
};

} // namespace evalbench

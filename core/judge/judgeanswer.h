// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

namespace evalbench {

// A judge prompt's answer, parsed and checked against the prompt's output schema.
struct JudgeAnswer
{
    QList<QJsonObject> outputs; // one per usable completion (n > 1 may give several)
    QList<QJsonArray> logprobs; // per output, as the server sent them; empty when not asked
    int unusable = 0; // completions that did not parse even after the repair round-trip
    bool repaired = false; // an output needed the repair round-trip
    QString error; // empty when at least one output is usable
    bool timedOut = false; // the failure was a timeout (TIMEOUT_ERROR rather than JUDGE_BAD_OUTPUT)
    QStringList rawOutputs; // the judge's text when it could not be used, for the report

    bool ok() const { return error.isEmpty(); }
};

struct EmbeddingAnswer
{
    QList<QVector<double>> vectors;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

// What a run asked of the judge, for the report: calls made, cache hits, tokens, cost.
struct JudgeStats
{
    qint64 chatCalls = 0; // logical calls sent (retries are in attempts)
    qint64 embeddingCalls = 0;
    qint64 attempts = 0;
    qint64 cacheHits = 0;
    qint64 failedCalls = 0;
    qint64 repairs = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double cost = 0.0;

    QJsonObject toJson() const
    {
        return { { QStringLiteral("chat_calls"), chatCalls }, { QStringLiteral("embedding_calls"), embeddingCalls },
            { QStringLiteral("attempts"), attempts }, { QStringLiteral("cache_hits"), cacheHits },
            { QStringLiteral("failed_calls"), failedCalls }, { QStringLiteral("repairs"), repairs },
            { QStringLiteral("prompt_tokens"), promptTokens },
            { QStringLiteral("completion_tokens"), completionTokens }, { QStringLiteral("cost"), cost } };
    }
};

} // namespace evalbench

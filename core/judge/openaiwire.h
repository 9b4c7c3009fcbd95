// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgecall.h"
#include "judge/judgeprofile.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>

namespace evalbench {

// The OpenAI-compatible wire format: request URLs, headers and bodies, and the
// reading of answers. Pure functions, no network, so each rule is tested alone.
class OpenAiWire
{
public:
    static inline const QString chatEndpoint = QStringLiteral("chat/completions");
    static inline const QString embeddingsEndpoint = QStringLiteral("embeddings");

    // {baseUrl}/{endpoint} whether or not the base ends with '/'; ?api-version= for Azure.
    static QUrl endpointUrl(const JudgeProfile& profile, const QString& endpoint);
    // JSON content type and the key: `Authorization: Bearer`, or `api-key` for Azure.
    static QNetworkRequest request(const JudgeProfile& profile, const QString& endpoint);

    static QByteArray chatBody(const JudgeProfile& profile, const QString& prompt, int n, int maxTokens, bool logprobs);
    static QByteArray embeddingsBody(const JudgeProfile& profile, const QStringList& texts);

    // Fill choices and usage; return an error text (empty when the body has the OpenAI shape).
    static QString parseChat(const QByteArray& body, ChatResult& result);
    static QString parseEmbeddings(const QByteArray& body, qsizetype expected, EmbeddingResult& result);

    // The server's `error.message`, else a short excerpt of the body; the key scrubbed
    // before anything is cut, so no prefix of it survives.
    static QString serverMessage(const QByteArray& body, const QString& apiKey);
    // Every occurrence of the key replaced: error texts and kept bodies never carry it.
    static QString scrub(QString text, const QString& apiKey);
};

} // namespace evalbench

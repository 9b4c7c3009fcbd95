// SPDX-License-Identifier: MIT
#pragma once

#include "fakes/fakeopenaiserver.h"

#include <functional>

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace evalbench::fakes {

// Scripts FakeOpenAiServer's answers by prompt: each judge prompt is told apart by
// its output schema's title in the rendered text, so a test answers, say, every
// statement_generator call and every nli_statement call with its own JSON.
class ScriptedJudge
{
public:
    using Answer = std::function<QString(const QString& prompt)>; // the completion's text

    explicit ScriptedJudge(FakeOpenAiServer& server);

    void answer(const QString& promptName, Answer answer) { m_answers.insert(promptName, std::move(answer)); }
    void answer(const QString& promptName, const QJsonObject& json);
    void embedding(const QString& text, QVector<double> vector) { m_vectors.insert(text, std::move(vector)); }
    // Replies for the n > 1 prompt (several completions in one answer).
    void completions(const QString& promptName, QStringList contents)
    {
        m_many.insert(promptName, std::move(contents));
    }
    // A raw reply body for a prompt (logprobs, errors).
    void rawReply(const QString& promptName, FakeReply reply) { m_raw.insert(promptName, std::move(reply)); }

    int calls(const QString& promptName) const { return m_calls.value(promptName); }
    int embeddingCalls() const { return m_calls.value(QStringLiteral("embeddings")); }

    static QString promptName(const QString& prompt);
    static QString json(const QJsonObject& object)
    {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

private:
    FakeReply reply(const FakeRequest& request);

    QHash<QString, Answer> m_answers;
    QHash<QString, QStringList> m_many;
    QHash<QString, FakeReply> m_raw;
    QHash<QString, QVector<double>> m_vectors;
    QHash<QString, int> m_calls;
};

} // namespace evalbench::fakes

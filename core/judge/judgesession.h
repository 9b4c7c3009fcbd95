// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgeanswer.h"
#include "judge/judgelanguage.h"
#include "judge/pydanticjson.h"

#include <memory>

#include <QCoro/QCoroTask>
#include <QHash>
#include <QObject>
#include <QPointer>

namespace evalbench {

class JudgeCache;
class JudgeClient;
class JudgePendingCall;

// What the judged metrics talk to: renders a prompt in the run's language,
// answers from the cache when it can, else asks the client; parses the answer
// against the prompt's schema with one repair round-trip; keeps the run's
// calls, cache hits, tokens and cost. One per run, on the judge's thread.
class JudgeSession : public QObject
{
    Q_OBJECT
public:
    JudgeSession(
        JudgeClient& client, JudgeCache& cache, JudgeLanguage language, bool freshCalls, QObject* parent = nullptr);
    ~JudgeSession() override;

    JudgeLanguage language() const { return m_language; }
    const JudgeStats& stats() const { return m_stats; }
    bool hasEmbeddings() const;

    QCoro::Task<JudgeAnswer> ask(QString promptName, PromptFields input, int n = 1, bool logprobs = false);
    // One vector per text, in order (empty texts are sent as one space, as RAGAS does).
    QCoro::Task<EmbeddingAnswer> embed(QStringList texts);

private:
    struct Completion
    {
        QJsonObject answer; // {"contents": [...], "finish_reasons": [...], "logprobs": [...]}
        QString error;
        bool timedOut = false;
    };
    QCoro::Task<Completion> complete(QString prompt, int n, bool logprobs);
    QCoro::Task<Completion> fetchChat(QString hash, QString prompt, int n, bool logprobs);
    QCoro::Task<Completion> fetchEmbeddings(QString hash, QStringList texts);
    // The cached answer, or the answer of an identical request already in flight.
    std::optional<Completion> cached(const QString& hash);
    QCoro::Task<Completion> joinInFlight(std::shared_ptr<JudgePendingCall> pending);
    // Marks `hash` in flight; finishFlight hands its answer to the requests that joined it.
    std::shared_ptr<JudgePendingCall> startFlight(const QString& hash);
    void finishFlight(const QString& hash, const std::shared_ptr<JudgePendingCall>& pending, const Completion& done);
    void addCost(qint64 promptTokens, qint64 completionTokens);

    JudgeClient& m_client;
    JudgeCache& m_cache;
    JudgeLanguage m_language;
    bool m_freshCalls;
    JudgeStats m_stats;
    QHash<QString, std::shared_ptr<JudgePendingCall>> m_inFlight;
};

} // namespace evalbench

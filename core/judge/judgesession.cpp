// SPDX-License-Identifier: MIT
#include "judge/judgesession.h"

#include "judge/judgecache.h"
#include "judge/judgeclient.h"
#include "judge/judgeoutputparser.h"
#include "judge/judgependingcall.h"
#include "judge/promptlibrary.h"

#include <QCoro/QCoroSignal>
#include <QJsonDocument>

namespace evalbench {

namespace {

QJsonArray vectorToJson(const QVector<double>& vector)
{
    QJsonArray out;
    for (double v : vector)
        out.append(v);
    return out;
}

QVector<double> vectorFromJson(const QJsonArray& json)
{
    QVector<double> out;
    out.reserve(json.size());
    for (const QJsonValue& v : json)
        out.append(v.toDouble());
    return out;
}

QString failureText(const ChatResult& result)
{
    return QStringLiteral("%1 (%2)").arg(result.error, judgeFailureName(result.failure));
}

} // namespace

JudgeSession::JudgeSession(
    JudgeClient& client, JudgeCache& cache, JudgeLanguage language, bool freshCalls, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache)
    , m_language(language)
    , m_freshCalls(freshCalls)
{ }

JudgeSession::~JudgeSession() = default;

bool JudgeSession::hasEmbeddings() const
{
    return !m_client.profile().embeddingModel.isEmpty();
}

void JudgeSession::addCost(qint64 promptTokens, qint64 completionTokens)
{
    m_stats.promptTokens += promptTokens;
    m_stats.completionTokens += completionTokens;
    const JudgeProfile& profile = m_client.profile();
    m_stats.cost = double(m_stats.promptTokens) / 1000.0 * profile.pricePer1kInput
        + double(m_stats.completionTokens) / 1000.0 * profile.pricePer1kOutput;
}

std::optional<JudgeSession::Completion> JudgeSession::cached(const QString& hash)
{
    if (m_freshCalls)
        return std::nullopt;
    if (std::optional<JudgeCacheRow> row = m_cache.find(hash)) {
        ++m_stats.cacheHits;
        return Completion { row->answer, {}, false };
    }
    return std::nullopt;
}

QCoro::Task<JudgeSession::Completion> JudgeSession::joinInFlight(std::shared_ptr<JudgePendingCall> pending)
{
    ++m_stats.cacheHits;
    co_await qCoro(pending.get(), &JudgePendingCall::finished);
    co_return Completion { pending->answer, pending->error, pending->timedOut };
}

std::shared_ptr<JudgePendingCall> JudgeSession::startFlight(const QString& hash)
{
    auto pending = std::make_shared<JudgePendingCall>();
    m_inFlight.insert(hash, pending);
    return pending;
}

void JudgeSession::finishFlight(
    const QString& hash, const std::shared_ptr<JudgePendingCall>& pending, const Completion& done)
{
    m_inFlight.remove(hash);
    pending->answer = done.answer;
    pending->error = done.error;
    pending->timedOut = done.timedOut;
    Q_EMIT pending->finished();
}

QCoro::Task<JudgeSession::Completion> JudgeSession::complete(QString prompt, int n, bool logprobs)
{
    const JudgeProfile& profile = m_client.profile();
    // Everything that changes the answer is in the hash; the key is not.
    const QJsonObject canonical { { QStringLiteral("kind"), QStringLiteral("chat") },
        { QStringLiteral("prompt"), prompt }, { QStringLiteral("n"), n },
        { QStringLiteral("temperature_policy"), temperaturePolicyName(profile.temperaturePolicy) },
        { QStringLiteral("temperature"), profile.temperatureFor(n) },
        { QStringLiteral("max_tokens"), profile.maxTokens }, { QStringLiteral("logprobs"), logprobs } };
    const QByteArray canonicalBytes = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    const QString hash = JudgeCache::requestHash(profile.baseUrl.toString(), profile.chatModel, canonicalBytes);
    if (std::optional<Completion> hit = cached(hash))
        co_return *hit;
    // An identical request already in flight: wait for its answer instead of paying twice.
    if (std::shared_ptr<JudgePendingCall> pending = m_inFlight.value(hash))
        co_return co_await joinInFlight(pending);
    const std::shared_ptr<JudgePendingCall> pending = startFlight(hash);
    const QPointer<JudgeSession> self(this);
    const Completion done = co_await fetchChat(hash, prompt, n, logprobs);
    if (self)
        finishFlight(hash, pending, done);
    co_return done;
}

QCoro::Task<JudgeSession::Completion> JudgeSession::fetchChat(QString hash, QString prompt, int n, bool logprobs)
{
    const QPointer<JudgeSession> self(this);
    // A named request: GCC 12 destroys an aggregate temporary inside a co_await expression twice.
    ChatRequest request;
    request.prompt = prompt;
    request.n = n;
    request.logprobs = logprobs;
    const ChatResult result = co_await m_client.chat(request);
    if (!self)
        co_return Completion {};
    ++m_stats.chatCalls;
    m_stats.attempts += result.usage.attempts;
    addCost(result.usage.promptTokens, result.usage.completionTokens);
    if (!result.ok()) {
        ++m_stats.failedCalls;
        co_return Completion { {}, failureText(result), result.failure == JudgeFailure::Timeout };
    }
    QJsonArray contents;
    QJsonArray reasons;
    QJsonArray logprobLists;
    for (const ChatChoice& choice : result.choices) {
        contents.append(choice.content);
        reasons.append(choice.finishReason);
        logprobLists.append(choice.logprobs);
    }
    QJsonObject answer { { QStringLiteral("contents"), contents }, { QStringLiteral("finish_reasons"), reasons } };
    if (logprobs)
        answer.insert(QStringLiteral("logprobs"), logprobLists);
    m_cache.put(JudgeCacheRow {
        hash, m_client.profile().chatModel, answer, result.usage.promptTokens, result.usage.completionTokens });
    co_return Completion { answer, {}, false };
}

QCoro::Task<JudgeAnswer> JudgeSession::ask(QString promptName, PromptFields input, int n, bool logprobs)
{
    const PromptLibrary& prompts = PromptLibrary::instance();
    const QString prompt = prompts.render(promptName, m_language, input);
    const QJsonObject schema = prompts.outputSchema(promptName);
    const QPointer<JudgeSession> self(this);

    const Completion completion = co_await complete(prompt, n, logprobs);
    JudgeAnswer answer;
    if (!self)
        co_return answer;
    if (!completion.error.isEmpty()) {
        answer.error = completion.error;
        answer.timedOut = completion.timedOut;
        co_return answer;
    }
    const QJsonArray contents = completion.answer.value(QStringLiteral("contents")).toArray();
    const QJsonArray logprobLists = completion.answer.value(QStringLiteral("logprobs")).toArray();
    QString lastError;
    for (qsizetype i = 0; i < contents.size(); ++i) {
        const QString content = contents.at(i).toString();
        JudgeOutputParser::ParsedOutput parsed = JudgeOutputParser::parse(schema, content);
        if (!parsed.value) {
            // One repair round-trip: the judge is shown its answer and asked to fix the format.
            ++m_stats.repairs;
            const QString fixPrompt = prompts.render(QStringLiteral("fix_output"), m_language,
                PromptFields {
                    { QStringLiteral("output_string"), content }, { QStringLiteral("prompt_value"), prompt } });
            const Completion fixed = co_await complete(fixPrompt, 1, false);
            if (!self)
                co_return answer;
            const QString fixedText = fixed.answer.value(QStringLiteral("contents")).toArray().at(0).toString();
            const JudgeOutputParser::ParsedOutput wrapper =
                JudgeOutputParser::parse(prompts.outputSchema(QStringLiteral("fix_output")), fixedText);
            const QString repairedText = wrapper.value ? wrapper.value->value(QStringLiteral("text")).toString()
                                                       : fixedText; // some models answer the JSON itself
            parsed = JudgeOutputParser::parse(schema, repairedText);
            if (parsed.value)
                answer.repaired = true;
            else {
                ++answer.unusable;
                lastError = fixed.error.isEmpty() ? parsed.error : fixed.error;
                answer.rawOutputs << content;
                if (!repairedText.isEmpty() && repairedText != content)
                    answer.rawOutputs << repairedText;
                continue;
            }
        }
        answer.outputs.append(*parsed.value);
        answer.logprobs.append(logprobLists.at(i).toArray());
    }
    if (answer.outputs.isEmpty()) {
        answer.error = contents.isEmpty()
            ? QStringLiteral("the judge sent no answer")
            : QStringLiteral("the judge's answer to the %1 prompt did not match its JSON schema, even after one "
                             "repair round-trip: %2")
                  .arg(promptName, lastError);
    }
    co_return answer;
}

QCoro::Task<EmbeddingAnswer> JudgeSession::embed(QStringList texts)
{
    const JudgeProfile& profile = m_client.profile();
    EmbeddingAnswer out;
    if (profile.embeddingModel.isEmpty()) {
        out.error = QStringLiteral("the judge profile has no embedding model; set one on the LLM profiles page");
        co_return out;
    }
    for (QString& text : texts) {
        if (text.isEmpty())
            text = QStringLiteral(" ");
    }
    const QJsonObject canonical { { QStringLiteral("kind"), QStringLiteral("embeddings") },
        { QStringLiteral("input"), QJsonArray::fromStringList(texts) } };
    const QString hash = JudgeCache::requestHash(
        profile.baseUrl.toString(), profile.embeddingModel, QJsonDocument(canonical).toJson(QJsonDocument::Compact));
    const QPointer<JudgeSession> self(this);
    Completion completion;
    if (std::optional<Completion> hit = cached(hash)) {
        completion = *hit;
    } else if (std::shared_ptr<JudgePendingCall> pending = m_inFlight.value(hash)) {
        completion = co_await joinInFlight(pending);
    } else {
        const std::shared_ptr<JudgePendingCall> flight = startFlight(hash);
        completion = co_await fetchEmbeddings(hash, texts);
        if (self)
            finishFlight(hash, flight, completion);
    }
    if (!self)
        co_return out;
    if (!completion.error.isEmpty()) {
        out.error = completion.error;
        co_return out;
    }
    for (const QJsonValue& vector : completion.answer.value(QStringLiteral("vectors")).toArray())
        out.vectors.append(vectorFromJson(vector.toArray()));
    if (out.vectors.size() != texts.size())
        out.error = QStringLiteral("the embedding server returned %1 vectors for %2 texts")
                        .arg(out.vectors.size())
                        .arg(texts.size());
    co_return out;
}

QCoro::Task<JudgeSession::Completion> JudgeSession::fetchEmbeddings(QString hash, QStringList texts)
{
    const QPointer<JudgeSession> self(this);
    const EmbeddingResult result = co_await m_client.embed(texts);
    if (!self)
        co_return Completion {};
    ++m_stats.embeddingCalls;
    m_stats.attempts += result.usage.attempts;
    addCost(result.usage.promptTokens, 0);
    if (!result.ok()) {
        ++m_stats.failedCalls;
        co_return Completion { {}, QStringLiteral("%1 (%2)").arg(result.error, judgeFailureName(result.failure)),
            result.failure == JudgeFailure::Timeout };
    }
    QJsonArray vectors;
    for (const QVector<double>& vector : result.vectors)
        vectors.append(vectorToJson(vector));
    const QJsonObject answer { { QStringLiteral("vectors"), vectors } };
    m_cache.put(JudgeCacheRow { hash, m_client.profile().embeddingModel, answer, result.usage.promptTokens, 0 });
    co_return Completion { answer, {}, false };
}

} // namespace evalbench

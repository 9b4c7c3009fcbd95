// SPDX-License-Identifier: MIT
#include "fakes/scriptedjudge.h"

#include <QJsonArray>

namespace evalbench::fakes {

ScriptedJudge::ScriptedJudge(FakeOpenAiServer& server)
{
    server.setHandler([this](const FakeRequest& request) { return reply(request); });
}

void ScriptedJudge::answer(const QString& promptName, const QJsonObject& object)
{
    const QString text = json(object);
    answer(promptName, [text](const QString&) { return text; });
}

QString ScriptedJudge::promptName(const QString& prompt)
{
    // The repair prompt quotes the original prompt, schema and all: look for it first.
    static const QList<std::pair<const char*, const char*>> titles {
        { "fix_output", "\"title\": \"RepairedOutput\"" },
        { "statement_generator", "\"title\": \"StatementGeneratorOutput\"" },
        { "nli_statement", "\"title\": \"NLIStatementOutput\"" },
        { "response_relevance", "\"title\": \"ResponseRelevanceOutput\"" },
        { "context_precision", "\"title\": \"Verification\"" },
        { "context_recall", "\"title\": \"ContextRecallClassifications\"" },
        { "correctness_classifier", "\"title\": \"ClassificationWithReason\"" },
        { "rubric_steps", "\"title\": \"RubricSteps\"" },
        { "rubric_score", "\"title\": \"RubricScore\"" },
        { "hallucination", "\"title\": \"HallucinationVerdicts\"" },
        { "optimization_advice", "\"title\": \"OptimizationAdvice\"" },
    };
    for (const auto& [name, title] : titles) {
        if (prompt.contains(QString::fromLatin1(title)))
            return QString::fromLatin1(name);
    }
    return QStringLiteral("unknown");
}

FakeReply ScriptedJudge::reply(const FakeRequest& request)
{
    FakeReply out;
    if (request.isEmbeddings()) {
        m_calls[QStringLiteral("embeddings")] += 1;
        QList<QVector<double>> vectors;
        for (const QJsonValue& input : request.json.value(QStringLiteral("input")).toArray())
            vectors.append(m_vectors.value(input.toString(), QVector<double> { 0.0, 0.0, 1.0 }));
        out.body = FakeOpenAiServer::embeddingsBody(vectors);
        return out;
    }
    const QString prompt = request.json.value(QStringLiteral("messages"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("content"))
                               .toString();
    const QString name = promptName(prompt);
    m_calls[name] += 1;
    if (m_raw.contains(name))
        return m_raw.value(name);
    if (m_many.contains(name)) {
        out.body = FakeOpenAiServer::chatCompletionBody(m_many.value(name));
        return out;
    }
    if (!m_answers.contains(name)) {
        out.status = 400;
        out.body = FakeOpenAiServer::errorBody(QStringLiteral("no scripted answer for ") + name);
        return out;
    }
    out.body = FakeOpenAiServer::chatCompletionBody({ m_answers.value(name)(prompt) });
    return out;
}

} // namespace evalbench::fakes

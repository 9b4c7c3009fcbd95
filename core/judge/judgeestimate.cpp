// SPDX-License-Identifier: MIT
#include "judge/judgeestimate.h"

#include "judge/promptlibrary.h"
#include "metrics/metricregistry.h"

#include <QHash>

namespace evalbench {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
}

// The fixed part of each prompt (instruction, schema, few-shot examples), in tokens: the
// prompt rendered with an empty input.
qint64 promptOverhead(const QString& name)
{
    static const QHash<QString, qint64> overhead = [] {
        QHash<QString, qint64> sizes;
        const PromptLibrary& prompts = PromptLibrary::instance();
        for (const QString& prompt : prompts.names())
            sizes.insert(prompt, JudgeEstimator::approximateTokens(prompts.render(prompt, JudgeLanguage::English, {})));
        return sizes;
    }();
    return overhead.value(name, 500);
}

} // namespace

QJsonObject JudgeEstimate::toJson() const
{
    return {
        { QStringLiteral("samples"), samples },
        { QStringLiteral("chat_calls"), chatCalls },
        { QStringLiteral("embedding_calls"), embeddingCalls },
        { QStringLiteral("prompt_tokens"), promptTokens },
        { QStringLiteral("completion_tokens"), completionTokens },
        { QStringLiteral("cost"), cost },
    };
}

JudgeEstimator::JudgeEstimator(QStringList metrics, JudgeProfile profile)
    : m_metrics(std::move(metrics))
    , m_profile(std::move(profile))
{ }

qint64 JudgeEstimator::approximateTokens(QStringView text)
{
    qint64 cjk = 0;
    qint64 other = 0;
    for (char32_t c : text.toUcs4()) {
        if (isCjk(c))
            ++cjk;
        else
            ++other;
    }
    return cjk + (other + 3) / 4;
}

void JudgeEstimator::addCall(const char* prompt, qint64 promptTokens, qint64 completionTokens)
{
    ++m_estimate.chatCalls;
    m_estimate.promptTokens += promptOverhead(QString::fromLatin1(prompt)) + promptTokens;
    m_estimate.completionTokens += completionTokens;
    m_estimate.cost = double(m_estimate.promptTokens) / 1000.0 * m_profile.pricePer1kInput
        + double(m_estimate.completionTokens) / 1000.0 * m_profile.pricePer1kOutput;
}

void JudgeEstimator::add(const Sample& sample)
{
    addSample(sample);
    // The advice the judge writes at the end of the run: one call, once there is judge work.
    if (!m_adviceCounted && m_estimate.calls() > 0) {
        m_adviceCounted = true;
        addCall("optimization_advice", 1500, 600);
    }
}

void JudgeEstimator::addSample(const Sample& sample)
{
    const MetricRegistry& registry = MetricRegistry::builtin();
    const qint64 question = approximateTokens(sample.question);
    const qint64 answer = sample.answer ? approximateTokens(*sample.answer) : 0;
    const qint64 truth = sample.groundTruth ? approximateTokens(*sample.groundTruth) : 0;
    qint64 contexts = 0;
    qint64 contextCount = 0;
    if (sample.contexts) {
        contextCount = sample.contexts->size();
        for (const QString& context : *sample.contexts)
            contexts += approximateTokens(context);
    }
    ++m_estimate.samples;
    for (const QString& id : std::as_const(m_metrics)) {
        const Metric* metric = registry.find(id);
        if (!metric || metric->info().kind != MetricKind::Llm)
            continue;
        bool feedable = true;
        for (SampleField field : metric->info().inputs)
            feedable = feedable && sampleHas(sample, field);
        if (!feedable)
            continue;
        // Statements are about as long as the text they come from; verdicts add a reason each.
        if (id == QLatin1String("faithfulness")) {
            addCall("statement_generator", question + answer, answer + 20);
            addCall("nli_statement", contexts + answer, answer * 2 + 40);
        } else if (id == QLatin1String("answer_relevancy")) {
            addCall("response_relevance", answer, 3 * (question + 10));
            m_estimate.embeddingCalls += 1;
        } else if (id == QLatin1String("context_precision")) {
            const qint64 average = contextCount > 0 ? contexts / contextCount : 0;
            for (qint64 k = 0; k < contextCount; ++k)
                addCall("context_precision", question + average + truth, 60);
        } else if (id == QLatin1String("context_recall")) {
            addCall("context_recall", question + contexts + truth, truth * 2 + 40);
        } else if (id == QLatin1String("answer_correctness")) {
            addCall("statement_generator", question + answer, answer + 20);
            addCall("statement_generator", question + truth, truth + 20);
            addCall("correctness_classifier", question + answer + truth, (answer + truth) * 2 + 40);
            m_estimate.embeddingCalls += 1;
        } else if (id == QLatin1String("semantic_similarity")) {
            m_estimate.embeddingCalls += 1;
        } else if (id == QLatin1String("rubric")) {
            // The evaluation steps are one call for the whole run (the same criteria hit the cache).
            if (m_estimate.samples == 1)
                addCall("rubric_steps", 40, 120);
            addCall("rubric_score", question + answer + contexts + truth, 80);
        } else if (id == QLatin1String("hallucination")) {
            addCall("hallucination", answer + contexts, 40 * contextCount + 20);
        }
    }
}

} // namespace evalbench

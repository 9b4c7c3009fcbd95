// SPDX-License-Identifier: MIT
#include "judge/judgeadvisor.h"

#include "judge/judgesession.h"
#include "metrics/metricregistry.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace evalbench {

namespace {

// Enough of each sample for the judge to see the problem, not so much that a
// long context blows the prompt up.
constexpr qsizetype kTextLimit = 600;
constexpr qsizetype kEvidenceLimit = 900;

QString cut(const QString& text, qsizetype limit)
{
    return text.size() <= limit ? text : text.left(limit) + QStringLiteral(" …");
}

QJsonArray metricLines(const RunRecord& run)
{
    QJsonArray lines;
    for (const QString& id : run.settings.metrics) {
        const MetricSummary summary = run.summary.value(id);
        if (summary.scored == 0)
            continue;
        const Metric* metric = MetricRegistry::builtin().find(id);
        lines.append(QJsonObject { { QStringLiteral("metric"), id }, { QStringLiteral("mean"), summary.mean },
            { QStringLiteral("definition"), metric ? metric->info().description : QString() } });
    }
    return lines;
}

QJsonArray sampleLines(const QList<StoredSample>& weakest)
{
    QJsonArray lines;
    for (const StoredSample& stored : weakest) {
        QJsonObject scores;
        QJsonObject evidence;
        for (const MetricScore& score : stored.scores) {
            scores.insert(score.metric, score.hasValue() ? QJsonValue(score.value) : QJsonValue());
            if (!score.evidence.isEmpty())
                evidence.insert(score.metric,
                    cut(QString::fromUtf8(QJsonDocument(score.evidence).toJson(QJsonDocument::Compact)),
                        kEvidenceLimit));
        }
        lines.append(QJsonObject { { QStringLiteral("id"), stored.sample.id },
            { QStringLiteral("question"), cut(stored.sample.question, kTextLimit) },
            { QStringLiteral("answer"), cut(stored.sample.answer.value_or(QString()), kTextLimit) },
            { QStringLiteral("scores"), scores }, { QStringLiteral("evidence"), evidence } });
    }
    return lines;
}

} // namespace

QCoro::Task<JudgeAdvisor::Advice> JudgeAdvisor::write(JudgeSession* session, RunRecord run, QList<StoredSample> weakest)
{
    const QJsonArray metrics = metricLines(run);
    if (metrics.isEmpty())
        co_return Advice { {}, QStringLiteral("no metric has a score to advise on") };
    PromptFields input;
    input.append({ QStringLiteral("metrics"), metrics });
    input.append({ QStringLiteral("weakest_samples"), sampleLines(weakest) });
    const JudgeAnswer answer = co_await session->ask(QStringLiteral("optimization_advice"), input);
    if (!answer.ok())
        co_return Advice { {}, answer.error };
    const QString markdown = answer.outputs.first().value(QStringLiteral("advice_markdown")).toString().trimmed();
    if (markdown.isEmpty())
        co_return Advice { {}, QStringLiteral("the judge wrote no advice") };
    const QString model = run.settings.judge.value(QStringLiteral("model")).toString();
    co_return Advice { QStringLiteral(
                           "# Optimization advice\n\n_Written by the judge (%1) from the weakest metrics and "
                           "samples of this run; check it against the samples before acting on it._\n\n")
                           .arg(model)
            + markdown + QLatin1Char('\n'),
        {} };
}

} // namespace evalbench

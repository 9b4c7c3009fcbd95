// SPDX-License-Identifier: MIT
#include "jobs/judgedscoring.h"

#include "jobs/samplescorer.h"
#include "judge/judgeadvisor.h"
#include "judge/judgecache.h"
#include "judge/judgeclient.h"
#include "judge/judgelanguage.h"
#include "judge/judgerunner.h"
#include "judge/judgesession.h"
#include "metrics/metricregistry.h"
#include "metrics/weightedscore.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <deque>

#include <QCoreApplication>
#include <QCoro/QCoroTask>
#include <QElapsedTimer>
#include <QEvent>
#include <QFuture>
#include <QTimer>

namespace evalbench {

namespace {

constexpr int kPageSize = 256;
// A finished sample is committed at the latest this long after it finished.
constexpr int kSaveIntervalMs = 250;
constexpr int kSaveBatch = 64;
// The weakest samples the judge sees when it writes the advice.
constexpr int kAdviceSamples = 5;

EvalError judgeError(const QString& message)
{
    return EvalError { ErrorCode::JudgeUnavailable, message, QStringLiteral("scoring"), {} };
}

JudgeLanguage runLanguage(const QString& setting, const QList<StoredSample>& firstPage)
{
    if (const std::optional<JudgeLanguage> chosen = judgeLanguageFromName(setting))
        return *chosen;
    QString text;
    for (const StoredSample& sample : firstPage) {
        text += sample.sample.question;
        if (sample.sample.answer)
            text += *sample.sample.answer;
        if (text.size() > 20'000)
            break;
    }
    return detectJudgeLanguage(text);
}

// Usage of earlier (interrupted) parts of the run plus this part.
QJsonObject addUsage(const QJsonObject& before, const QJsonObject& now)
{
    QJsonObject sum = now;
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.value().isDouble() && now.value(it.key()).isDouble())
            sum.insert(it.key(), it.value().toDouble() + now.value(it.key()).toDouble());
    }
    return sum;
}

} // namespace

JudgedScoring::JudgedScoring(StoreWriter& writer, RunRecord run, QString jobId, QString apiKey)
    : m_writer(writer)
    , m_run(std::move(run))
    , m_jobId(std::move(jobId))
    , m_apiKey(std::move(apiKey))
{ }

QStringList JudgedScoring::judgedMetrics(const RunSettings& settings)
{
    QStringList judged;
    for (const QString& id : settings.metrics) {
        const Metric* metric = MetricRegistry::builtin().find(id);
        if (metric && metric->info().kind == MetricKind::Llm)
            judged.append(id);
    }
    return judged;
}

bool JudgedScoring::run(const std::atomic<bool>& cancelled, const Progress& progress, EvalError* error)
{
    const RunSettings& settings = m_run.settings;
    const QStringList judged = judgedMetrics(settings);
    if (settings.judge.isEmpty()) {
        *error = judgeError(QStringLiteral("%1 need(s) an LLM judge: choose a judge profile, or pass --judge PROFILE "
                                           "(or --judge-url and --judge-model)")
                                .arg(judged.join(QStringLiteral(", "))));
        return false;
    }
    JudgeProfile profile = JudgeProfile::fromJson(settings.judge);
    if (const QString invalid = profile.validationError(); !invalid.isEmpty()) {
        *error = judgeError(QStringLiteral("the judge profile is not usable: %1").arg(invalid));
        return false;
    }
    profile.apiKey = m_apiKey;

    RunSettings offlineSettings = settings;
    offlineSettings.metrics.clear();
    for (const QString& id : settings.metrics) {
        if (!judged.contains(id))
            offlineSettings.metrics.append(id);
    }
    const SampleScorer offline(offlineSettings, MetricRegistry::builtin());

    StoreReader reader(m_writer.databasePath());
    const qint64 total = reader.run(m_run.id).value_or(m_run).sampleCount;
    qint64 done = reader.scoredSampleCount(m_run.id);
    progress(done, total);

    std::deque<StoredSample> queue;
    int afterIndex = -1;
    auto loadPage = [&] {
        const QList<StoredSample> page = reader.unscoredSamples(m_run.id, afterIndex, kPageSize, true);
        if (!page.isEmpty())
            afterIndex = page.last().index;
        queue.insert(queue.end(), page.begin(), page.end());
        return page;
    };
    const QList<StoredSample> firstPage = loadPage();

    JudgeClient client(profile);
    JudgeCache cache(m_writer);
    JudgeSession session(client, cache,
        runLanguage(settings.judge.value(QStringLiteral("language")).toString(), firstPage),
        settings.judge.value(QStringLiteral("fresh_calls")).toBool());
    JudgedMetricOptions options;
    options.ragasCompat = settings.ragasCompat;
    options.rubricCriteria = settings.judge.value(QStringLiteral("rubric_criteria")).toString();
    JudgeRunner runner(session, client, judged, options);

    QList<SampleResult> pending;
    QList<QFuture<WriteResult>> writes;
    auto save = [&] {
        if (pending.isEmpty())
            return;
        done += pending.size();
        writes.append(m_writer.saveResults(m_run.id, m_jobId, std::exchange(pending, {})));
        progress(done, total);
    };
    QTimer saveTimer;
    saveTimer.setInterval(kSaveIntervalMs);
    QObject::connect(&saveTimer, &QTimer::timeout, &saveTimer, save);
    saveTimer.start();

    auto next = [&]() -> std::optional<StoredSample> {
        if (queue.empty())
            loadPage();
        if (queue.empty())
            return std::nullopt;
        StoredSample sample = std::move(queue.front());
        queue.pop_front();
        return sample;
    };
    auto finished = [&](const StoredSample& sample, QList<MetricScore> judgedScores) {
        SampleResult result = offline.score(sample);
        // Scores in the run's metric order, whatever finished first.
        QList<MetricScore> ordered;
        for (const QString& id : settings.metrics) {
            for (const QList<MetricScore>* list : { &result.scores, &judgedScores }) {
                for (const MetricScore& score : *list) {
                    if (score.metric == id)
                        ordered.append(score);
                }
            }
        }
        result.scores = std::move(ordered);
        result.weightedScore = weightedScore(result.scores, settings);
        pending.append(std::move(result));
        if (pending.size() >= kSaveBatch)
            save();
    };
    QCoro::waitFor(runner.run(next, finished, &cancelled));
    saveTimer.stop();
    save();
    // Each write above has committed before the weakest samples are read for the advice.
    bool ok = true;
    for (const QFuture<WriteResult>& write : std::as_const(writes)) {
        if (ok && !write.result().ok()) {
            *error = EvalError { ErrorCode::Internal,
                QStringLiteral("could not store scores: %1").arg(write.result().error), QStringLiteral("store"), {} };
            ok = false;
        }
    }
    QString adviceError;
    if (ok && !cancelled.load()) {
        RunRecord scored = m_run;
        scored.summary = reader.metricSummary(m_run.id);
        const JudgeAdvisor::Advice advice =
            QCoro::waitFor(JudgeAdvisor::write(&session, scored, reader.weakestSamples(m_run.id, kAdviceSamples)));
        if (!advice.markdown.isEmpty())
            m_writer.setRunJudgeAdvice(m_run.id, advice.markdown);
        adviceError = advice.error; // the rule-based advice stays
    }
    cache.flush();

    QJsonObject usage = addUsage(reader.runJudgeUsage(m_run.id).value_or(QJsonObject {}), session.stats().toJson());
    if (!adviceError.isEmpty())
        usage.insert(QStringLiteral("advice_error"), adviceError);
    m_writer.setRunJudgeUsage(m_run.id, usage);
    // Replies freed with deleteLater() while the loop ran are deleted here, on their thread.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return ok;
}

} // namespace evalbench

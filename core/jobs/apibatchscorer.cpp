// SPDX-License-Identifier: MIT
#include "jobs/apibatchscorer.h"

#include "jobs/apistatusbuilder.h"
#include "jobs/judgedscoring.h"
#include "jobs/runsummarizer.h"
#include "jobs/samplescorer.h"
#include "metrics/metricregistry.h"
#include "metrics/weightedscore.h"
#include "store/storewriter.h"

#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

namespace evalbench {

namespace {

constexpr qsizetype kMaxScorers = 64;

RunSettings settingsOf(const ScoreRequest& request)
{
    RunSettings settings;
    settings.metrics = request.metrics;
    settings.weights = request.weights;
    settings.ragasCompat = request.ragasCompat;
    return settings;
}

void merge(QMap<QString, MetricSummary>& summary, const SampleResult& result)
{
    for (const MetricScore& score : result.scores) {
        MetricSummary& metric = summary[score.metric];
        switch (score.status) {
        case ScoreStatus::Value:
            if (metric.scored == 0) {
                metric.min = metric.max = score.value;
                metric.mean = 0;
            }
            ++metric.scored;
            metric.mean += (score.value - metric.mean) / metric.scored;
            metric.min = std::min(metric.min, score.value);
            metric.max = std::max(metric.max, score.value);
            break;
        case ScoreStatus::Skipped:
            ++metric.skipped;
            break;
        case ScoreStatus::Failed:
            ++metric.nan;
            break;
        }
    }
}

ApiJobOutcome failed(const ApiQueuedJob& job, const QDateTime& finishedAt, const QString& error)
{
    return ApiJobOutcome { job.jobId, job.runId, JobState::Failed, finishedAt, error, std::nullopt };
}

} // namespace

ApiBatchScorer::ApiBatchScorer(StoreWriter& writer)
    : m_store(writer.databasePath())
    , m_jobs(writer.databasePath())
    , m_judged(writer)
{ }

ApiBatchScorer::~ApiBatchScorer() = default;

void ApiBatchScorer::loadRequests(QList<ApiQueuedJob>& jobs) const
{
    for (ApiQueuedJob& job : jobs) {
        if (job.request)
            continue;
        const QJsonObject payload = m_jobs.payload(job.jobId);
        if (!payload.isEmpty())
            job.request = std::make_shared<const ScoreRequest>(ScoreRequest::fromPayload(payload));
    }
}

std::shared_ptr<const SampleScorer> ApiBatchScorer::scorerFor(const ScoreRequest& request, QString* error)
{
    QString key = request.metrics.join(QLatin1Char(',')) + QLatin1Char('|');
    for (auto it = request.weights.cbegin(); it != request.weights.cend(); ++it)
        key += it.key() + QLatin1Char('=') + QString::number(it.value()) + QLatin1Char(',');
    key += request.ragasCompat ? QLatin1Char('r') : QLatin1Char('e');
    if (const auto found = m_scorers.constFind(key); found != m_scorers.cend())
        return *found;
    auto scorer = std::make_shared<const SampleScorer>(settingsOf(request), MetricRegistry::builtin());
    if (!scorer->unknownMetrics().isEmpty()) {
        *error = QStringLiteral("unknown metric(s): %1; `evalbench metrics` lists the known ones")
                     .arg(scorer->unknownMetrics().join(QStringLiteral(", ")));
        return nullptr;
    }
    if (m_scorers.size() >= kMaxScorers)
        m_scorers.clear();
    m_scorers.insert(key, scorer);
    return scorer;
}

ApiBatchScorer::RunAggregate& ApiBatchScorer::aggregate(const QString& runId, bool reload)
{
    auto it = m_runs.find(runId);
    if (it != m_runs.end() && !reload)
        return it.value();
    // What is committed: this loop is the only writer of API runs' scores, and it waits for
    // each batch's commit before the next.
    RunAggregate loaded;
    loaded.settings = m_store.run(runId).value_or(RunRecord {}).settings;
    loaded.summary = m_store.metricSummary(runId);
    return m_runs.insert(runId, loaded).value();
}

void ApiBatchScorer::forget(const QList<ApiRunUpdate>& runs)
{
    for (const ApiRunUpdate& run : runs)
        m_runs.remove(run.runId);
}

ApiBatchScorer::Batch ApiBatchScorer::score(const QList<ApiQueuedJob>& jobs, const QDateTime& finishedAt,
    const std::optional<JudgeProfile>& judge, const std::atomic<bool>* cancelled)
{
    struct Work
    {
        qsizetype job;
        std::shared_ptr<const SampleScorer> scorer;
        StoredSample sample;
    };
    Batch batch;
    QList<Work> work;
    QSet<QString> reload; // runs with samples scored outside this loop's aggregates
    QStringList runOrder;
    batch.outcomes.reserve(jobs.size());
    batch.statuses.reserve(jobs.size());
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        const ApiQueuedJob& job = jobs.at(i);
        if (!runOrder.contains(job.runId))
            runOrder.append(job.runId);
        ApiJobStatus status = apistatus::fromQueued(job, JobState::Completed);
        QString error;
        if (!job.request) {
            error = QStringLiteral("the job's request is no longer stored");
        } else if (job.sampleKey <= 0) {
            error = QStringLiteral("the job's sample no longer exists (its run was cleared)");
        } else if (job.scored) {
            // Scored before a crash or stop: the stored scores stand.
            std::optional<double> weighted;
            const QList<MetricScore> scores = m_jobs.scores(job.sampleKey, &weighted);
            apistatus::setScores(status, scores, weighted);
            apistatus::setFinished(status, finishedAt);
            batch.outcomes.append(ApiJobOutcome { job.jobId, job.runId, JobState::Completed, finishedAt, {}, {} });
            batch.statuses.append(status);
            reload.insert(job.runId);
            continue;
        } else if (auto scorer = scorerFor(*job.request, &error)) {
            StoredSample sample;
            sample.index = job.sampleIndex;
            sample.key = job.sampleKey;
            sample.sample = job.request->sample;
            work.append(Work { batch.outcomes.size(), std::move(scorer), std::move(sample) });
            batch.outcomes.append(ApiJobOutcome { job.jobId, job.runId, JobState::Completed, finishedAt, {}, {} });
            batch.statuses.append(status);
            continue;
        }
        status.state = JobState::Failed;
        status.error = error;
        apistatus::setFinished(status, finishedAt);
        batch.outcomes.append(failed(job, finishedAt, error));
        batch.statuses.append(status);
    }

    const auto scoreOne = [](const Work& item) { return item.scorer->score(item.sample); };
    QList<SampleResult> results = work.size() < 16
        ? [&] {
              QList<SampleResult> sequential;
              for (const Work& item : std::as_const(work))
                  sequential.append(scoreOne(item));
              return sequential;
          }()
        : QtConcurrent::blockingMapped<QList<SampleResult>>(QThreadPool::globalInstance(), work, scoreOne);

    QSet<qsizetype> unfinished; // jobs (by index) a stop cut short while they were judged
    if (judge) {
        // The judged metrics replace the offline scorer's "needs an LLM judge" NaN.
        QList<ApiJudgedScorer::Item> items;
        QList<qsizetype> itemWork; // work index of each item
        for (qsizetype i = 0; i < work.size(); ++i) {
            const ScoreRequest& request = *jobs.at(work.at(i).job).request;
            const QStringList judged = JudgedScoring::judgedMetrics(settingsOf(request));
            if (judged.isEmpty())
                continue;
            items.append(ApiJudgedScorer::Item {
                work.at(i).sample, judged, request.judgeModel, request.embeddingModel, {}, false });
            itemWork.append(i);
        }
        const std::atomic<bool> never = false;
        if (!items.isEmpty())
            m_judged.score(*judge, items, cancelled ? *cancelled : never);
        for (qsizetype k = 0; k < items.size(); ++k) {
            const qsizetype i = itemWork.at(k);
            if (!items.at(k).judged) {
                unfinished.insert(work.at(i).job);
                continue;
            }
            SampleResult& result = results[i];
            for (const MetricScore& judgedScore : std::as_const(items.at(k).scores)) {
                for (MetricScore& score : result.scores) {
                    if (score.metric == judgedScore.metric)
                        score = judgedScore;
                }
            }
            result.weightedScore = weightedScore(result.scores, settingsOf(*jobs.at(work.at(i).job).request));
        }
    }

    for (const QString& runId : std::as_const(runOrder))
        aggregate(runId, reload.contains(runId));
    for (qsizetype i = 0; i < work.size(); ++i) {
        const qsizetype at = work.at(i).job;
        if (unfinished.contains(at))
            continue;
        ApiJobOutcome& outcome = batch.outcomes[at];
        outcome.result = results.at(i);
        ApiJobStatus& status = batch.statuses[at];
        apistatus::setScores(status, results.at(i).scores, results.at(i).weightedScore);
        apistatus::setFinished(status, finishedAt);
        merge(m_runs[outcome.runId].summary, results.at(i));
    }
    for (const QString& runId : std::as_const(runOrder)) {
        const RunAggregate& run = m_runs[runId];
        batch.runs.append(ApiRunUpdate { runId, run.summary, runWeightedScore(run.summary, run.settings) });
    }
    if (!unfinished.isEmpty()) {
        Batch finished;
        finished.runs = std::move(batch.runs);
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            if (unfinished.contains(i)) {
                finished.unfinished.append(jobs.at(i));
                continue;
            }
            finished.outcomes.append(batch.outcomes.at(i));
            finished.statuses.append(batch.statuses.at(i));
        }
        return finished;
    }
    return batch;
}

} // namespace evalbench

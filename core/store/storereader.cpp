// SPDX-License-Identifier: MIT
#include "store/storereader.h"

#include "store/connectionpool.h"
#include "store/sqlcodec.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace evalbench {

namespace {

const QString kRunColumns =
    QStringLiteral("id, name, kind, source, status, created_at, finished_at, sample_count, scored_count, dataset_path, "
                   "settings_json, summary_json, weighted_score, error");

RunRecord runFromQuery(const QSqlQuery& query)
{
    RunRecord run;
    run.id = query.value(0).toString();
    run.name = query.value(1).toString();
    run.kind = query.value(2).toString();
    run.source = query.value(3).toString();
    run.status = runStatusFromName(query.value(4).toString()).value_or(RunStatus::Failed);
    run.createdAt = sqlcodec::toTime(query.value(5));
    run.finishedAt = sqlcodec::toTime(query.value(6));
    run.sampleCount = query.value(7).toInt();
    run.scoredCount = query.value(8).toInt();
    run.datasetPath = query.value(9).toString();
    run.settings = RunSettings::fromJson(sqlcodec::toObject(query.value(10)));
    const QJsonObject summary = sqlcodec::toObject(query.value(11));
    for (auto it = summary.begin(); it != summary.end(); ++it)
        run.summary.insert(it.key(), MetricSummary::fromJson(it.value().toObject()));
    run.weightedScore = sqlcodec::toNumber(query.value(12));
    run.error = query.value(13).toString();
    return run;
}

const QString kJobColumns =
    QStringLiteral("id, run_id, kind, state, created_at, started_at, finished_at, done, total, error, payload_json");

JobRecord jobFromQuery(const QSqlQuery& query)
{
    JobRecord job;
    job.id = query.value(0).toString();
    job.runId = query.value(1).toString();
    job.kind = query.value(2).toString();
    job.state = jobStateFromName(query.value(3).toString()).value_or(JobState::Failed);
    job.createdAt = sqlcodec::toTime(query.value(4));
    job.startedAt = sqlcodec::toTime(query.value(5));
    job.finishedAt = sqlcodec::toTime(query.value(6));
    job.done = query.value(7).toInt();
    job.total = query.value(8).toInt();
    job.error = query.value(9).toString();
    job.payload = sqlcodec::toObject(query.value(10));
    return job;
}

// Samples with their outcome (a row in sample_outcomes once scored).
const QString kSampleColumns = QStringLiteral(
    "s.idx, s.sample_id, s.question, s.answer, s.contexts_json, s.ground_truth, s.reference_contexts_json, "
    "s.context_metadata_json, s.metadata_json, o.sample_key IS NOT NULL, o.weighted_score, s.sample_key "
    "FROM samples s LEFT JOIN sample_outcomes o ON o.sample_key = s.sample_key");
// The same without the bulky list and metadata columns (read back as absent).
const QString kSampleColumnsWithoutLists = QStringLiteral(
    "s.idx, s.sample_id, s.question, s.answer, NULL, s.ground_truth, NULL, NULL, NULL, o.sample_key IS NOT NULL, "
    "o.weighted_score, s.sample_key FROM samples s LEFT JOIN sample_outcomes o ON o.sample_key = s.sample_key");

StoredSample sampleFromQuery(const QSqlQuery& query)
{
    StoredSample stored;
    stored.index = query.value(0).toInt();
    Sample& sample = stored.sample;
    sample.id = query.value(1).toString();
    sample.question = query.value(2).toString();
    sample.answer = sqlcodec::toText(query.value(3));
    sample.contexts = sqlcodec::toList(query.value(4));
    sample.groundTruth = sqlcodec::toText(query.value(5));
    sample.referenceContexts = sqlcodec::toList(query.value(6));
    sample.contextMetadata = sqlcodec::toArray(query.value(7));
    sample.metadata = sqlcodec::toObject(query.value(8));
    stored.scored = query.value(9).toBool();
    stored.weightedScore = sqlcodec::toNumber(query.value(10));
    stored.key = query.value(11).toLongLong();
    return stored;
}

} // namespace

StoreReader::StoreReader(QString databasePath)
    : m_path(std::move(databasePath))
{ }

QList<RunRecord> StoreReader::runs(const RunQuery& runQuery) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT ") + kRunColumns + QStringLiteral(" FROM runs WHERE status != 'importing'");
    if (!runQuery.search.isEmpty())
        sql += QStringLiteral(" AND (name LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\')");
    if (runQuery.afterCreatedAt)
        sql += QStringLiteral(" AND (created_at, id) < (?, ?)");
    sql += QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?");
    query.prepare(sql);
    if (!runQuery.search.isEmpty()) {
        QString pattern = runQuery.search;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        query.addBindValue(pattern);
        query.addBindValue(pattern);
    }
    if (runQuery.afterCreatedAt) {
        query.addBindValue(sqlcodec::time(*runQuery.afterCreatedAt));
        query.addBindValue(runQuery.afterId);
    }
    query.addBindValue(runQuery.limit);
    query.addBindValue(runQuery.offset);
    QList<RunRecord> runs;
    if (!query.exec())
        return runs;
    while (query.next())
        runs.append(runFromQuery(query));
    return runs;
}

int StoreReader::runCount() const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    if (query.exec(QStringLiteral("SELECT COUNT(*) FROM runs WHERE status != 'importing'")) && query.next())
        return query.value(0).toInt();
    return 0;
}

std::optional<RunRecord> StoreReader::run(const QString& runId) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.prepare(QStringLiteral("SELECT ") + kRunColumns + QStringLiteral(" FROM runs WHERE id = ?"));
    query.addBindValue(runId);
    if (query.exec() && query.next())
        return runFromQuery(query);
    return std::nullopt;
}

namespace {

// Attaches the scores of samples [first.index, last.index] in one query.
void attachScores(QSqlDatabase db, const QString& runId, QList<StoredSample>& samples)
{
    if (samples.isEmpty())
        return;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.idx, m.name, c.status, c.value, c.reason, c.evidence_json "
                                 "FROM samples s JOIN scores c ON c.sample_key = s.sample_key "
                                 "JOIN metric_names m ON m.metric_key = c.metric_key "
                                 "WHERE s.run_id = ? AND s.idx BETWEEN ? AND ? ORDER BY s.idx"));
    query.addBindValue(runId);
    query.addBindValue(samples.first().index);
    query.addBindValue(samples.last().index);
    if (!query.exec())
        return;
    qsizetype cursor = 0;
    while (query.next()) {
        const int index = query.value(0).toInt();
        while (cursor < samples.size() && samples[cursor].index < index)
            ++cursor;
        if (cursor >= samples.size() || samples[cursor].index != index)
            continue; // a sample outside this page (not in the filtered list)
        MetricScore score;
        score.metric = query.value(1).toString();
        score.status = ScoreStatus(query.value(2).toInt());
        if (score.status == ScoreStatus::Value)
            score.value = query.value(3).toDouble();
        score.reason = query.value(4).toString();
        score.evidence = sqlcodec::toObject(query.value(5));
        samples[cursor].scores.append(score);
    }
}

} // namespace

QList<StoredSample> StoreReader::samples(const QString& runId, int offset, int limit) const
{
    QSqlDatabase db = ConnectionPool::forCurrentThread(m_path);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + kSampleColumns
        + QStringLiteral(" WHERE s.run_id = ? AND s.idx >= ? ORDER BY s.idx LIMIT ?"));
    query.addBindValue(runId);
    query.addBindValue(offset);
    query.addBindValue(limit);
    QList<StoredSample> samples;
    if (!query.exec())
        return samples;
    while (query.next())
        samples.append(sampleFromQuery(query));
    query.finish();
    attachScores(db, runId, samples);
    return samples;
}

void StoreReader::forEachPage(const QString& runId, const std::function<bool(const QList<StoredSample>&)>& visit) const
{
    constexpr int kPage = 1000;
    int next = 0;
    for (;;) {
        const QList<StoredSample> page = samples(runId, next, kPage);
        if (!page.isEmpty() && !visit(page))
            return;
        if (page.size() < kPage)
            return;
        next = page.last().index + 1;
    }
}

void StoreReader::forEachSample(const QString& runId, const std::function<bool(const StoredSample&)>& visit) const
{
    forEachPage(runId, [&visit](const QList<StoredSample>& page) {
        for (const StoredSample& sample : page) {
            if (!visit(sample))
                return false;
        }
        return true;
    });
}

QList<StoredSample> StoreReader::unscoredSamples(const QString& runId, int afterIndex, int limit, bool withLists) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + (withLists ? kSampleColumns : kSampleColumnsWithoutLists)
        + QStringLiteral(" WHERE s.run_id = ? AND s.idx > ? AND o.sample_key IS NULL ORDER BY s.idx LIMIT ?"));
    query.addBindValue(runId);
    query.addBindValue(afterIndex);
    query.addBindValue(limit);
    QList<StoredSample> samples;
    if (!query.exec())
        return samples;
    while (query.next())
        samples.append(sampleFromQuery(query));
    return samples;
}

SampleKeyRange StoreReader::sampleKeyRange(const QString& runId) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    // Answered from the (run_id, idx) index alone: it holds each row's key.
    query.prepare(QStringLiteral("SELECT min(sample_key), max(sample_key), count(*) FROM samples WHERE run_id = ?"));
    query.addBindValue(runId);
    SampleKeyRange range;
    if (query.exec() && query.next() && query.value(2).toLongLong() > 0) {
        range.first = query.value(0).toLongLong();
        range.last = query.value(1).toLongLong();
        range.count = query.value(2).toLongLong();
    }
    return range;
}

bool StoreReader::readSampleHeadlines(
    const QString& runId, int questionChars, const std::function<bool(const SampleHeadline&)>& visit) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.setForwardOnly(true);
    // substr counts characters, so a question is never cut inside a UTF-8 sequence.
    query.prepare(QStringLiteral("SELECT s.idx, s.sample_key, s.sample_id, substr(s.question, 1, ?), "
                                 "o.sample_key IS NOT NULL, o.weighted_score FROM samples s "
                                 "LEFT JOIN sample_outcomes o ON o.sample_key = s.sample_key "
                                 "WHERE s.run_id = ? ORDER BY s.idx"));
    query.addBindValue(questionChars);
    query.addBindValue(runId);
    if (!query.exec())
        return false;
    SampleHeadline row;
    while (query.next()) {
        row.index = query.value(0).toInt();
        row.key = query.value(1).toLongLong();
        row.id = query.value(2).toString();
        row.questionStart = query.value(3).toString();
        row.scored = query.value(4).toBool();
        row.weightedScore = sqlcodec::toNumber(query.value(5));
        if (!visit(row))
            return false;
    }
    return true;
}

bool StoreReader::readScoreCells(
    const QString& runId, const SampleKeyRange& range, const std::function<bool(const ScoreCell&)>& visit) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.setForwardOnly(true);
    // qsqlite turns every column of every row into a QVariant, which costs more than SQLite
    // itself here: a cell is read as three columns. The third is the value for a scored cell
    // (REAL), else "status:reason" (TEXT; the reason says why it was skipped or is NaN).
    const QString columns = QStringLiteral("c.sample_key, c.metric_key, CASE c.status WHEN 0 THEN c.value ELSE "
                                           "c.status || ':' || coalesce(c.reason, '') END");
    if (range.consecutive()) {
        // One range of the scores table, read without a join.
        query.prepare(QStringLiteral("SELECT ") + columns
            + QStringLiteral(" FROM scores c WHERE c.sample_key BETWEEN ? AND ? ORDER BY c.sample_key"));
        query.addBindValue(range.first);
        query.addBindValue(range.last);
    } else {
        query.prepare(QStringLiteral("SELECT ") + columns
            + QStringLiteral(" FROM samples s JOIN scores c ON c.sample_key = s.sample_key "
                             "WHERE s.run_id = ? ORDER BY s.idx"));
        query.addBindValue(runId);
    }
    if (!query.exec())
        return false;
    ScoreCell cell;
    while (query.next()) {
        cell.sampleKey = query.value(0).toLongLong();
        cell.metricKey = query.value(1).toInt();
        const QVariant payload = query.value(2);
        if (payload.typeId() == QMetaType::QString) {
            const QString text = payload.toString();
            const qsizetype colon = text.indexOf(QLatin1Char(':'));
            cell.status = ScoreStatus(QStringView(text).left(colon).toInt());
            cell.value = 0;
            cell.reason = text.mid(colon + 1);
        } else {
            cell.status = ScoreStatus::Value;
            cell.value = payload.toDouble();
            cell.reason.clear();
        }
        if (!visit(cell))
            return false;
    }
    return true;
}

QHash<int, QString> StoreReader::metricNames() const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    QHash<int, QString> names;
    if (query.exec(QStringLiteral("SELECT metric_key, name FROM metric_names"))) {
        while (query.next())
            names.insert(query.value(0).toInt(), query.value(1).toString());
    }
    return names;
}

int StoreReader::scoredSampleCount(const QString& runId) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM samples s JOIN sample_outcomes o ON o.sample_key = s.sample_key "
                                 "WHERE s.run_id = ?"));
    query.addBindValue(runId);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

QList<StoredSample> StoreReader::weakestSamples(const QString& runId, int count) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.prepare(QStringLiteral("SELECT s.idx FROM samples s JOIN sample_outcomes o ON o.sample_key = s.sample_key "
                                 "WHERE s.run_id = ? AND o.weighted_score IS NOT NULL "
                                 "ORDER BY o.weighted_score, s.idx LIMIT ?"));
    query.addBindValue(runId);
    query.addBindValue(count);
    QList<int> indexes;
    if (query.exec()) {
        while (query.next())
            indexes.append(query.value(0).toInt());
    }
    query.finish();
    QList<StoredSample> weakest;
    for (int index : std::as_const(indexes))
        weakest += samples(runId, index, 1);
    return weakest;
}

QMap<QString, MetricSummary> StoreReader::metricSummary(const QString& runId) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.prepare(QStringLiteral(
        "SELECT m.name, AVG(CASE WHEN c.status = 0 THEN c.value END), MIN(CASE WHEN c.status = 0 THEN c.value END), "
        "MAX(CASE WHEN c.status = 0 THEN c.value END), SUM(c.status = 0), SUM(c.status = 1), SUM(c.status = 2) "
        "FROM samples s JOIN scores c ON c.sample_key = s.sample_key JOIN metric_names m ON m.metric_key = "
        "c.metric_key "
        "WHERE s.run_id = ? GROUP BY m.name"));
    query.addBindValue(runId);
    QMap<QString, MetricSummary> summary;
    if (!query.exec())
        return summary;
    while (query.next()) {
        MetricSummary metric;
        metric.mean = query.value(1).toDouble();
        metric.min = query.value(2).toDouble();
        metric.max = query.value(3).toDouble();
        metric.scored = query.value(4).toInt();
        metric.skipped = query.value(5).toInt();
        metric.nan = query.value(6).toInt();
        summary.insert(query.value(0).toString(), metric);
    }
    return summary;
}

std::optional<JobRecord> StoreReader::job(const QString& jobId) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.prepare(QStringLiteral("SELECT ") + kJobColumns + QStringLiteral(" FROM jobs WHERE id = ?"));
    query.addBindValue(jobId);
    if (query.exec() && query.next())
        return jobFromQuery(query);
    return std::nullopt;
}

QList<JobRecord> StoreReader::jobs(std::optional<JobState> state) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    if (state) {
        query.prepare(QStringLiteral("SELECT ") + kJobColumns
            + QStringLiteral(" FROM jobs WHERE state = ? ORDER BY created_at, id"));
        query.addBindValue(jobStateName(*state));
    } else {
        query.prepare(QStringLiteral("SELECT ") + kJobColumns + QStringLiteral(" FROM jobs ORDER BY created_at, id"));
    }
    QList<JobRecord> jobs;
    if (!query.exec())
        return jobs;
    while (query.next())
        jobs.append(jobFromQuery(query));
    return jobs;
}

QString StoreReader::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

std::optional<QJsonObject> StoreReader::mlResult(const QString& runId) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.prepare(QStringLiteral("SELECT result_json FROM ml_results WHERE run_id = ?"));
    query.addBindValue(runId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

QList<JudgeProfileRow> StoreReader::judgeProfiles() const
{
    QList<JudgeProfileRow> profiles;
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    if (!query.exec(QStringLiteral("SELECT id, name, profile_json FROM judge_profiles ORDER BY name")))
        return profiles;
    while (query.next())
        profiles.append({ query.value(0).toString(), query.value(1).toString(),
            QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object() });
    return profiles;
}

std::optional<JudgeCacheRow> StoreReader::judgeAnswer(const QString& requestHash) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.prepare(QStringLiteral(
        "SELECT model, answer_json, prompt_tokens, completion_tokens FROM judge_cache WHERE request_hash = ?"));
    query.addBindValue(requestHash);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return JudgeCacheRow { requestHash, query.value(0).toString(),
        QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object(), query.value(2).toLongLong(),
        query.value(3).toLongLong() };
}

std::optional<QJsonObject> StoreReader::runJudgeUsage(const QString& runId) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.prepare(QStringLiteral("SELECT usage_json FROM run_judge_usage WHERE run_id = ?"));
    query.addBindValue(runId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

std::optional<QString> StoreReader::runJudgeAdvice(const QString& runId) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.prepare(QStringLiteral("SELECT advice_markdown FROM run_judge_usage WHERE run_id = ?"));
    query.addBindValue(runId);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return std::nullopt;
    return query.value(0).toString();
}

RunAnnotations StoreReader::annotations(const QString& runId) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.idx, a.metric, a.score, a.label, a.comment, a.author, a.updated_at "
                                 "FROM sample_annotations a JOIN samples s ON s.sample_key = a.sample_key "
                                 "WHERE s.run_id = ? ORDER BY s.idx, a.metric"));
    query.addBindValue(runId);
    RunAnnotations annotations;
    if (!query.exec())
        return annotations;
    while (query.next()) {
        SampleAnnotation annotation;
        annotation.metric = query.value(1).toString();
        annotation.score = sqlcodec::toNumber(query.value(2));
        annotation.label = query.value(3).toString();
        annotation.comment = query.value(4).toString();
        annotation.author = query.value(5).toString();
        annotation.updatedAt = sqlcodec::toTime(query.value(6));
        annotations[query.value(0).toInt()].append(annotation);
    }
    return annotations;
}

QList<TrendSeries> StoreReader::trendSeries() const
{
    // `dataset_path > ''` keeps the first half on the covering index runs_by_dataset (API runs
    // have no dataset path); the second half reads only the API runs. Runs still importing are
    // counted: they are few and short-lived, and the count is not worth a table scan.
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.setForwardOnly(true);
    QList<TrendSeries> series;
    if (!query.exec(QStringLiteral(
            "SELECT 0, dataset_path, COUNT(*), MAX(created_at) FROM runs WHERE dataset_path > '' GROUP BY dataset_path "
            "UNION ALL SELECT 1, name, COUNT(*), MAX(created_at) FROM runs "
            "WHERE dataset_path IS NULL AND source = 'api' GROUP BY name ORDER BY 4 DESC, 2")))
        return series;
    while (query.next()) {
        TrendSeries one;
        one.kind = query.value(0).toInt() == 0 ? TrendSeries::Kind::Dataset : TrendSeries::Kind::ApiName;
        one.key = query.value(1).toString();
        one.runCount = query.value(2).toInt();
        one.lastRunAt = sqlcodec::toTime(query.value(3));
        series.append(one);
    }
    return series;
}

QList<TrendPoint> StoreReader::trendPoints(const TrendSeries& series) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.setForwardOnly(true);
    const QString columns = QStringLiteral("SELECT id, name, created_at, scored_count, weighted_score, summary_json "
                                           "FROM runs WHERE summary_json IS NOT NULL AND status != 'importing' AND ");
    query.prepare(columns
        + (series.kind == TrendSeries::Kind::Dataset ? QStringLiteral("dataset_path = ?")
                                                     : QStringLiteral("name = ? AND source = 'api'"))
        + QStringLiteral(" ORDER BY created_at, id"));
    query.addBindValue(series.key);
    QList<TrendPoint> points;
    if (!query.exec())
        return points;
    while (query.next()) {
        TrendPoint point;
        point.runId = query.value(0).toString();
        point.runName = query.value(1).toString();
        point.createdAt = sqlcodec::toTime(query.value(2));
        point.scoredCount = query.value(3).toInt();
        point.weightedScore = sqlcodec::toNumber(query.value(4));
        const QJsonObject summary = sqlcodec::toObject(query.value(5));
        for (auto it = summary.begin(); it != summary.end(); ++it)
            point.summary.insert(it.key(), MetricSummary::fromJson(it.value().toObject()));
        points.append(point);
    }
    return points;
}

QList<SampleTime> StoreReader::apiSampleTimes(const QString& runId) const
{
    // From the run's jobs (jobs_by_run) to their api_jobs row (unique job_id) to the sample
    // (primary key): no scan of another run's jobs.
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.idx, COALESCE(j.finished_at, j.created_at) FROM jobs j "
                                 "JOIN api_jobs a ON a.job_id = j.id JOIN samples s ON s.sample_key = a.sample_key "
                                 "WHERE j.run_id = ? AND s.run_id = j.run_id ORDER BY s.idx"));
    query.addBindValue(runId);
    QList<SampleTime> times;
    if (!query.exec())
        return times;
    while (query.next())
        times.append({ query.value(0).toInt(), sqlcodec::toTime(query.value(1)) });
    return times;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "store/apijobreader.h"

#include "store/connectionpool.h"
#include "store/sqlcodec.h"

#include <QHash>
#include <QSqlQuery>

namespace evalbench {

namespace {

const QString kColumns = QStringLiteral(
    "j.id, j.run_id, j.kind, j.state, j.created_at, j.started_at, j.finished_at, j.done, j.total, j.error, "
    "a.sample_key, s.idx, s.question, o.sample_key IS NOT NULL, o.weighted_score, a.seq, %1 "
    "FROM api_jobs a JOIN jobs j ON j.id = a.job_id LEFT JOIN samples s ON s.sample_key = a.sample_key "
    "LEFT JOIN sample_outcomes o ON o.sample_key = a.sample_key");
constexpr int kPayloadColumn = 16;

QString columns(bool withPayload)
{
    return kColumns.arg(withPayload ? QStringLiteral("j.payload_json, s.sample_id, s.answer, s.contexts_json, "
                                                     "s.ground_truth, s.reference_contexts_json, "
                                                     "s.context_metadata_json, s.metadata_json")
                                    : QStringLiteral("NULL"));
}

// The stored payload leaves the sample out (it is stored once, as the run's sample): it is put
// back from the sample's columns, so the payload reads as ScoreRequest::toPayload() wrote it.
QJsonObject payloadFromQuery(const QSqlQuery& query)
{
    QJsonObject payload = sqlcodec::toObject(query.value(kPayloadColumn));
    if (payload.contains(QStringLiteral("sample")) || query.value(11).isNull())
        return payload;
    Sample sample;
    sample.id = query.value(kPayloadColumn + 1).toString();
    sample.question = query.value(12).toString();
    sample.answer = sqlcodec::toText(query.value(kPayloadColumn + 2));
    sample.contexts = sqlcodec::toList(query.value(kPayloadColumn + 3));
    sample.groundTruth = sqlcodec::toText(query.value(kPayloadColumn + 4));
    sample.referenceContexts = sqlcodec::toList(query.value(kPayloadColumn + 5));
    sample.contextMetadata = sqlcodec::toArray(query.value(kPayloadColumn + 6));
    sample.metadata = sqlcodec::toObject(query.value(kPayloadColumn + 7));
    payload.insert(QStringLiteral("sample"), sample.toJson());
    return payload;
}

StoredApiJob jobFromQuery(const QSqlQuery& query, bool withPayload)
{
    StoredApiJob stored;
    JobRecord& job = stored.job;
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
    // The sample's columns are NULL when it was deleted (sample_key is no foreign key).
    stored.sampleKey = query.value(11).isNull() ? 0 : query.value(10).toLongLong();
    stored.sampleIndex = query.value(11).isNull() ? -1 : query.value(11).toInt();
    stored.question = query.value(12).toString();
    stored.scored = query.value(13).toBool();
    stored.weightedScore = sqlcodec::toNumber(query.value(14));
    stored.seq = query.value(15).toLongLong();
    if (withPayload)
        job.payload = payloadFromQuery(query);
    return stored;
}

MetricScore scoreFromQuery(const QSqlQuery& query, int first)
{
    MetricScore score;
    score.metric = query.value(first).toString();
    score.status = ScoreStatus(query.value(first + 1).toInt());
    if (score.status == ScoreStatus::Value)
        score.value = query.value(first + 2).toDouble();
    score.reason = query.value(first + 3).toString();
    return score;
}

QString likePattern(const QString& text)
{
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

} // namespace

ApiJobReader::ApiJobReader(QString databasePath)
    : m_path(std::move(databasePath))
{ }

std::optional<StoredApiJob> ApiJobReader::job(const QString& jobId) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns(true) + QStringLiteral(" WHERE a.job_id = ?"));
    query.addBindValue(jobId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QList<StoredApiJob> found { jobFromQuery(query, true) };
    query.finish();
    attachScores(found);
    return found.first();
}

QList<StoredApiJob> ApiJobReader::jobs(const StoredApiJobQuery& jobQuery, int* total) const
{
    QSqlDatabase db = ConnectionPool::forCurrentThread(m_path);
    QString where = QStringLiteral(" WHERE 1");
    if (jobQuery.state)
        where += QStringLiteral(" AND j.state = ?");
    if (!jobQuery.search.isEmpty())
        where += QStringLiteral(" AND s.question LIKE ? ESCAPE '\\'");
    const auto bindFilters = [&jobQuery](QSqlQuery& query) {
        if (jobQuery.state)
            query.addBindValue(jobStateName(*jobQuery.state));
        if (!jobQuery.search.isEmpty())
            query.addBindValue(likePattern(jobQuery.search));
    };

    if (total) {
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM api_jobs a JOIN jobs j ON j.id = a.job_id "
                                     "LEFT JOIN samples s ON s.sample_key = a.sample_key")
            + where);
        bindFilters(count);
        *total = count.exec() && count.next() ? count.value(0).toInt() : 0;
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT ") + columns(true) + where + QStringLiteral(" ORDER BY a.seq DESC LIMIT ? OFFSET ?"));
    bindFilters(query);
    query.addBindValue(jobQuery.limit);
    query.addBindValue(jobQuery.offset);
    QList<StoredApiJob> jobs;
    if (!query.exec())
        return jobs;
    while (query.next())
        jobs.append(jobFromQuery(query, true));
    query.finish();
    attachScores(jobs);
    return jobs;
}

qint64 ApiJobReader::lastSeq() const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    if (query.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM api_jobs")) && query.next())
        return query.value(0).toLongLong();
    return 0;
}

QList<StoredApiJob> ApiJobReader::unfinished(qint64 lastSeq) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns(false)
        + QStringLiteral(" WHERE j.state IN ('queued', 'running') AND a.seq <= ? ORDER BY a.seq"));
    query.addBindValue(lastSeq);
    QList<StoredApiJob> jobs;
    if (!query.exec())
        return jobs;
    while (query.next())
        jobs.append(jobFromQuery(query, false));
    return jobs;
}

QJsonObject ApiJobReader::payload(const QString& jobId) const
{
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns(true) + QStringLiteral(" WHERE a.job_id = ?"));
    query.addBindValue(jobId);
    if (!query.exec() || !query.next())
        return {};
    return payloadFromQuery(query);
}

QList<MetricScore> ApiJobReader::scores(qint64 sampleKey, std::optional<double>* weighted) const
{
    StoredApiJob one;
    one.sampleKey = sampleKey;
    one.scored = true;
    QList<StoredApiJob> list { one };
    attachScores(list);
    if (weighted) {
        QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
        query.prepare(QStringLiteral("SELECT weighted_score FROM sample_outcomes WHERE sample_key = ?"));
        query.addBindValue(sampleKey);
        *weighted = query.exec() && query.next() ? sqlcodec::toNumber(query.value(0)) : std::nullopt;
    }
    return list.first().scores;
}

void ApiJobReader::attachScores(QList<StoredApiJob>& jobs) const
{
    QHash<qint64, qsizetype> bySample;
    QStringList placeholders;
    for (qsizetype i = 0; i < jobs.size(); ++i) {
        if (jobs[i].scored && jobs[i].sampleKey > 0) {
            bySample.insert(jobs[i].sampleKey, i);
            placeholders.append(QStringLiteral("?"));
        }
    }
    if (bySample.isEmpty())
        return;
    QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.sample_key, m.name, c.status, c.value, c.reason FROM scores c "
                                 "JOIN metric_names m ON m.metric_key = c.metric_key WHERE c.sample_key IN (")
        + placeholders.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY c.sample_key, c.metric_key"));
    for (auto it = bySample.cbegin(); it != bySample.cend(); ++it)
        query.addBindValue(it.key());
    if (!query.exec())
        return;
    while (query.next()) {
        const auto it = bySample.constFind(query.value(0).toLongLong());
        if (it != bySample.cend())
            jobs[*it].scores.append(scoreFromQuery(query, 1));
    }
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "store/apijobwrites.h"

#include "store/sqlcodec.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>

namespace evalbench {

namespace {

QString execError(QSqlQuery& query)
{
    return query.exec() ? QString() : query.lastError().text();
}

} // namespace

QSqlQuery& ApiJobWrites::statement(QSqlDatabase& db, const char* sql, QString* error)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(QString::fromLatin1(sql)))
            *error = query.lastError().text();
        it = m_statements.emplace(sql, query).first;
    }
    return it->second;
}

void ApiJobWrites::close()
{
    m_statements.clear();
    m_runs.clear();
}

ApiJobWrites::CachedRun* ApiJobWrites::runNamed(QSqlDatabase& db, const ApiJobInsert& insert, QString* error)
{
    if (const auto it = m_runs.find(insert.runName); it != m_runs.end())
        return &it.value();

    CachedRun run;
    QSqlQuery& find = statement(db,
        "SELECT id, settings_json FROM runs WHERE name = ? AND kind = 'rag' AND source = 'api' "
        "ORDER BY created_at DESC LIMIT 1",
        error);
    find.bindValue(0, insert.runName);
    if (!error->isEmpty() || !find.exec()) {
        *error = error->isEmpty() ? find.lastError().text() : *error;
        return nullptr;
    }
    const bool exists = find.next();
    if (exists) {
        run.id = find.value(0).toString();
        run.settings = RunSettings::fromJson(sqlcodec::toObject(find.value(1)));
    }
    find.finish();

    if (exists) {
        QSqlQuery& next = statement(db, "SELECT COALESCE(MAX(idx) + 1, 0) FROM samples WHERE run_id = ?", error);
        next.bindValue(0, run.id);
        if (!error->isEmpty() || !next.exec() || !next.next()) {
            *error = error->isEmpty() ? next.lastError().text() : *error;
            return nullptr;
        }
        run.nextIndex = next.value(0).toInt();
        next.finish();
    } else {
        RunRecord created = insert.newRun;
        if (created.id.isEmpty())
            created.id = RunRecord::newId(created.createdAt);
        QSqlQuery& add = statement(db,
            "INSERT INTO runs (id, name, kind, source, status, created_at, sample_count, settings_json) "
            "VALUES (?, ?, ?, ?, 'running', ?, 0, ?)",
            error);
        add.bindValue(0, created.id);
        add.bindValue(1, insert.runName);
        add.bindValue(2, created.kind);
        add.bindValue(3, created.source);
        add.bindValue(4, sqlcodec::time(created.createdAt));
        add.bindValue(5, sqlcodec::json(created.settings.toJson()));
        if (!error->isEmpty() || !add.exec()) {
            *error = error->isEmpty() ? add.lastError().text() : *error;
            return nullptr;
        }
        run.id = created.id;
        run.settings = created.settings;
    }
    return &m_runs.insert(insert.runName, run).value();
}

QString ApiJobWrites::accept(QSqlDatabase& db, const QList<ApiAcceptBatch::Row>& rows, QList<ApiJobInserted>* outcomes)
{
    QString error;
    QSqlQuery& findRequest = statement(db,
        "SELECT r.job_id, j.run_id, a.sample_key, s.idx, a.seq FROM api_requests r JOIN jobs j ON j.id = r.job_id "
        "LEFT JOIN api_jobs a ON a.job_id = r.job_id LEFT JOIN samples s ON s.sample_key = a.sample_key "
        "WHERE r.request_id = ?",
        &error);
    QSqlQuery& insertSample = statement(db,
        "INSERT INTO samples (run_id, idx, sample_id, question, answer, contexts_json, ground_truth, "
        "reference_contexts_json, context_metadata_json, metadata_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        &error);
    QSqlQuery& insertJob = statement(db,
        "INSERT INTO jobs (id, run_id, kind, state, created_at, total, payload_json) VALUES (?, ?, ?, ?, ?, 1, ?)",
        &error);
    QSqlQuery& insertApiJob = statement(db, "INSERT INTO api_jobs (job_id, sample_key) VALUES (?, ?)", &error);
    QSqlQuery& insertRequest = statement(db, "INSERT INTO api_requests (request_id, job_id) VALUES (?, ?)", &error);
    if (!error.isEmpty())
        return error;

    QHash<QString, qsizetype> requestsInBatch; // request id -> outcome of its first job
    QHash<QString, int> added; // run name -> samples added
    QSet<QString> settingsChanged; // run names
    outcomes->reserve(rows.size());
    for (const ApiAcceptBatch::Row& row : rows) {
        const ApiJobInsert& insert = row.insert;
        if (!insert.requestId.isEmpty()) {
            if (const auto first = requestsInBatch.constFind(insert.requestId); first != requestsInBatch.cend()) {
                ApiJobInserted repeated = outcomes->at(*first);
                repeated.duplicate = true;
                outcomes->append(repeated);
                continue;
            }
            findRequest.bindValue(0, insert.requestId);
            if (QString failed = execError(findRequest); !failed.isEmpty())
                return failed;
            if (findRequest.next()) {
                ApiJobInserted repeated;
                repeated.jobId = findRequest.value(0).toString();
                repeated.runId = findRequest.value(1).toString();
                repeated.sampleKey = findRequest.value(2).toLongLong();
                repeated.sampleIndex = findRequest.value(3).isNull() ? -1 : findRequest.value(3).toInt();
                repeated.seq = findRequest.value(4).toLongLong();
                repeated.duplicate = true;
                findRequest.finish();
                outcomes->append(repeated);
                continue;
            }
            findRequest.finish();
        }

        CachedRun* run = runNamed(db, insert, &error);
        if (!run)
            return error;
        for (const QString& metric : insert.metrics) {
            if (!run->settings.metrics.contains(metric)) {
                run->settings.metrics.append(metric);
                settingsChanged.insert(insert.runName);
            }
        }
        const int index = run->nextIndex++;
        const Sample& sample = insert.sample;
        insertSample.bindValue(0, run->id);
        insertSample.bindValue(1, index);
        insertSample.bindValue(2, sample.id);
        insertSample.bindValue(3, sample.question);
        insertSample.bindValue(4, row.answer);
        insertSample.bindValue(5, row.contexts);
        insertSample.bindValue(6, row.groundTruth);
        insertSample.bindValue(7, row.referenceContexts);
        insertSample.bindValue(8, row.contextMetadata);
        insertSample.bindValue(9, row.metadata);
        if (QString failed = execError(insertSample); !failed.isEmpty())
            return failed;
        const qint64 sampleKey = insertSample.lastInsertId().toLongLong();

        insertJob.bindValue(0, insert.job.id);
        insertJob.bindValue(1, run->id);
        insertJob.bindValue(2, insert.job.kind);
        insertJob.bindValue(3, jobStateName(insert.job.state));
        insertJob.bindValue(4, row.createdAt);
        insertJob.bindValue(5, row.payload);
        if (QString failed = execError(insertJob); !failed.isEmpty())
            return failed;
        insertApiJob.bindValue(0, insert.job.id);
        insertApiJob.bindValue(1, sampleKey);
        if (QString failed = execError(insertApiJob); !failed.isEmpty())
            return failed;
        const qint64 seq = insertApiJob.lastInsertId().toLongLong();
        if (!insert.requestId.isEmpty()) {
            insertRequest.bindValue(0, insert.requestId);
            insertRequest.bindValue(1, insert.job.id);
            if (QString failed = execError(insertRequest); !failed.isEmpty())
                return failed;
            requestsInBatch.insert(insert.requestId, outcomes->size());
        }
        ++added[insert.runName];
        outcomes->append(ApiJobInserted { insert.job.id, run->id, sampleKey, index, false, seq });
    }

    // One update per run and batch, not per sample.
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        const CachedRun& run = m_runs[it.key()];
        const bool withSettings = settingsChanged.contains(it.key());
        QSqlQuery& update = withSettings
            ? statement(db,
                "UPDATE runs SET status = 'running', finished_at = NULL, sample_count = sample_count + ?, "
                "settings_json = ? WHERE id = ?",
                &error)
            : statement(db,
                "UPDATE runs SET status = 'running', finished_at = NULL, sample_count = sample_count + ? "
                "WHERE id = ?",
                &error);
        if (!error.isEmpty())
            return error;
        int column = 0;
        update.bindValue(column++, it.value());
        if (withSettings)
            update.bindValue(column++, sqlcodec::json(run.settings.toJson()));
        update.bindValue(column, run.id);
        if (QString failed = execError(update); !failed.isEmpty())
            return failed;
    }
    return {};
}

QString ApiJobWrites::finish(
    QSqlDatabase& db, const QList<ApiJobOutcome>& jobs, const QList<ApiRunUpdate>& runs, QStringList* drained)
{
    QString error;
    // Every job of the batch in one statement: [[state, finished_at, error, id], ...] as one JSON
    // parameter (strings only, so nothing is rounded on the way).
    QSqlQuery& updateJobs = statement(db,
        "UPDATE jobs SET state = json_extract(e.value, '$[0]'), finished_at = json_extract(e.value, '$[1]'), "
        "error = json_extract(e.value, '$[2]'), done = total FROM json_each(?) AS e "
        "WHERE jobs.id = json_extract(e.value, '$[3]')",
        &error);
    QSqlQuery& updateRun = statement(db,
        "UPDATE runs SET summary_json = ?, weighted_score = ?, scored_count = scored_count + ? WHERE id = ?", &error);
    QSqlQuery& countScored = statement(db, "UPDATE runs SET scored_count = scored_count + ? WHERE id = ?", &error);
    // Through jobs_by_state: the open jobs are few (the backlog), a run's jobs may be many.
    QSqlQuery& open = statement(db,
        "SELECT EXISTS (SELECT 1 FROM jobs INDEXED BY jobs_by_state WHERE state IN ('queued', 'running') "
        "AND run_id = ?)",
        &error);
    QSqlQuery& complete = statement(db, "UPDATE runs SET status = 'completed', finished_at = ? WHERE id = ?", &error);
    if (!error.isEmpty())
        return error;

    QStringList runOrder;
    QHash<QString, int> scored; // run id -> samples scored by this batch
    QHash<QString, QDateTime> lastFinished;
    QJsonArray finalStates;
    for (const ApiJobOutcome& job : jobs) {
        finalStates.append(QJsonArray { jobStateName(job.state),
            job.finishedAt.isValid() ? QJsonValue(sqlcodec::time(job.finishedAt).toString())
                                     : QJsonValue(QJsonValue::Null),
            job.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(job.error), job.jobId });
        if (!scored.contains(job.runId))
            runOrder.append(job.runId);
        scored[job.runId] += job.result ? 1 : 0;
        QDateTime& last = lastFinished[job.runId];
        if (!last.isValid() || last < job.finishedAt)
            last = job.finishedAt;
    }
    if (!finalStates.isEmpty()) {
        updateJobs.bindValue(0, sqlcodec::json(finalStates));
        if (QString failed = execError(updateJobs); !failed.isEmpty())
            return failed;
    }
    for (const ApiRunUpdate& run : runs) {
        QJsonObject summary;
        for (auto it = run.summary.cbegin(); it != run.summary.cend(); ++it)
            summary.insert(it.key(), it.value().toJson());
        updateRun.bindValue(0, sqlcodec::json(summary));
        updateRun.bindValue(1, sqlcodec::number(run.weightedScore));
        updateRun.bindValue(2, scored.take(run.runId));
        updateRun.bindValue(3, run.runId);
        if (QString failed = execError(updateRun); !failed.isEmpty())
            return failed;
    }
    for (auto it = scored.cbegin(); it != scored.cend(); ++it) {
        if (it.value() == 0)
            continue;
        countScored.bindValue(0, it.value());
        countScored.bindValue(1, it.key());
        if (QString failed = execError(countScored); !failed.isEmpty())
            return failed;
    }
    for (const QString& runId : std::as_const(runOrder)) {
        open.bindValue(0, runId);
        if (QString failed = execError(open); !failed.isEmpty())
            return failed;
        const bool stillOpen = open.next() && open.value(0).toBool();
        open.finish();
        if (stillOpen)
            continue;
        complete.bindValue(0, sqlcodec::time(lastFinished.value(runId)));
        complete.bindValue(1, runId);
        if (QString failed = execError(complete); !failed.isEmpty())
            return failed;
        drained->append(runId);
    }
    return {};
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "store/storewriter.h"

#include "store/apiacceptbatch.h"
#include "store/apijobwrites.h"
#include "store/batchinserter.h"
#include "store/connectionpool.h"
#include "store/schemamigrator.h"
#include "store/sqlcodec.h"
#include "store/walcheckpointer.h"

#include <memory>

#include <QJsonDocument>
#include <QPromise>
#include <QSqlError>
#include <QSqlQuery>

namespace evalbench {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Runs a prepared statement; returns its error text, empty on success.
QString run(QSqlQuery& query)
{
    if (query.exec())
        return {};
    return query.lastError().text();
}

// Runs each statement with `runId` as its one parameter; stops at the first error.
QString runForRun(QSqlDatabase& db, std::initializer_list<const char*> statements, const QString& runId)
{
    for (const char* sql : statements) {
        QSqlQuery query(db);
        query.prepare(QString::fromLatin1(sql));
        query.addBindValue(runId);
        if (QString error = run(query); !error.isEmpty())
            return error;
    }
    return {};
}

// An overall annotation's metric is '' in the key; a null QString would bind as NULL.
QString storedMetric(const QString& metric)
{
    return metric.isNull() ? QStringLiteral("") : metric;
}

QString openAndMigrate(const QString& path)
{
    QString error;
    QSqlDatabase db = ConnectionPool::forCurrentThread(path, &error);
    if (!db.isValid() || !db.isOpen())
        return QStringLiteral("cannot open %1: %2").arg(path, error);
    // The version check comes first: a newer file must not be touched, not even
    // switched to WAL.
    if (SchemaMigrator::currentVersion(db) > SchemaMigrator::latestVersion())
        return SchemaMigrator::migrate(db, path);
    {
        // Scoped: an unfinished statement would keep the migration from committing.
        QSqlQuery pragma(db);
        // 16 KiB pages hold several ~2 KiB samples each (4 KiB pages held one and wasted the
        // rest), so large runs write far fewer bytes. Only takes effect on a new, empty file.
        if (SchemaMigrator::currentVersion(db) == 0 && !pragma.exec(QStringLiteral("PRAGMA page_size=16384")))
            return pragma.lastError().text();
        if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
            return pragma.lastError().text();
        // The WalCheckpointer copies the log into the file in the background; this connection
        // checkpoints only at 8,000 frames (128 MiB of 16 KiB pages), to let the log start over.
        // That checkpoint holds the writer up for an fsync of what the checkpointer has not yet
        // synced. 8,000 gave 1.3x the accepted posts/s of 2,000 while the checkpointer waited
        // 100 ms; now that it waits 10 ms, 1,000-8,000 measure alike, and 32,000 raised p99 from
        // 12-18 ms to 87-94 ms (not profiled further).
        // A log that grew past the limit anyway (a long reader) is cut back to it once rewound.
        for (const char* sql : { "PRAGMA wal_autocheckpoint=8000", "PRAGMA journal_size_limit=134217728" }) {
            if (!pragma.exec(QString::fromLatin1(sql)))
                return pragma.lastError().text();
        }
    }
    return SchemaMigrator::migrate(db, path);
}

} // namespace

StoreWriter::StoreWriter(QString databasePath)
    : m_path(std::move(databasePath))
    , m_api(std::make_unique<ApiJobWrites>())
{
    m_thread.setObjectName(QStringLiteral("evalbench-store-writer"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_context, [this] { m_openError = openAndMigrate(m_path); }, Qt::BlockingQueuedConnection);
    if (m_openError.isEmpty())
        m_checkpointer = std::make_unique<WalCheckpointer>(m_path);
}

StoreWriter::~StoreWriter()
{
    flush();
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_api->close(); // prepared statements go before the connection
            m_batchStatements.clear();
            ConnectionPool::closeForCurrentThread(m_path);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreWriter::flush()
{
    QMetaObject::invokeMethod(
        m_context, [] {}, Qt::BlockingQueuedConnection);
}

QFuture<WriteResult> StoreWriter::transact(std::function<QString(QSqlDatabase&)> work)
{
    auto promise = std::make_shared<QPromise<WriteResult>>();
    QFuture<WriteResult> future = promise->future();
    promise->start();
    QMetaObject::invokeMethod(
        m_context,
        [this, promise, work = std::move(work)] {
            WriteResult result;
            if (!m_openError.isEmpty()) {
                result.error = m_openError;
            } else {
                QSqlDatabase db = ConnectionPool::forCurrentThread(m_path);
                if (!db.transaction()) {
                    result.error = db.lastError().text();
                } else {
                    result.error = work(db);
                    if (result.error.isEmpty() && !db.commit())
                        result.error = db.lastError().text();
                    if (result.error.isEmpty())
                        m_checkpointer->poke();
                    if (!result.error.isEmpty()) {
                        db.rollback();
                        m_metricKeys.clear(); // may name keys the rollback removed
                        m_api->reset(); // may name runs the rollback removed
                    }
                }
            }
            promise->addResult(result);
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

QFuture<WriteResult> StoreWriter::insertRunWithJob(const RunRecord& run, const JobRecord& job)
{
    return transact([run, job](QSqlDatabase& db) -> QString {
        QSqlQuery insertRun(db);
        insertRun.prepare(QStringLiteral(
            "INSERT INTO runs (id, name, kind, source, status, created_at, sample_count, dataset_path, settings_json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insertRun.addBindValue(run.id);
        insertRun.addBindValue(run.name);
        insertRun.addBindValue(run.kind);
        insertRun.addBindValue(run.source);
        insertRun.addBindValue(runStatusName(run.status));
        insertRun.addBindValue(sqlcodec::time(run.createdAt));
        insertRun.addBindValue(run.sampleCount);
        insertRun.addBindValue(run.datasetPath);
        insertRun.addBindValue(sqlcodec::json(run.settings.toJson()));
        if (QString error = evalbench::run(insertRun); !error.isEmpty())
            return error;
        QSqlQuery insertJob(db);
        insertJob.prepare(QStringLiteral("INSERT INTO jobs (id, run_id, kind, state, created_at, total, payload_json) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        insertJob.addBindValue(job.id);
        insertJob.addBindValue(job.runId);
        insertJob.addBindValue(job.kind);
        insertJob.addBindValue(jobStateName(job.state));
        insertJob.addBindValue(sqlcodec::time(job.createdAt));
        insertJob.addBindValue(job.total);
        insertJob.addBindValue(sqlcodec::json(job.payload));
        return evalbench::run(insertJob);
    });
}

QFuture<WriteResult> StoreWriter::appendSamples(const QString& runId, int firstIndex, const QList<Sample>& samples)
{
    return transact([this, runId, firstIndex, samples](QSqlDatabase& db) -> QString {
        BatchInserter insert(db,
            QStringLiteral(
                "INSERT INTO samples (run_id, idx, sample_id, question, answer, contexts_json, ground_truth, "
                "reference_contexts_json, context_metadata_json, metadata_json) VALUES"),
            10, 50, &m_batchStatements);
        int index = firstIndex;
        for (const Sample& sample : samples) {
            const QString error = insert.addRow({ runId, index++, sample.id, sample.question,
                sqlcodec::text(sample.answer), sqlcodec::list(sample.contexts), sqlcodec::text(sample.groundTruth),
                sqlcodec::list(sample.referenceContexts), sqlcodec::json(sample.contextMetadata),
                sqlcodec::json(sample.metadata) });
            if (!error.isEmpty())
                return error;
        }
        return insert.finish();
    });
}

QFuture<WriteResult> StoreWriter::markImported(
    const QString& runId, const QString& jobId, int sampleCount, RunStatus status)
{
    return transact([=](QSqlDatabase& db) -> QString {
        QSqlQuery updateRun(db);
        updateRun.prepare(QStringLiteral("UPDATE runs SET status = ?, sample_count = ? WHERE id = ?"));
        updateRun.addBindValue(runStatusName(status));
        updateRun.addBindValue(sampleCount);
        updateRun.addBindValue(runId);
        if (QString error = evalbench::run(updateRun); !error.isEmpty())
            return error;
        QSqlQuery updateJob(db);
        updateJob.prepare(QStringLiteral("UPDATE jobs SET total = ? WHERE id = ?"));
        updateJob.addBindValue(sampleCount);
        updateJob.addBindValue(jobId);
        return evalbench::run(updateJob);
    });
}

QFuture<WriteResult> StoreWriter::clearSamples(const QString& runId)
{
    return transact([this, runId](QSqlDatabase& db) -> QString {
        m_api->reset(); // its next sample index changes
        return runForRun(db,
            { "DELETE FROM scores WHERE sample_key IN (SELECT sample_key FROM samples WHERE run_id = ?)",
                "DELETE FROM sample_outcomes WHERE sample_key IN (SELECT sample_key FROM samples WHERE run_id = ?)",
                "DELETE FROM samples WHERE run_id = ?",
                "UPDATE runs SET sample_count = 0, scored_count = 0 WHERE id = ?",
                "UPDATE jobs SET done = 0 WHERE run_id = ?" },
            runId);
    });
}

QFuture<WriteResult> StoreWriter::deleteRun(const QString& runId)
{
    return transact([this, runId](QSqlDatabase& db) -> QString {
        m_api->reset(); // it may be a cached API run
        // Scores and samples go first and explicitly: cheaper than row-by-row cascades.
        return runForRun(db,
            { "DELETE FROM scores WHERE sample_key IN (SELECT sample_key FROM samples WHERE run_id = ?)",
                "DELETE FROM sample_outcomes WHERE sample_key IN (SELECT sample_key FROM samples WHERE run_id = ?)",
                "DELETE FROM samples WHERE run_id = ?", "DELETE FROM jobs WHERE run_id = ?",
                "DELETE FROM runs WHERE id = ?" },
            runId);
    });
}

QFuture<WriteResult> StoreWriter::renameRun(const QString& runId, const QString& name)
{
    const QString trimmed = name.trimmed();
    return transact([runId, trimmed](QSqlDatabase& db) -> QString {
        if (trimmed.isEmpty())
            return QStringLiteral("a run's name cannot be empty");
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE runs SET name = ? WHERE id = ?"));
        query.addBindValue(trimmed);
        query.addBindValue(runId);
        if (QString error = evalbench::run(query); !error.isEmpty())
            return error;
        return query.numRowsAffected() == 1 ? QString() : QStringLiteral("no run %1").arg(runId);
    });
}

qint64 StoreWriter::metricKey(QSqlDatabase& db, const QString& name, QString* error)
{
    if (const auto found = m_metricKeys.constFind(name); found != m_metricKeys.cend())
        return *found;
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO metric_names (name) VALUES (?)"));
    insert.addBindValue(name);
    QSqlQuery select(db);
    select.prepare(QStringLiteral("SELECT metric_key FROM metric_names WHERE name = ?"));
    select.addBindValue(name);
    if (!insert.exec() || !select.exec() || !select.next()) {
        *error = insert.lastError().isValid() ? insert.lastError().text() : select.lastError().text();
        return -1;
    }
    const qint64 key = select.value(0).toLongLong();
    // Only cached once the transaction that may have created it commits (see insertResults).
    return key;
}

QString StoreWriter::insertResults(QSqlDatabase& db, const QList<SampleResult>& results)
{
    QHash<QString, qint64> newKeys;
    BatchInserter scores(db,
        QStringLiteral("INSERT OR REPLACE INTO scores (sample_key, metric_key, status, value, reason, "
                       "evidence_json) VALUES"),
        6, 64, &m_batchStatements);
    BatchInserter outcomes(db,
        QStringLiteral("INSERT OR REPLACE INTO sample_outcomes (sample_key, weighted_score) VALUES"), 2, 64,
        &m_batchStatements);
    const QVariant nullText(QMetaType::fromType<QString>());
    for (const SampleResult& result : results) {
        for (const MetricScore& score : result.scores) {
            qint64 key = m_metricKeys.value(score.metric, -1);
            if (key < 0)
                key = newKeys.value(score.metric, -1);
            if (key < 0) {
                QString error;
                key = metricKey(db, score.metric, &error);
                if (key < 0)
                    return error;
                newKeys.insert(score.metric, key);
            }
            const QString error = scores.addRow({ result.key, key, int(score.status),
                sqlcodec::number(score.hasValue() ? std::optional(score.value) : std::nullopt),
                score.reason.isEmpty() ? nullText : QVariant(score.reason), sqlcodec::json(score.evidence) });
            if (!error.isEmpty())
                return error;
        }
        if (QString error = outcomes.addRow({ result.key, sqlcodec::number(result.weightedScore) }); !error.isEmpty())
            return error;
    }
    if (QString error = scores.finish(); !error.isEmpty())
        return error;
    if (QString error = outcomes.finish(); !error.isEmpty())
        return error;
    // The keys exist in the file once this transaction commits; a rollback clears the cache
    // again (see transact), so they may join it now.
    for (auto it = newKeys.cbegin(); it != newKeys.cend(); ++it)
        m_metricKeys.insert(it.key(), it.value());
    return {};
}

QFuture<WriteResult> StoreWriter::saveResults(
    const QString& runId, const QString& jobId, const QList<SampleResult>& results)
{
    return transact([this, runId, jobId, results](QSqlDatabase& db) -> QString {
        if (QString error = insertResults(db, results); !error.isEmpty())
            return error;
        // Progress is derived from what is stored, so a resumed job counts right.
        QSqlQuery progress(db);
        progress.prepare(QStringLiteral("UPDATE runs SET scored_count = scored_count + ? WHERE id = ?"));
        progress.addBindValue(int(results.size()));
        progress.addBindValue(runId);
        if (QString error = evalbench::run(progress); !error.isEmpty())
            return error;
        QSqlQuery jobProgress(db);
        jobProgress.prepare(QStringLiteral("UPDATE jobs SET done = done + ? WHERE id = ?"));
        jobProgress.addBindValue(int(results.size()));
        jobProgress.addBindValue(jobId);
        return evalbench::run(jobProgress);
    });
}

QFuture<WriteResult> StoreWriter::setJobState(const QString& jobId, JobState state, const QString& error)
{
    return transact([=](QSqlDatabase& db) -> QString {
        QSqlQuery query(db);
        if (state == JobState::Running) {
            query.prepare(QStringLiteral("UPDATE jobs SET state = ?, error = NULL, finished_at = NULL, "
                                         "started_at = COALESCE(started_at, ?) WHERE id = ?"));
            query.addBindValue(jobStateName(state));
            query.addBindValue(now());
        } else if (isFinal(state)) {
            query.prepare(QStringLiteral("UPDATE jobs SET state = ?, finished_at = ?, error = ? WHERE id = ?"));
            query.addBindValue(jobStateName(state));
            query.addBindValue(now());
            query.addBindValue(error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : error);
        } else {
            query.prepare(QStringLiteral("UPDATE jobs SET state = ?, error = ? WHERE id = ?"));
            query.addBindValue(jobStateName(state));
            query.addBindValue(error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : error);
        }
        query.addBindValue(jobId);
        return evalbench::run(query);
    });
}

QFuture<WriteResult> StoreWriter::setRunStatus(const QString& runId, RunStatus status, const QString& error)
{
    return transact([=](QSqlDatabase& db) -> QString {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE runs SET status = ?, error = ? WHERE id = ?"));
        query.addBindValue(runStatusName(status));
        query.addBindValue(error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : error);
        query.addBindValue(runId);
        return evalbench::run(query);
    });
}

QFuture<WriteResult> StoreWriter::finishRun(const QString& runId, RunStatus status,
    const QMap<QString, MetricSummary>& summary, std::optional<double> weightedScore, const QString& error)
{
    return transact([=](QSqlDatabase& db) -> QString {
        QJsonObject summaryJson;
        for (auto it = summary.cbegin(); it != summary.cend(); ++it)
            summaryJson.insert(it.key(), it.value().toJson());
        QSqlQuery query(db);
        query.prepare(QStringLiteral("UPDATE runs SET status = ?, finished_at = ?, summary_json = ?, "
                                     "weighted_score = ?, error = ? WHERE id = ?"));
        query.addBindValue(runStatusName(status));
        query.addBindValue(now());
        query.addBindValue(sqlcodec::json(summaryJson));
        query.addBindValue(sqlcodec::number(weightedScore));
        query.addBindValue(error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : error);
        query.addBindValue(runId);
        return evalbench::run(query);
    });
}

QFuture<WriteResult> StoreWriter::finishMlRun(const MlRunOutcome& outcome)
{
    return transact([outcome](QSqlDatabase& db) -> QString {
        QSqlQuery result(db);
        result.prepare(
            QStringLiteral("INSERT OR REPLACE INTO ml_results (run_id, scorer, result_json) VALUES (?, ?, ?)"));
        result.addBindValue(outcome.runId);
        result.addBindValue(outcome.scorer);
        result.addBindValue(sqlcodec::json(outcome.result));
        if (QString error = evalbench::run(result); !error.isEmpty())
            return error;

        QJsonObject summaryJson;
        for (auto it = outcome.summary.cbegin(); it != outcome.summary.cend(); ++it)
            summaryJson.insert(it.key(), it.value().toJson());
        QSqlQuery runUpdate(db);
        runUpdate.prepare(
            QStringLiteral("UPDATE runs SET status = ?, finished_at = ?, summary_json = ?, weighted_score = ?, "
                           "sample_count = ?, scored_count = ?, error = ?, settings_json = ? WHERE id = ?"));
        runUpdate.addBindValue(runStatusName(outcome.status));
        runUpdate.addBindValue(now());
        runUpdate.addBindValue(sqlcodec::json(summaryJson));
        runUpdate.addBindValue(sqlcodec::number(outcome.score));
        runUpdate.addBindValue(outcome.sampleCount);
        runUpdate.addBindValue(outcome.status == RunStatus::Completed ? outcome.sampleCount : 0);
        runUpdate.addBindValue(outcome.error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : outcome.error);
        runUpdate.addBindValue(sqlcodec::json(outcome.settings.toJson()));
        runUpdate.addBindValue(outcome.runId);
        if (QString error = evalbench::run(runUpdate); !error.isEmpty())
            return error;

        QSqlQuery jobUpdate(db);
        jobUpdate.prepare(
            QStringLiteral("UPDATE jobs SET state = ?, finished_at = ?, done = total, error = ? WHERE id = ?"));
        jobUpdate.addBindValue(jobStateName(outcome.jobState));
        jobUpdate.addBindValue(now());
        jobUpdate.addBindValue(outcome.error.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : outcome.error);
        jobUpdate.addBindValue(outcome.jobId);
        return evalbench::run(jobUpdate);
    });
}

QFuture<WriteResult> StoreWriter::setSetting(const QString& key, const QString& value)
{
    return transact([key, value](QSqlDatabase& db) -> QString {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
        query.addBindValue(key);
        query.addBindValue(value);
        return evalbench::run(query);
    });
}

QFuture<WriteResult> StoreWriter::saveJudgeProfile(const JudgeProfileRow& profile)
{
    return transact([profile](QSqlDatabase& db) -> QString {
        QSqlQuery clash(db);
        clash.prepare(QStringLiteral("SELECT 1 FROM judge_profiles WHERE name = ? AND id != ?"));
        clash.addBindValue(profile.name);
        clash.addBindValue(profile.id);
        if (!clash.exec())
            return clash.lastError().text();
        if (clash.next())
            return QStringLiteral("a judge profile named \"%1\" already exists; choose another name").arg(profile.name);
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO judge_profiles (id, name, profile_json, updated_at) "
                                     "VALUES (?, ?, ?, ?)"));
        query.addBindValue(profile.id);
        query.addBindValue(profile.name);
        query.addBindValue(QString::fromUtf8(QJsonDocument(profile.profile).toJson(QJsonDocument::Compact)));
        query.addBindValue(now());
        return evalbench::run(query);
    });
}

QFuture<WriteResult> StoreWriter::deleteJudgeProfile(const QString& profileId)
{
    return transact([profileId](QSqlDatabase& db) -> QString {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM judge_profiles WHERE id = ?"));
        query.addBindValue(profileId);
        return evalbench::run(query);
    });
}

QFuture<WriteResult> StoreWriter::putJudgeAnswers(const QList<JudgeCacheRow>& answers)
{
    return transact([answers](QSqlDatabase& db) -> QString {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT OR IGNORE INTO judge_cache (request_hash, model, answer_json, "
                                     "prompt_tokens, completion_tokens, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        const QString when = now();
        for (const JudgeCacheRow& answer : answers) {
            query.bindValue(0, answer.requestHash);
            query.bindValue(1, answer.model);
            query.bindValue(2, QString::fromUtf8(QJsonDocument(answer.answer).toJson(QJsonDocument::Compact)));
            query.bindValue(3, answer.promptTokens);
            query.bindValue(4, answer.completionTokens);
            query.bindValue(5, when);
            if (QString error = evalbench::run(query); !error.isEmpty())
                return error;
        }
        return {};
    });
}

QFuture<WriteResult> StoreWriter::setRunJudgeUsage(const QString& runId, const QJsonObject& usage)
{
    return transact([runId, usage](QSqlDatabase& db) -> QString {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO run_judge_usage (run_id, usage_json) VALUES (?, ?) "
                                     "ON CONFLICT (run_id) DO UPDATE SET usage_json = excluded.usage_json"));
        query.addBindValue(runId);
        query.addBindValue(QString::fromUtf8(QJsonDocument(usage).toJson(QJsonDocument::Compact)));
        return evalbench::run(query);
    });
}

QFuture<WriteResult> StoreWriter::setRunJudgeAdvice(const QString& runId, const QString& markdown)
{
    return transact([runId, markdown](QSqlDatabase& db) -> QString {
        QSqlQuery query(db);
        query.prepare(
            QStringLiteral("INSERT INTO run_judge_usage (run_id, usage_json, advice_markdown) VALUES (?, '{}', ?) "
                           "ON CONFLICT (run_id) DO UPDATE SET advice_markdown = excluded.advice_markdown"));
        query.addBindValue(runId);
        query.addBindValue(markdown);
        return evalbench::run(query);
    });
}

QFuture<WriteResult> StoreWriter::acceptApiJobs(std::shared_ptr<ApiAcceptBatch> batch)
{
    return transact([this, batch = std::move(batch)](QSqlDatabase& db) -> QString {
        const QList<ApiAcceptBatch::Row> rows = batch->seal();
        QList<ApiJobInserted> outcomes;
        if (QString error = m_api->accept(db, rows, &outcomes); !error.isEmpty())
            return error;
        batch->setOutcomes(std::move(outcomes));
        return {};
    });
}

QFuture<WriteResult> StoreWriter::finishApiJobs(
    const QList<ApiJobOutcome>& jobs, const QList<ApiRunUpdate>& runs, std::shared_ptr<QStringList> drained)
{
    return transact([this, jobs, runs, drained = std::move(drained)](QSqlDatabase& db) -> QString {
        QList<SampleResult> results;
        results.reserve(jobs.size());
        for (const ApiJobOutcome& job : jobs) {
            if (job.result)
                results.append(*job.result);
        }
        if (QString error = insertResults(db, results); !error.isEmpty())
            return error;
        QStringList finished;
        if (QString error = m_api->finish(db, jobs, runs, &finished); !error.isEmpty())
            return error;
        *drained = std::move(finished);
        return {};
    });
}

QFuture<WriteResult> StoreWriter::saveAnnotation(qint64 sampleKey, const SampleAnnotation& annotation)
{
    return transact([sampleKey, annotation](QSqlDatabase& db) -> QString {
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "INSERT INTO sample_annotations (sample_key, metric, score, label, comment, author, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sample_key, metric) DO UPDATE SET score = excluded.score, "
            "label = excluded.label, comment = excluded.comment, author = excluded.author, "
            "updated_at = excluded.updated_at"));
        query.addBindValue(sampleKey);
        query.addBindValue(storedMetric(annotation.metric));
        query.addBindValue(sqlcodec::number(annotation.score));
        query.addBindValue(annotation.label);
        query.addBindValue(annotation.comment);
        query.addBindValue(annotation.author);
        query.addBindValue(now());
        return evalbench::run(query);
    });
}

QFuture<WriteResult> StoreWriter::deleteAnnotation(qint64 sampleKey, const QString& metric)
{
    return transact([sampleKey, metric](QSqlDatabase& db) -> QString {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM sample_annotations WHERE sample_key = ? AND metric = ?"));
        query.addBindValue(sampleKey);
        query.addBindValue(storedMetric(metric));
        return evalbench::run(query);
    });
}

} // namespace evalbench

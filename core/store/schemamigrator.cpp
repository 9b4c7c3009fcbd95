// SPDX-License-Identifier: MIT
#include "store/schemamigrator.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace evalbench {

namespace {

// Migration N brings the schema from version N-1 to N. Never edit a shipped
// migration: add a new one, so existing files upgrade the same way new ones are made.
const char* const kMigrations[] = {
    // 1: runs, samples, per-sample-metric scores, jobs, settings. Scores are keyed by
    // integers (sample_key, metric_key): hundreds of thousands of them are written per run.
    R"sql(
CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'rag',
    source TEXT NOT NULL DEFAULT 'file',
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    finished_at TEXT,
    sample_count INTEGER NOT NULL DEFAULT 0,
    scored_count INTEGER NOT NULL DEFAULT 0,
    dataset_path TEXT,
    settings_json TEXT NOT NULL DEFAULT '{}',
    summary_json TEXT,
    weighted_score REAL,
    error TEXT
);
CREATE INDEX runs_by_created ON runs(created_at, id);
CREATE TABLE samples (
    sample_key INTEGER PRIMARY KEY,
    run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    sample_id TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT,
    contexts_json TEXT,
    ground_truth TEXT,
    reference_contexts_json TEXT,
    context_metadata_json TEXT,
    metadata_json TEXT,
    UNIQUE (run_id, idx)
);
-- A sample is scored once it has a row here. Kept apart from the wide samples rows so that
-- marking a sample scored does not rewrite its page of question, answer and contexts.
CREATE TABLE sample_outcomes (
    sample_key INTEGER PRIMARY KEY REFERENCES samples(sample_key) ON DELETE CASCADE,
    weighted_score REAL
);
CREATE TABLE metric_names (
    metric_key INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE scores (
    sample_key INTEGER NOT NULL REFERENCES samples(sample_key) ON DELETE CASCADE,
    metric_key INTEGER NOT NULL REFERENCES metric_names(metric_key),
    status INTEGER NOT NULL,
    value REAL,
    reason TEXT,
    evidence_json TEXT,
    PRIMARY KEY (sample_key, metric_key)
) WITHOUT ROWID;
CREATE TABLE jobs (
    id TEXT PRIMARY KEY,
    run_id TEXT REFERENCES runs(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    created_at TEXT NOT NULL,
    started_at TEXT,
    finished_at TEXT,
    done INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    error TEXT,
    payload_json TEXT
);
CREATE INDEX jobs_by_state ON jobs(state);
CREATE INDEX jobs_by_run ON jobs(run_id);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT
);
)sql",
    // 2: the result.json of ML scoring runs (kind 'ml'): one document per run, shown by the
    // report and exported as is. A failed run keeps its error envelope here.
    R"sql(
CREATE TABLE ml_results (
    run_id TEXT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    scorer TEXT NOT NULL,
    result_json TEXT NOT NULL
);
)sql",
    // 3: jobs of the HTTP API (kind 'api'), one sample each. seq orders them newest first
    // without a sort and never goes back (AUTOINCREMENT), so a restart can tell the jobs it
    // read from those accepted after. The idempotency keys (request_id / Idempotency-Key) map
    // to the first job, so a retried post finds it even after a restart. API runs are found
    // by name. Every index here is written by each accept, so there are few: sample_key is no
    // foreign key (a deleted sample reads back as missing), and a run's open jobs are found
    // through jobs_by_state (few rows: the backlog).
    R"sql(
CREATE TABLE api_jobs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id TEXT NOT NULL UNIQUE REFERENCES jobs(id) ON DELETE CASCADE,
    sample_key INTEGER NOT NULL
);
CREATE TABLE api_requests (
    request_id TEXT PRIMARY KEY,
    job_id TEXT NOT NULL REFERENCES jobs(id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX api_requests_by_job ON api_requests(job_id);
CREATE INDEX runs_by_name ON runs(name, created_at);
)sql",
    // 4: the LLM judge. Profiles are JSON documents (their API keys live in the OS keychain,
    // never here). Every judge and embedding answer is kept by a hash of (base URL, model,
    // rendered request), so a re-run makes no calls and a crash loses no answer. A run's
    // judge calls, tokens, cache hits and cost are one document per run, with the advice the
    // judge wrote for it.
    R"sql(
CREATE TABLE judge_profiles (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    profile_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE judge_cache (
    request_hash TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    answer_json TEXT NOT NULL,
    prompt_tokens INTEGER NOT NULL DEFAULT 0,
    completion_tokens INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE run_judge_usage (
    run_id TEXT PRIMARY KEY REFERENCES runs(id) ON DELETE CASCADE,
    usage_json TEXT NOT NULL,
    advice_markdown TEXT
);
)sql",
    // 5: analysts' own scores of samples, per metric or overall (metric ''), to set against the
    // judge's. Few rows (typed by hand), so no index beyond the key; they go with their sample.
    R"sql(
CREATE TABLE sample_annotations (
    sample_key INTEGER NOT NULL REFERENCES samples(sample_key) ON DELETE CASCADE,
    metric TEXT NOT NULL DEFAULT '',
    score REAL,
    label TEXT,
    comment TEXT,
    author TEXT,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (sample_key, metric)
) WITHOUT ROWID;
)sql",
    // 6: the Trends page groups runs by dataset file and reads one dataset's runs in date
    // order; without this index both scan every run (seconds with 100,000 runs). API runs
    // have no dataset path and are found through runs_by_name.
    R"sql(
CREATE INDEX runs_by_dataset ON runs(dataset_path, created_at);
)sql",
};

constexpr int kLatestVersion = int(std::size(kMigrations));

QString runScript(QSqlDatabase& db, const QString& script)
{
    // QSqlQuery runs one statement at a time.
    const QStringList statements = script.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(db);
        if (!query.exec(statement))
            return query.lastError().text();
    }
    return {};
}

} // namespace

int SchemaMigrator::latestVersion()
{
    return kLatestVersion;
}

int SchemaMigrator::currentVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QString SchemaMigrator::migrate(QSqlDatabase& db, const QString& pathForMessages)
{
    const int version = currentVersion(db);
    if (version < 0)
        return QStringLiteral("cannot read %1: it is not an EvalBench database (or it is damaged)")
            .arg(QDir::toNativeSeparators(pathForMessages));
    if (version > kLatestVersion)
        return QStringLiteral("%1 was written by a newer EvalBench (schema version %2; this build knows up to %3). "
                              "The file was left unchanged: update EvalBench, or choose another data directory "
                              "with --data-dir.")
            .arg(QDir::toNativeSeparators(pathForMessages))
            .arg(version)
            .arg(kLatestVersion);

    for (int next = version + 1; next <= kLatestVersion; ++next) {
        if (!db.transaction())
            return db.lastError().text();
        QString error = runScript(db, QString::fromUtf8(kMigrations[next - 1]));
        if (error.isEmpty()) {
            QSqlQuery setVersion(db);
            if (!setVersion.exec(QStringLiteral("PRAGMA user_version=%1").arg(next)))
                error = setVersion.lastError().text();
        }
        if (!error.isEmpty()) {
            db.rollback();
            return QStringLiteral("upgrading %1 to schema version %2 failed: %3; the file was left at version %4")
                .arg(QDir::toNativeSeparators(pathForMessages))
                .arg(next)
                .arg(error)
                .arg(next - 1);
        }
        if (!db.commit())
            return db.lastError().text();
    }
    return {};
}

} // namespace evalbench

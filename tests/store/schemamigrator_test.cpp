// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "store/connectionpool.h"
#include "store/schemamigrator.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace evalbench;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST(SchemaMigrator, CreatesTheLatestSchemaInWalMode)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("evalbench.sqlite"));
    {
        StoreWriter writer(path);
        ASSERT_TRUE(writer.openError().isEmpty()) << writer.openError().toStdString();
    }
    QSqlDatabase db = ConnectionPool::forCurrentThread(path);
    EXPECT_EQ(SchemaMigrator::currentVersion(db), SchemaMigrator::latestVersion());
    QSqlQuery mode(db);
    ASSERT_TRUE(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
    EXPECT_EQ(mode.value(0).toString(), QStringLiteral("wal"));
    QSqlQuery fk(db);
    ASSERT_TRUE(fk.exec(QStringLiteral("PRAGMA foreign_keys")) && fk.next());
    EXPECT_EQ(fk.value(0).toInt(), 1);
    for (const char* table : { "runs", "samples", "scores", "jobs", "settings" }) {
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table))) << table;
    }
    ConnectionPool::closeForCurrentThread(path);
}

TEST(SchemaMigrator, UpgradesAnExistingFileAndKeepsItsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("evalbench.sqlite"));
    {
        StoreWriter writer(path);
        ASSERT_TRUE(writer.setSetting(QStringLiteral("language"), QStringLiteral("zh_CN")).result().ok());
    }
    // Reopening a file that is already at the latest version is a no-op that keeps the data.
    StoreWriter again(path);
    EXPECT_TRUE(again.openError().isEmpty());
    StoreReader reader(path);
    EXPECT_EQ(reader.setting(QStringLiteral("language")), QStringLiteral("zh_CN"));
    ConnectionPool::closeForCurrentThread(path);
}

TEST(SchemaMigrator, MigratesAVersionZeroFileCreatedElsewhere)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        QSqlDatabase db = ConnectionPool::forCurrentThread(path);
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO notes VALUES ('kept')")));
        ConnectionPool::closeForCurrentThread(path);
    }
    {
        StoreWriter writer(path);
        ASSERT_TRUE(writer.openError().isEmpty()) << writer.openError().toStdString();
    }
    QSqlDatabase db = ConnectionPool::forCurrentThread(path);
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT text FROM notes")) && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("kept"));
    EXPECT_EQ(SchemaMigrator::currentVersion(db), SchemaMigrator::latestVersion());
    ConnectionPool::closeForCurrentThread(path);
}

TEST(SchemaMigrator, RefusesANewerSchemaAndLeavesTheFileUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        QSqlDatabase db = ConnectionPool::forCurrentThread(path);
        QSqlQuery query(db);
        ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE future (x)")));
        ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version=%1").arg(SchemaMigrator::latestVersion() + 5)));
        ConnectionPool::closeForCurrentThread(path);
    }
    const QByteArray before = fileHash(path);
    {
        StoreWriter writer(path);
        EXPECT_TRUE(writer.openError().contains(QStringLiteral("newer EvalBench"))) << writer.openError().toStdString();
        EXPECT_TRUE(writer.openError().contains(QStringLiteral("left unchanged")));
        const WriteResult write = writer.setSetting(QStringLiteral("k"), QStringLiteral("v")).result();
        EXPECT_FALSE(write.ok());
    }
    EXPECT_EQ(fileHash(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(SchemaMigrator, MigratesAVersionFourFileToAnnotationsKeepingItsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    {
        StoreWriter writer(path);
        RunRecord run;
        run.id = QStringLiteral("r4");
        run.name = QStringLiteral("Kept run");
        run.status = RunStatus::Importing;
        run.createdAt = QDateTime::currentDateTimeUtc();
        run.settings.metrics = { QStringLiteral("token_f1") };
        JobRecord job;
        job.id = QStringLiteral("j4");
        job.runId = run.id;
        job.createdAt = run.createdAt;
        Sample sample;
        sample.id = QStringLiteral("s1");
        sample.question = QStringLiteral("还在吗？");
        ASSERT_TRUE(writer.insertRunWithJob(run, job).result().ok());
        ASSERT_TRUE(writer.appendSamples(run.id, 0, { sample }).result().ok());
        ASSERT_TRUE(writer.markImported(run.id, job.id, 1, RunStatus::Completed).result().ok());
    }
    {
        // Migrations 1-4 never change, so the latest schema without what migrations 5 and 6
        // add is exactly what EvalBench 4 wrote.
        {
            QSqlQuery query(ConnectionPool::forCurrentThread(path));
            ASSERT_TRUE(query.exec(QStringLiteral("DROP TABLE sample_annotations")));
            ASSERT_TRUE(query.exec(QStringLiteral("DROP INDEX runs_by_dataset")));
            ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA user_version=4")));
        }
        ConnectionPool::closeForCurrentThread(path);
    }
    {
        StoreWriter writer(path);
        ASSERT_TRUE(writer.openError().isEmpty()) << writer.openError().toStdString();
        const QList<StoredSample> samples = StoreReader(path).samples(QStringLiteral("r4"), 0, -1);
        ASSERT_EQ(samples.size(), 1);
        EXPECT_EQ(samples.first().sample.question, QStringLiteral("还在吗？"));
        SampleAnnotation annotation;
        annotation.score = 1.0;
        const WriteResult saved = writer.saveAnnotation(samples.first().key, annotation).result();
        EXPECT_TRUE(saved.ok()) << saved.error.toStdString();
    }
    QSqlDatabase db = ConnectionPool::forCurrentThread(path);
    EXPECT_EQ(SchemaMigrator::currentVersion(db), 6);
    EXPECT_EQ(SchemaMigrator::latestVersion(), 6);
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT r.name, COUNT(a.sample_key) FROM runs r JOIN samples s ON "
                                          "s.run_id = r.id LEFT JOIN sample_annotations a ON a.sample_key = "
                                          "s.sample_key GROUP BY r.id"))
        && query.next());
    EXPECT_EQ(query.value(0).toString(), QStringLiteral("Kept run"));
    EXPECT_EQ(query.value(1).toInt(), 1);
    query.finish();
    ConnectionPool::closeForCurrentThread(path);
}

// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "store/connectionpool.h"
#include "store/storereader.h"
#include "store/storewriter.h"
#include "store/walcheckpointer.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace evalbench;

namespace {

RunRecord run(const QString& id)
{
    RunRecord record;
    record.id = id;
    record.name = id;
    record.status = RunStatus::Importing;
    record.createdAt = QDateTime::currentDateTimeUtc();
    return record;
}

QList<Sample> samples(int count)
{
    QList<Sample> list;
    for (int i = 0; i < count; ++i) {
        Sample s;
        s.id = QString::number(i);
        s.question = QStringLiteral("question %1 ").arg(i).repeated(20);
        s.answer = QStringLiteral("answer %1 ").arg(i).repeated(40);
        list.append(s);
    }
    return list;
}

} // namespace

// What the writer commits reaches the database file through the background checkpointer,
// not only through the write-ahead log, and the data reads back whole.
TEST(WalCheckpointerTest, CopiesTheCommittedLogIntoTheDatabaseFile)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("evalbench.sqlite"));
    {
        StoreWriter writer(path);
        ASSERT_TRUE(writer.openError().isEmpty());
        JobRecord job;
        job.id = QStringLiteral("job-1");
        job.runId = QStringLiteral("run-1");
        job.createdAt = QDateTime::currentDateTimeUtc();
        ASSERT_TRUE(writer.insertRunWithJob(run(QStringLiteral("run-1")), job).result().ok());
        const qint64 fileBefore = QFileInfo(path).size();
        ASSERT_TRUE(writer.appendSamples(QStringLiteral("run-1"), 0, samples(200)).result().ok());

        WalCheckpointer checkpointer(path);
        QSignalSpy spy(&checkpointer, &WalCheckpointer::checkpointed);
        // The writer's own checkpointer may be checkpointing at the same moment: SQLite then
        // answers busy (-1 frames) to this one, which tries again at the next poke.
        int logFrames = -1;
        int checkpointedFrames = -1;
        for (int attempt = 0; attempt < 20 && logFrames < 0; ++attempt) {
            checkpointer.poke();
            ASSERT_TRUE(spy.wait(10000));
            const QList<QVariant> frames = spy.takeFirst();
            logFrames = frames.at(0).toInt();
            checkpointedFrames = frames.at(1).toInt();
        }
        // The writer is idle and nobody reads: the whole log is in the file now.
        EXPECT_GT(logFrames, 0);
        EXPECT_EQ(checkpointedFrames, logFrames);
        EXPECT_GT(QFileInfo(path).size(), fileBefore);
    }
    StoreReader reader(path);
    const std::optional<RunRecord> stored = reader.run(QStringLiteral("run-1"));
    ASSERT_TRUE(stored);
    QSqlDatabase db = ConnectionPool::forCurrentThread(path);
    QSqlQuery count(db);
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT COUNT(*) FROM samples WHERE run_id = 'run-1'")) && count.next());
    EXPECT_EQ(count.value(0).toInt(), 200);
    count.finish();
    ConnectionPool::closeForCurrentThread(path);
}

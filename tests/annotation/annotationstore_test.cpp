// SPDX-License-Identifier: MIT
#include "annotatedrun.h"
#include "common/osusername.h"
#include "common/testprinters.h"
#include "store/connectionpool.h"

#include <gtest/gtest.h>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace evalbench;
using namespace annotatedrun;

namespace {

class AnnotationStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("evalbench.sqlite"));
        m_writer = std::make_unique<StoreWriter>(m_path);
        ASSERT_TRUE(m_writer->openError().isEmpty());
        m_keys = write(*m_writer, QStringLiteral("run-a"));
        ASSERT_EQ(m_keys.size(), 4);
    }
    void TearDown() override
    {
        m_writer.reset();
        ConnectionPool::closeForCurrentThread(m_path);
    }

    int annotationRows()
    {
        QSqlQuery query(ConnectionPool::forCurrentThread(m_path));
        return query.exec(QStringLiteral("SELECT COUNT(*) FROM sample_annotations")) && query.next()
            ? query.value(0).toInt()
            : -1;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StoreWriter> m_writer;
    QList<qint64> m_keys;
};

} // namespace

TEST_F(AnnotationStoreTest, SavesReadsBackOverwritesAndDeletes)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    ASSERT_TRUE(m_writer->saveAnnotation(m_keys[1], annotation({}, 1.0, QStringLiteral("good"))).result().ok());
    ASSERT_TRUE(m_writer->saveAnnotation(m_keys[1], annotation(kF1, 0.25, {}, QStringLiteral("misses, \"half\"")))
                    .result()
                    .ok());
    ASSERT_TRUE(
        m_writer->saveAnnotation(m_keys[3], annotation(kExact, std::nullopt, QStringLiteral("unsure"))).result().ok());

    const StoreReader reader(m_path);
    RunAnnotations all = reader.annotations(QStringLiteral("run-a"));
    ASSERT_EQ(all.keys(), (QList<int> { 1, 3 }));
    ASSERT_EQ(all[1].size(), 2);
    // The overall one first (metric ''), then by metric.
    EXPECT_TRUE(all[1][0].isOverall());
    EXPECT_EQ(all[1][0].score, std::optional(1.0));
    EXPECT_EQ(all[1][0].label, QStringLiteral("good"));
    EXPECT_EQ(all[1][0].author, QStringLiteral("analyst"));
    EXPECT_GE(all[1][0].updatedAt, before);
    EXPECT_EQ(all[1][0].updatedAt.timeSpec(), Qt::UTC);
    EXPECT_EQ(all[1][1].metric, kF1);
    EXPECT_EQ(all[1][1].score, std::optional(0.25));
    EXPECT_EQ(all[1][1].comment, QStringLiteral("misses, \"half\""));
    ASSERT_EQ(all[3].size(), 1);
    EXPECT_EQ(all[3][0].score, std::nullopt);
    EXPECT_EQ(all[3][0].label, QStringLiteral("unsure"));

    // The last writer wins: one row per (sample, metric), with the new values.
    SampleAnnotation second = annotation({}, 0.0, QStringLiteral("wrong after all"));
    second.author = QStringLiteral("reviewer");
    ASSERT_TRUE(m_writer->saveAnnotation(m_keys[1], second).result().ok());
    all = reader.annotations(QStringLiteral("run-a"));
    ASSERT_EQ(all[1].size(), 2);
    EXPECT_EQ(all[1][0].score, std::optional(0.0));
    EXPECT_EQ(all[1][0].label, QStringLiteral("wrong after all"));
    EXPECT_EQ(all[1][0].author, QStringLiteral("reviewer"));
    EXPECT_EQ(annotationRows(), 3);

    ASSERT_TRUE(m_writer->deleteAnnotation(m_keys[1], QString()).result().ok());
    all = reader.annotations(QStringLiteral("run-a"));
    ASSERT_EQ(all[1].size(), 1);
    EXPECT_EQ(all[1][0].metric, kF1);
    EXPECT_EQ(annotationRows(), 2);
}

TEST_F(AnnotationStoreTest, AnnotatingASampleThatIsGoneFails)
{
    const WriteResult result = m_writer->saveAnnotation(m_keys.last() + 1000, annotation({}, 1.0)).result();
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(annotationRows(), 0);
}

TEST_F(AnnotationStoreTest, AnnotationsGoWithTheirRun)
{
    const QList<qint64> otherKeys = write(*m_writer, QStringLiteral("run-b"));
    ASSERT_EQ(otherKeys.size(), 4);
    ASSERT_TRUE(m_writer->saveAnnotation(m_keys[0], annotation({}, 1.0)).result().ok());
    ASSERT_TRUE(m_writer->saveAnnotation(m_keys[2], annotation(kF1, 0.5)).result().ok());
    ASSERT_TRUE(m_writer->saveAnnotation(otherKeys[0], annotation({}, 0.0)).result().ok());
    const StoreReader reader(m_path);
    EXPECT_EQ(reader.annotations(QStringLiteral("run-b")).keys(), QList<int> { 0 });

    ASSERT_TRUE(m_writer->deleteRun(QStringLiteral("run-a")).result().ok());
    EXPECT_TRUE(reader.annotations(QStringLiteral("run-a")).isEmpty());
    EXPECT_EQ(annotationRows(), 1);
    const RunAnnotations kept = reader.annotations(QStringLiteral("run-b"));
    ASSERT_EQ(kept.value(0).size(), 1);
    EXPECT_EQ(kept.value(0).first().score, std::optional(0.0));

    // An import that starts over drops them too.
    ASSERT_TRUE(m_writer->clearSamples(QStringLiteral("run-b")).result().ok());
    EXPECT_EQ(annotationRows(), 0);
}

TEST(OsUserName, ReadsTheUserFromTheEnvironment)
{
#ifdef Q_OS_WIN
    const char* variable = "USERNAME";
#else
    const char* variable = "USER";
#endif
    const QByteArray saved = qgetenv(variable);
    qputenv(variable, "annotator-7");
    EXPECT_EQ(osUserName(), QStringLiteral("annotator-7"));
    if (saved.isNull())
        qunsetenv(variable);
    else
        qputenv(variable, saved);
}

// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "store/connectionpool.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>
#include <QtConcurrent>

using namespace evalbench;

namespace {

class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("evalbench.sqlite"));
        m_writer = std::make_unique<StoreWriter>(m_path);
        ASSERT_TRUE(m_writer->openError().isEmpty());
    }
    void TearDown() override
    {
        m_writer.reset();
        ConnectionPool::closeForCurrentThread(m_path);
    }

    RunRecord makeRun(const QString& id, const QString& name)
    {
        RunRecord run;
        run.id = id;
        run.name = name;
        run.status = RunStatus::Importing;
        run.createdAt = QDateTime::currentDateTimeUtc();
        run.settings.metrics = { QStringLiteral("token_f1"), QStringLiteral("bleu") };
        run.settings.weights.insert(QStringLiteral("bleu"), 2.0);
        return run;
    }
    JobRecord makeJob(const QString& id, const QString& runId)
    {
        JobRecord job;
        job.id = id;
        job.runId = runId;
        job.createdAt = QDateTime::currentDateTimeUtc();
        return job;
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StoreWriter> m_writer;
};

Sample sample(const QString& id, std::optional<QString> answer)
{
    Sample s;
    s.id = id;
    s.question = QStringLiteral("Where is the Eiffel Tower? 埃菲尔铁塔在哪里？");
    s.answer = std::move(answer);
    s.contexts = QStringList { QStringLiteral("Paris"), QString() };
    s.metadata.insert(QStringLiteral("topic"), QStringLiteral("travel"));
    return s;
}

} // namespace

TEST_F(StoreTest, RoundTripsRunsSamplesAndScoresKeepingNullsApart)
{
    ASSERT_TRUE(m_writer
                    ->insertRunWithJob(makeRun(QStringLiteral("r1"), QStringLiteral("First")),
                        makeJob(QStringLiteral("j1"), QStringLiteral("r1")))
                    .result()
                    .ok());
    ASSERT_TRUE(m_writer
                    ->appendSamples(QStringLiteral("r1"), 0,
                        { sample(QStringLiteral("a"), QStringLiteral("Paris")), sample(QStringLiteral("b"), QString()),
                            sample(QStringLiteral("c"), std::nullopt) })
                    .result()
                    .ok());
    ASSERT_TRUE(
        m_writer->markImported(QStringLiteral("r1"), QStringLiteral("j1"), 3, RunStatus::Running).result().ok());

    const QList<StoredSample> stored = StoreReader(m_path).unscoredSamples(QStringLiteral("r1"), -1, 10);
    ASSERT_EQ(stored.size(), 3);
    SampleResult first { 0, stored[0].key,
        { MetricScore::ofValue(QStringLiteral("token_f1"), 0.5), MetricScore::ofValue(QStringLiteral("bleu"), 0.25) },
        0.3333 };
    SampleResult second { 1, stored[1].key,
        { MetricScore::failed(QStringLiteral("token_f1"), QStringLiteral("judge said no")),
            MetricScore::skipped(QStringLiteral("bleu"), QStringLiteral("needs ground_truth")) },
        std::nullopt };
    ASSERT_TRUE(m_writer->saveResults(QStringLiteral("r1"), QStringLiteral("j1"), { first, second }).result().ok());

    StoreReader reader(m_path);
    const auto run = reader.run(QStringLiteral("r1"));
    ASSERT_TRUE(run);
    EXPECT_EQ(run->name, QStringLiteral("First"));
    EXPECT_EQ(run->status, RunStatus::Running);
    EXPECT_EQ(run->sampleCount, 3);
    EXPECT_EQ(run->scoredCount, 2);
    EXPECT_EQ(run->settings.weightOf(QStringLiteral("bleu")), 2.0);

    const QList<StoredSample> samples = reader.samples(QStringLiteral("r1"), 0, -1);
    ASSERT_EQ(samples.size(), 3);
    EXPECT_EQ(samples[0].sample.answer, std::optional<QString>(QStringLiteral("Paris")));
    ASSERT_TRUE(samples[1].sample.answer.has_value());
    EXPECT_TRUE(samples[1].sample.answer->isEmpty());
    EXPECT_FALSE(samples[2].sample.answer.has_value());
    EXPECT_FALSE(samples[2].sample.groundTruth.has_value());
    EXPECT_EQ(samples[0].sample.contexts->size(), 2);
    EXPECT_EQ(samples[0].sample.metadata.value(QStringLiteral("topic")).toString(), QStringLiteral("travel"));
    EXPECT_TRUE(samples[0].sample.question.contains(QStringLiteral("埃菲尔")));
    ASSERT_EQ(samples[0].scores.size(), 2);
    EXPECT_DOUBLE_EQ(samples[0].score(QStringLiteral("bleu"))->value, 0.25);
    EXPECT_EQ(samples[1].score(QStringLiteral("token_f1"))->status, ScoreStatus::Failed);
    EXPECT_EQ(samples[1].score(QStringLiteral("token_f1"))->reason, QStringLiteral("judge said no"));
    EXPECT_EQ(samples[1].score(QStringLiteral("bleu"))->status, ScoreStatus::Skipped);
    EXPECT_TRUE(samples[2].scores.isEmpty());
    EXPECT_FALSE(samples[2].scored);

    const auto unscored = reader.unscoredSamples(QStringLiteral("r1"), -1, 10);
    ASSERT_EQ(unscored.size(), 1);
    EXPECT_EQ(unscored[0].index, 2);

    const auto summary = reader.metricSummary(QStringLiteral("r1"));
    EXPECT_EQ(summary.value(QStringLiteral("token_f1")).scored, 1);
    EXPECT_EQ(summary.value(QStringLiteral("token_f1")).nan, 1);
    EXPECT_EQ(summary.value(QStringLiteral("bleu")).skipped, 1);
    EXPECT_DOUBLE_EQ(summary.value(QStringLiteral("bleu")).mean, 0.25);

    const auto job = reader.job(QStringLiteral("j1"));
    ASSERT_TRUE(job);
    EXPECT_EQ(job->done, 2);
    EXPECT_EQ(job->total, 3);
}

TEST_F(StoreTest, ImportingRunsAreHiddenAndDeleteRemovesEverything)
{
    ASSERT_TRUE(m_writer
                    ->insertRunWithJob(makeRun(QStringLiteral("r1"), QStringLiteral("Half imported")),
                        makeJob(QStringLiteral("j1"), QStringLiteral("r1")))
                    .result()
                    .ok());
    ASSERT_TRUE(m_writer->appendSamples(QStringLiteral("r1"), 0, { sample(QStringLiteral("a"), QStringLiteral("x")) })
                    .result()
                    .ok());
    StoreReader reader(m_path);
    EXPECT_EQ(reader.runCount(), 0) << "a run still importing is not shown";
    const qint64 key = reader.unscoredSamples(QStringLiteral("r1"), -1, 1).first().key;
    ASSERT_TRUE(m_writer
                    ->saveResults(QStringLiteral("r1"), QStringLiteral("j1"),
                        { SampleResult { 0, key, { MetricScore::ofValue(QStringLiteral("bleu"), 1.0) }, 1.0 } })
                    .result()
                    .ok());
    ASSERT_TRUE(m_writer->deleteRun(QStringLiteral("r1")).result().ok());
    EXPECT_FALSE(reader.run(QStringLiteral("r1")));
    EXPECT_TRUE(reader.samples(QStringLiteral("r1"), 0, -1).isEmpty());
    EXPECT_FALSE(reader.job(QStringLiteral("j1")));
    EXPECT_TRUE(reader.metricSummary(QStringLiteral("r1")).isEmpty());
}

TEST_F(StoreTest, AFailedTransactionRollsBackAndReportsTheError)
{
    ASSERT_TRUE(m_writer
                    ->insertRunWithJob(makeRun(QStringLiteral("r1"), QStringLiteral("x")),
                        makeJob(QStringLiteral("j1"), QStringLiteral("r1")))
                    .result()
                    .ok());
    ASSERT_TRUE(
        m_writer
            ->appendSamples(QStringLiteral("r1"), 0,
                { sample(QStringLiteral("a"), QStringLiteral("x")), sample(QStringLiteral("b"), QStringLiteral("x")) })
            .result()
            .ok());
    // This batch's second row reuses index 1: the whole batch must roll back, its first row included.
    const WriteResult clash =
        m_writer->appendSamples(QStringLiteral("r1"), 2, { sample(QStringLiteral("c"), QStringLiteral("x")) }).result();
    ASSERT_TRUE(clash.ok());
    const WriteResult failing =
        m_writer->appendSamples(QStringLiteral("r1"), 0, { sample(QStringLiteral("d"), QStringLiteral("x")) }).result();
    EXPECT_FALSE(failing.ok());
    EXPECT_FALSE(failing.error.isEmpty());
    StoreReader reader(m_path);
    const QList<StoredSample> samples = reader.samples(QStringLiteral("r1"), 0, -1);
    ASSERT_EQ(samples.size(), 3);
    EXPECT_EQ(samples[0].sample.id, QStringLiteral("a")) << "the failed batch changed nothing";
}

TEST_F(StoreTest, ReadersOnOtherThreadsSeeCommittedWrites)
{
    for (int i = 0; i < 5; ++i) {
        const QString id = QStringLiteral("r%1").arg(i);
        RunRecord run = makeRun(id, QStringLiteral("Run %1").arg(i));
        run.createdAt = QDateTime::currentDateTimeUtc().addSecs(i);
        ASSERT_TRUE(m_writer->insertRunWithJob(run, makeJob(QStringLiteral("j%1").arg(i), id)).result().ok());
        ASSERT_TRUE(m_writer->markImported(id, QStringLiteral("j%1").arg(i), 0, RunStatus::Completed).result().ok());
    }
    const QString path = m_path;
    QFuture<QStringList> names = QtConcurrent::run([path] {
        QStringList result;
        for (const RunRecord& run : StoreReader(path).runs())
            result.append(run.name);
        return result;
    });
    EXPECT_EQ(names.result(),
        (QStringList { QStringLiteral("Run 4"), QStringLiteral("Run 3"), QStringLiteral("Run 2"),
            QStringLiteral("Run 1"), QStringLiteral("Run 0") }));
    StoreReader reader(m_path);
    RunQuery byName;
    byName.search = QStringLiteral("Run 3");
    EXPECT_EQ(reader.runs(byName).size(), 1);
    RunQuery secondAndThird;
    secondAndThird.limit = 2;
    secondAndThird.offset = 1;
    EXPECT_EQ(reader.runs(secondAndThird).first().name, QStringLiteral("Run 3"));
    RunQuery wildcard;
    wildcard.search = QStringLiteral("100%");
    EXPECT_EQ(reader.runs(wildcard).size(), 0) << "LIKE wildcards are escaped";

    // Keyset pages continue exactly after the last run of the previous page.
    RunQuery firstPage;
    firstPage.limit = 2;
    const QList<RunRecord> page1 = reader.runs(firstPage);
    ASSERT_EQ(page1.size(), 2);
    RunQuery nextPage;
    nextPage.limit = 2;
    nextPage.afterCreatedAt = page1.last().createdAt;
    nextPage.afterId = page1.last().id;
    const QList<RunRecord> page2 = reader.runs(nextPage);
    ASSERT_EQ(page2.size(), 2);
    EXPECT_EQ(page2.first().name, QStringLiteral("Run 2"));
    EXPECT_EQ(page2.last().name, QStringLiteral("Run 1"));
}

TEST_F(StoreTest, ListsRoundTripEveryCharacterJsonMustEscape)
{
    ASSERT_TRUE(m_writer
                    ->insertRunWithJob(makeRun(QStringLiteral("r1"), QStringLiteral("x")),
                        makeJob(QStringLiteral("j1"), QStringLiteral("r1")))
                    .result()
                    .ok());
    Sample s = sample(QStringLiteral("a"), QStringLiteral("x"));
    const QStringList contexts { QStringLiteral("quote \" backslash \\ slash /"), QStringLiteral("line\nbreak\r\ttab"),
        QString(QChar(0x01)) + QStringLiteral("control") + QChar(0x1f), QStringLiteral("中文 😀 emoji"), QString() };
    s.contexts = contexts;
    s.referenceContexts = QStringList {};
    ASSERT_TRUE(m_writer->appendSamples(QStringLiteral("r1"), 0, { s }).result().ok());
    const QList<StoredSample> stored = StoreReader(m_path).samples(QStringLiteral("r1"), 0, 1);
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored.first().sample.contexts, std::optional<QStringList>(contexts));
    ASSERT_TRUE(stored.first().sample.referenceContexts.has_value()) << "an empty list is not an absent one";
    EXPECT_TRUE(stored.first().sample.referenceContexts->isEmpty());
}

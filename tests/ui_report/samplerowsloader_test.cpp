// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "store/connectionpool.h"
#include "store/storereader.h"
#include "store/storewriter.h"
#include "ui/samplerowsloader.h"

#include <cmath>
#include <gtest/gtest.h>

#include <QTemporaryDir>

using namespace evalbench;

namespace {

const QString kF1 = QStringLiteral("token_f1");
const QString kExact = QStringLiteral("exact_match");
const QString kBleu = QStringLiteral("bleu"); // stored, but not a column of the table

Sample sampleNamed(const QString& id)
{
    Sample sample;
    sample.id = id;
    sample.question = QStringLiteral("Question of %1?\nSecond line").arg(id);
    sample.answer = QStringLiteral("answer");
    return sample;
}

class SampleRowsLoaderTest : public ::testing::Test
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
        ConnectionPool::closeForCurrentThread(m_path);
        m_writer.reset();
    }

    void startRun(const QString& runId)
    {
        RunRecord run;
        run.id = runId;
        run.name = runId;
        run.status = RunStatus::Importing;
        run.createdAt = QDateTime::currentDateTimeUtc();
        run.settings.metrics = { kF1, kExact };
        JobRecord job;
        job.id = runId + QStringLiteral("-job");
        job.runId = runId;
        job.createdAt = run.createdAt;
        ASSERT_TRUE(m_writer->insertRunWithJob(run, job).result().ok());
    }

    void append(const QString& runId, int index)
    {
        ASSERT_TRUE(
            m_writer->appendSamples(runId, index, { sampleNamed(runId + QString::number(index)) }).result().ok());
    }

    void finishImport(const QString& runId, int count)
    {
        ASSERT_TRUE(
            m_writer->markImported(runId, runId + QStringLiteral("-job"), count, RunStatus::Running).result().ok());
    }

    // Scores sample `index` of the run: token_f1 = index / 10, exact_match skipped on odd
    // indexes, bleu always 1.
    void score(const QString& runId, const QList<int>& indexes)
    {
        const QList<StoredSample> stored = StoreReader(m_path).samples(runId, 0, -1);
        QList<SampleResult> results;
        for (int index : indexes) {
            SampleResult result;
            result.index = index;
            result.key = stored.at(index).key;
            result.scores = { MetricScore::ofValue(kF1, index / 10.0),
                index % 2 ? MetricScore::skipped(kExact, QStringLiteral("needs ground_truth"))
                          : MetricScore::failed(kExact, QStringLiteral("no tokens")),
                MetricScore::ofValue(kBleu, 1.0) };
            result.weightedScore = index / 10.0;
            results.append(result);
        }
        ASSERT_TRUE(m_writer->saveResults(runId, runId + QStringLiteral("-job"), results).result().ok());
    }

    void expectScored(const SampleRows& rows, int row, int index)
    {
        SCOPED_TRACE(index);
        ASSERT_LT(size_t(row), rows.rows.size());
        EXPECT_EQ(rows.rows[size_t(row)].index, index);
        EXPECT_EQ(rows.statuses[size_t(rows.cell(row, 0))], CellStatus::Value);
        EXPECT_FLOAT_EQ(rows.values[size_t(rows.cell(row, 0))], float(index / 10.0));
        const qsizetype exact = rows.cell(row, 1);
        EXPECT_EQ(rows.statuses[size_t(exact)], index % 2 ? CellStatus::Skipped : CellStatus::Failed);
        EXPECT_TRUE(std::isnan(rows.values[size_t(exact)]));
        EXPECT_EQ(rows.reason(exact), index % 2 ? QStringLiteral("needs ground_truth") : QStringLiteral("no tokens"));
        EXPECT_EQ(rows.rows[size_t(row)].weightedStatus, CellStatus::Value);
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<StoreWriter> m_writer;
};

TEST_F(SampleRowsLoaderTest, ReadsAConsecutiveRunWithReasonsAndPendingSamples)
{
    startRun(QStringLiteral("a"));
    ASSERT_TRUE(m_writer
                    ->appendSamples(QStringLiteral("a"), 0,
                        { sampleNamed(QStringLiteral("a0")), sampleNamed(QStringLiteral("a1")),
                            sampleNamed(QStringLiteral("a2")), sampleNamed(QStringLiteral("a3")) })
                    .result()
                    .ok());
    finishImport(QStringLiteral("a"), 4);
    score(QStringLiteral("a"), { 0, 1, 3 });
    const StoreReader reader(m_path);
    ASSERT_TRUE(reader.sampleKeyRange(QStringLiteral("a")).consecutive());

    const SampleRows rows = loadSampleRows(reader, QStringLiteral("a"), { kF1, kExact });
    ASSERT_FALSE(rows.cancelled);
    ASSERT_EQ(rows.rows.size(), 4u);
    EXPECT_EQ(rows.values.size(), 8u);
    EXPECT_EQ(rows.rows[0].id, QStringLiteral("a0"));
    EXPECT_EQ(rows.rows[0].question, QStringLiteral("Question of a0? Second line")); // one line
    expectScored(rows, 0, 0);
    expectScored(rows, 1, 1);
    expectScored(rows, 3, 3);
    // Not scored yet: every cell pending, no reason.
    EXPECT_EQ(rows.rows[2].weightedStatus, CellStatus::Pending);
    EXPECT_EQ(rows.statuses[size_t(rows.cell(2, 0))], CellStatus::Pending);
    EXPECT_EQ(rows.reason(rows.cell(2, 1)), QString());
    // Each reason text is kept once however many cells share it.
    EXPECT_EQ(rows.reasonTexts.size(), 3);
}

TEST_F(SampleRowsLoaderTest, ScoresReadOnSeveralThreadsLandInTheirRows)
{
    // Seven samples split over three readers (3 + 3 + 1 keys), with reasons in every part.
    startRun(QStringLiteral("a"));
    QList<Sample> samples;
    for (int index = 0; index < 7; ++index)
        samples.append(sampleNamed(QStringLiteral("a%1").arg(index)));
    ASSERT_TRUE(m_writer->appendSamples(QStringLiteral("a"), 0, samples).result().ok());
    finishImport(QStringLiteral("a"), 7);
    score(QStringLiteral("a"), { 0, 1, 2, 3, 4, 6 });
    const SampleRows rows = loadSampleRows(StoreReader(m_path), QStringLiteral("a"), { kF1, kExact }, {}, 3);
    ASSERT_EQ(rows.rows.size(), 7u);
    for (int index : { 0, 1, 2, 3, 4, 6 })
        expectScored(rows, index, index);
    EXPECT_EQ(rows.statuses[size_t(rows.cell(5, 0))], CellStatus::Pending);
    EXPECT_EQ(rows.reasonTexts.size(), 3); // each text once, whichever reader met it
}

TEST_F(SampleRowsLoaderTest, ReadsARunWhoseSamplesInterleaveWithAnotherRun)
{
    // Two runs fed a sample at a time, as the API inbox is: neither has consecutive keys.
    startRun(QStringLiteral("a"));
    startRun(QStringLiteral("b"));
    for (int index = 0; index < 5; ++index) {
        append(QStringLiteral("a"), index);
        append(QStringLiteral("b"), index);
    }
    finishImport(QStringLiteral("a"), 5);
    finishImport(QStringLiteral("b"), 5);
    score(QStringLiteral("a"), { 0, 1, 2, 3, 4 });
    score(QStringLiteral("b"), { 4 });
    const StoreReader reader(m_path);
    ASSERT_FALSE(reader.sampleKeyRange(QStringLiteral("a")).consecutive());

    const SampleRows a = loadSampleRows(reader, QStringLiteral("a"), { kF1, kExact });
    ASSERT_EQ(a.rows.size(), 5u);
    for (int index = 0; index < 5; ++index)
        expectScored(a, index, index);
    const SampleRows b = loadSampleRows(reader, QStringLiteral("b"), { kF1, kExact });
    ASSERT_EQ(b.rows.size(), 5u);
    EXPECT_EQ(b.rows[0].id, QStringLiteral("b0"));
    EXPECT_EQ(b.statuses[size_t(b.cell(0, 0))], CellStatus::Pending);
    expectScored(b, 4, 4);
}

TEST_F(SampleRowsLoaderTest, StopsWhenCancelled)
{
    startRun(QStringLiteral("a"));
    append(QStringLiteral("a"), 0);
    finishImport(QStringLiteral("a"), 1);
    const SampleRows rows = loadSampleRows(StoreReader(m_path), QStringLiteral("a"), { kF1 }, [] { return true; });
    EXPECT_TRUE(rows.cancelled);
}

TEST_F(SampleRowsLoaderTest, AnUnknownRunHasNoRows)
{
    const SampleRows rows = loadSampleRows(StoreReader(m_path), QStringLiteral("missing"), { kF1 });
    EXPECT_FALSE(rows.cancelled);
    EXPECT_TRUE(rows.rows.empty());
    EXPECT_TRUE(rows.values.empty());
}

} // namespace

// SPDX-License-Identifier: MIT
#include "common/datadir.h"
#include "common/testprinters.h"
#include "store/connectionpool.h"
#include "store/storereader.h"
#include "trendfixture.h"
#include "ui/trendchart.h"
#include "ui/trendpointmodel.h"
#include "ui/trendspage.h"

#include <gtest/gtest.h>
#include <memory>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace evalbench;
using namespace evalbench::testing;

namespace {

const QString kF1 = QStringLiteral("token_f1");
const QString kExact = QStringLiteral("exact_match");
const QString kRagDemo = QStringLiteral("/data/sets/rag-demo.jsonl");

class TrendsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = std::make_unique<DataDir>(m_dir.path());
        m_writer = std::make_unique<StoreWriter>(m_dataDir->databasePath());
        ASSERT_TRUE(m_writer->openError().isEmpty()) << m_writer->openError().toStdString();
    }
    void TearDown() override
    {
        m_page.reset();
        m_writer.reset();
        ConnectionPool::closeForCurrentThread(m_dataDir->databasePath());
    }

    // Three runs of rag-demo.jsonl written out of date order, one of another dataset.
    void addThreeRagDemoRuns()
    {
        ASSERT_NO_FATAL_FAILURE(addTrendRun(*m_writer,
            { QStringLiteral("run-b"), QStringLiteral("second"), day(12), kRagDemo, QStringLiteral("file"),
                { { kF1, average(0.70, 40) }, { kExact, average(0.50, 40) } }, 0.60, 40 }));
        ASSERT_NO_FATAL_FAILURE(addTrendRun(*m_writer,
            { QStringLiteral("run-a"), QStringLiteral("first"), day(3), kRagDemo, QStringLiteral("file"),
                { { kF1, average(0.55, 38) }, { kExact, average(0.25, 38) } }, 0.40, 38 }));
        ASSERT_NO_FATAL_FAILURE(addTrendRun(*m_writer,
            { QStringLiteral("run-c"), QStringLiteral("third"), day(20), kRagDemo, QStringLiteral("file"),
                { { kF1, average(0.80, 42) } }, 0.80, 42 }));
        ASSERT_NO_FATAL_FAILURE(addTrendRun(*m_writer,
            { QStringLiteral("run-x"), QStringLiteral("other"), day(25), QStringLiteral("/data/other.csv"),
                QStringLiteral("file"), { { kF1, average(0.10, 5) } }, 0.10, 5 }));
    }

    // A shown page with its series list and the first series' points loaded.
    void openPage()
    {
        m_page = std::make_unique<TrendsPage>(m_dataDir->databasePath());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy points(m_page.get(), &TrendsPage::pointsLoaded);
        m_page->resize(900, 700);
        m_page->show(); // showing loads
        ASSERT_TRUE(points.wait(10000));
    }

    void choose(const QString& seriesKey)
    {
        const QList<TrendSeries> all = m_page->series();
        const auto it = std::find_if(
            all.cbegin(), all.cend(), [&seriesKey](const TrendSeries& one) { return one.key == seriesKey; });
        ASSERT_NE(it, all.cend());
        if (m_page->currentSeries() && m_page->currentSeries()->key == seriesKey)
            return;
        QSignalSpy points(m_page.get(), &TrendsPage::pointsLoaded);
        m_page->selectSeries(*it);
        ASSERT_TRUE(points.wait(10000));
    }

    QStringList column(int column) const
    {
        QStringList values;
        for (int row = 0; row < m_page->model()->rowCount(); ++row)
            values.append(m_page->model()->index(row, column).data().toString());
        return values;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DataDir> m_dataDir;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<TrendsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(TrendsTest, TheSeriesListGroupsRunsByDatasetAndByApiRunName)
{
    ASSERT_NO_FATAL_FAILURE(addThreeRagDemoRuns());
    for (int i = 0; i < 2; ++i) {
        ASSERT_NO_FATAL_FAILURE(addTrendRun(*m_writer,
            { QStringLiteral("api-%1").arg(i), QStringLiteral("API inbox"), day(5 + i), QString(),
                QStringLiteral("api"), { { kF1, average(0.3 + 0.1 * i, 1) } }, 0.3, 1 }));
    }
    ASSERT_NO_FATAL_FAILURE(addTrendRun(*m_writer,
        { QStringLiteral("api-other"), QStringLiteral("Night batch"), day(1), QString(), QStringLiteral("api"),
            { { kF1, average(0.9, 1) } }, 0.9, 1 }));

    // Most recently run first; each series counts its runs.
    const QList<TrendSeries> series = StoreReader(m_dataDir->databasePath()).trendSeries();
    ASSERT_EQ(series.size(), 4);
    EXPECT_EQ(series.at(0).key, QStringLiteral("/data/other.csv"));
    EXPECT_EQ(series.at(0).runCount, 1);
    EXPECT_EQ(series.at(1).key, kRagDemo);
    EXPECT_EQ(series.at(1).kind, TrendSeries::Kind::Dataset);
    EXPECT_EQ(series.at(1).runCount, 3);
    EXPECT_EQ(series.at(1).lastRunAt, day(20));
    EXPECT_EQ(series.at(2).key, QStringLiteral("API inbox"));
    EXPECT_EQ(series.at(2).kind, TrendSeries::Kind::ApiName);
    EXPECT_EQ(series.at(2).runCount, 2);
    EXPECT_EQ(series.at(3).key, QStringLiteral("Night batch"));
    EXPECT_EQ(series.at(3).runCount, 1);

    ASSERT_NO_FATAL_FAILURE(openPage());
    QStringList labels;
    for (int row = 0; row < m_page->seriesCombo()->count(); ++row)
        labels.append(m_page->seriesCombo()->itemText(row));
    EXPECT_EQ(labels,
        QStringList({ QStringLiteral("dataset: other.csv (1 run)"), QStringLiteral("dataset: rag-demo.jsonl (3 runs)"),
            QStringLiteral("API: API inbox (2 runs)"), QStringLiteral("API: Night batch (1 run)") }));

    // An API series shows its own runs only.
    ASSERT_NO_FATAL_FAILURE(choose(QStringLiteral("API inbox")));
    m_page->selectMetric(kF1);
    EXPECT_EQ(
        column(TrendPointModel::RunColumn), QStringList({ QStringLiteral("API inbox"), QStringLiteral("API inbox") }));
    EXPECT_EQ(m_page->model()->runIdAt(0), QStringLiteral("api-0"));
    EXPECT_EQ(m_page->model()->runIdAt(1), QStringLiteral("api-1"));
}

TEST_F(TrendsTest, ThreeRunsOfADatasetGiveTheirAveragesInDateOrder)
{
    ASSERT_NO_FATAL_FAILURE(addThreeRagDemoRuns());
    ASSERT_NO_FATAL_FAILURE(openPage());
    ASSERT_NO_FATAL_FAILURE(choose(kRagDemo));

    // The metrics the runs have, after the weighted score.
    QStringList metrics;
    for (int row = 0; row < m_page->metricCombo()->count(); ++row)
        metrics.append(m_page->metricCombo()->itemData(row).toString());
    EXPECT_EQ(metrics, QStringList({ QString(), kExact, kF1 }));
    EXPECT_EQ(m_page->metricCombo()->itemText(0), QStringLiteral("Weighted score"));

    m_page->selectMetric(kF1);
    EXPECT_EQ(m_page->currentMetric(), kF1);
    EXPECT_EQ(column(TrendPointModel::RunColumn),
        QStringList({ QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third") }));
    EXPECT_EQ(column(TrendPointModel::AverageColumn),
        QStringList({ QStringLiteral("0.5500"), QStringLiteral("0.7000"), QStringLiteral("0.8000") }));
    EXPECT_EQ(column(TrendPointModel::ScoredColumn),
        QStringList({ QStringLiteral("38"), QStringLiteral("40"), QStringLiteral("42") }));

    QLineSeries* line = m_page->chart()->series();
    ASSERT_EQ(line->count(), 3);
    EXPECT_TRUE(line->pointsVisible());
    EXPECT_EQ(line->at(0), QPointF(double(day(3).toMSecsSinceEpoch()), 0.55));
    EXPECT_EQ(line->at(1), QPointF(double(day(12).toMSecsSinceEpoch()), 0.70));
    EXPECT_EQ(line->at(2), QPointF(double(day(20).toMSecsSinceEpoch()), 0.80));

    // A metric one run lacks leaves that run out of the chart and the table.
    m_page->selectMetric(kExact);
    EXPECT_EQ(column(TrendPointModel::RunColumn), QStringList({ QStringLiteral("first"), QStringLiteral("second") }));
    ASSERT_EQ(line->count(), 2);
    EXPECT_DOUBLE_EQ(line->at(1).y(), 0.50);
}

TEST_F(TrendsTest, TheWeightedScoreSeriesFollowsTheRunsWeightedScores)
{
    ASSERT_NO_FATAL_FAILURE(addThreeRagDemoRuns());
    ASSERT_NO_FATAL_FAILURE(openPage());
    ASSERT_NO_FATAL_FAILURE(choose(kRagDemo));
    m_page->selectMetric(kF1);
    m_page->selectMetric(QString());
    EXPECT_EQ(m_page->metricCombo()->currentIndex(), 0);

    EXPECT_EQ(column(TrendPointModel::AverageColumn),
        QStringList({ QStringLiteral("0.4000"), QStringLiteral("0.6000"), QStringLiteral("0.8000") }));
    EXPECT_EQ(column(TrendPointModel::ScoredColumn),
        QStringList({ QStringLiteral("38"), QStringLiteral("40"), QStringLiteral("42") }))
        << "the weighted score is over the run's scored samples";
    QLineSeries* line = m_page->chart()->series();
    ASSERT_EQ(line->count(), 3);
    EXPECT_DOUBLE_EQ(line->at(0).y(), 0.40);
    EXPECT_DOUBLE_EQ(line->at(2).y(), 0.80);
    EXPECT_TRUE(m_page->chart()->chart()->title().startsWith(QStringLiteral("Weighted score")));
}

TEST_F(TrendsTest, DoubleClickingARowOrClickingAPointAsksForThatRunsReport)
{
    ASSERT_NO_FATAL_FAILURE(addThreeRagDemoRuns());
    ASSERT_NO_FATAL_FAILURE(openPage());
    ASSERT_NO_FATAL_FAILURE(choose(kRagDemo));
    ASSERT_EQ(m_page->model()->rowCount(), 3);

    QSignalSpy open(m_page.get(), &TrendsPage::openReportRequested);
    QTableView* table = m_page->table();
    const QRect cell = table->visualRect(m_page->model()->index(1, TrendPointModel::RunColumn));
    ASSERT_TRUE(cell.isValid());
    // What a real double-click delivers: press, release, double-click, release.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().first().toString(), QStringLiteral("run-b"));

    // A click near the last point (the series reports where on the line it was clicked).
    Q_EMIT m_page->chart()->series()->clicked(QPointF(double(day(20).addSecs(-600).toMSecsSinceEpoch()), 0.79));
    ASSERT_EQ(open.size(), 2);
    EXPECT_EQ(open.at(1).first().toString(), QStringLiteral("run-c"));
}

TEST_F(TrendsTest, AnEmptyDatabaseSaysHowTrendsAppear)
{
    m_page = std::make_unique<TrendsPage>(m_dataDir->databasePath());
    QSignalSpy loaded(m_page.get(), &TrendsPage::seriesLoaded);
    m_page->show();
    ASSERT_TRUE(loaded.wait(10000));
    EXPECT_EQ(m_page->seriesCombo()->count(), 0);
    EXPECT_FALSE(m_page->currentSeries().has_value());
    EXPECT_EQ(m_page->model()->rowCount(), 0);
}

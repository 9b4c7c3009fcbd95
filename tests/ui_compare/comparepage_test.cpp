// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "compare/comparefixture.h"
#include "jobs/jobmanager.h"
#include "ui/changecountmodel.h"
#include "ui/comparepage.h"
#include "ui/comparisonchart.h"
#include "ui/comparisonitemfilter.h"
#include "ui/comparisonitemmodel.h"
#include "ui/metricdeltamodel.h"
#include "ui/runlistmodel.h"
#include "ui/runspage.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QThreadPool>

using namespace evalbench;
using namespace evalbench::testing;

namespace {

using Tester = QAbstractItemModelTester;

class ComparePageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_store.addBaselineAndCandidate();
        // Scores like the baseline, so that it only differs once another run is the baseline.
        m_store.addRun(QStringLiteral("run-mid"), QStringLiteral("Middle"), 75, { kF1, kHallucination },
            { { QStringLiteral("q1"), QStringLiteral("What is one?"), { { kF1, 0.5 }, { kHallucination, 0.2 } } },
                { QStringLiteral("q2"), QStringLiteral("What is two?"), { { kF1, 0.6 }, { kHallucination, 0.1 } } },
                { QStringLiteral("q3"), QStringLiteral("What is three?"), { { kF1, 0.9 }, { kHallucination, 0.0 } } },
                { QStringLiteral("q4"), QStringLiteral("What is four?"), { { kF1, 0.4 }, { kHallucination, 0.3 } } } });
        m_page = std::make_unique<ComparePage>(m_store.databasePath());
        m_page->resize(1200, 900);
        m_deltas = m_page->findChild<MetricDeltaModel*>();
        m_counts = m_page->findChild<ChangeCountModel*>();
        m_items = m_page->findChild<ComparisonItemModel*>();
        m_filter = m_page->findChild<ComparisonItemFilter*>();
        m_itemView = m_page->findChild<QTableView*>(QStringLiteral("comparisonItemTable"));
        ASSERT_TRUE(m_deltas && m_counts && m_items && m_filter && m_itemView);
        for (QAbstractItemModel* model :
            std::initializer_list<QAbstractItemModel*> { m_deltas, m_counts, m_items, m_filter })
            m_testers.emplace_back(new Tester(model, Tester::FailureReportingMode::Fatal));
    }

    void TearDown() override
    {
        m_testers.clear();
        m_page.reset();
        QThreadPool::globalInstance()->waitForDone(); // background loads hold connections to the database
    }

    bool waitLoaded(const std::function<void()>& request)
    {
        QSignalSpy loaded(m_page.get(), &ComparePage::loaded);
        request();
        return loaded.count() > 0 || loaded.wait(20000);
    }

    // Improved, regressed, unchanged, not comparable of `metric` for the run shown as `run`.
    QList<int> counts(const QString& metric, const QString& run) const
    {
        for (int row = 0; row < m_counts->rowCount(); ++row) {
            if (m_counts->index(row, ChangeCountModel::MetricColumn).data().toString() == metric
                && m_counts->index(row, ChangeCountModel::RunColumn).data().toString() == run) {
                QList<int> found;
                for (int column = ChangeCountModel::ImprovedColumn; column <= ChangeCountModel::NotComparableColumn;
                     ++column)
                    found.append(m_counts->index(row, column).data().toInt());
                return found;
            }
        }
        return {};
    }

    // "run/id/metric" of every row the item list shows, in view order.
    QStringList shownItems() const
    {
        QStringList rows;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            const auto cell = [&](int column) { return m_filter->index(row, column).data().toString(); };
            rows.append(cell(ComparisonItemModel::RunColumn) + QLatin1Char('/') + cell(ComparisonItemModel::IdColumn)
                + QLatin1Char('/') + cell(ComparisonItemModel::MetricColumn));
        }
        return rows;
    }

    CompareStore m_store;
    std::unique_ptr<ComparePage> m_page;
    MetricDeltaModel* m_deltas = nullptr;
    ChangeCountModel* m_counts = nullptr;
    ComparisonItemModel* m_items = nullptr;
    ComparisonItemFilter* m_filter = nullptr;
    QTableView* m_itemView = nullptr;
    std::vector<std::unique_ptr<Tester>> m_testers;
};

} // namespace

TEST_F(ComparePageTest, ShowsDeltasCountsChartAndRegressions)
{
    ASSERT_TRUE(waitLoaded([&] { m_page->compare({ QStringLiteral("run-new"), QStringLiteral("run-base") }); }));
    EXPECT_EQ(m_page->baselineId(), QStringLiteral("run-base")); // the oldest
    ASSERT_EQ(m_deltas->rowCount(), 2);
    const QModelIndex f1Delta = m_deltas->index(0, MetricDeltaModel::deltaColumn(0));
    EXPECT_EQ(f1Delta.data(MetricDeltaModel::ChangeRole).toInt(), int(Change::Regressed));
    EXPECT_TRUE(f1Delta.data().toString().startsWith(QStringLiteral("▼"))) << f1Delta.data().toString().toStdString();
    EXPECT_TRUE(f1Delta.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
    // Hallucination fell: better, because lower is better.
    EXPECT_EQ(m_deltas->index(1, MetricDeltaModel::deltaColumn(0)).data(MetricDeltaModel::ChangeRole).toInt(),
        int(Change::Improved));
    EXPECT_EQ(counts(kF1, QStringLiteral("Candidate")), (QList<int> { 1, 1, 1, 1 }));

    auto* chart = m_page->findChild<ComparisonChart*>();
    ASSERT_TRUE(chart);
    EXPECT_EQ(chart->series()->count(), 2); // a bar set per run

    // Regressions only, worst first: q3's token_f1 (-0.7) before q2's hallucination (+0.2).
    EXPECT_TRUE(m_page->findChild<QCheckBox*>(QStringLiteral("regressionsOnlyCheck"))->isChecked());
    EXPECT_EQ(shownItems(),
        (QStringList { QStringLiteral("Candidate/q3/token_f1"), QStringLiteral("Candidate/q2/hallucination") }));
    const QModelIndex q3 = m_filter->index(0, ComparisonItemModel::DeltaColumn);
    EXPECT_EQ(
        m_filter->index(0, ComparisonItemModel::BaselineColumn).data().toString(), QLocale().toString(0.9, 'f', 4));
    EXPECT_EQ(q3.data(ComparisonItemModel::SampleIndexRole).toInt(), 2);

    auto* metric = m_page->findChild<QComboBox*>(QStringLiteral("metricFilterCombo"));
    metric->setCurrentIndex(metric->findData(kHallucination));
    EXPECT_EQ(shownItems(), (QStringList { QStringLiteral("Candidate/q2/hallucination") }));
    metric->setCurrentIndex(0);
    m_page->findChild<QCheckBox*>(QStringLiteral("regressionsOnlyCheck"))->setChecked(false);
    EXPECT_EQ(m_filter->rowCount(), 8); // 4 matched samples x 2 metrics
}

TEST_F(ComparePageTest, DoubleClickOpensTheSampleReport)
{
    ASSERT_TRUE(waitLoaded([&] { m_page->compare({ QStringLiteral("run-new"), QStringLiteral("run-base") }); }));
    m_page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
    QSignalSpy open(m_page.get(), &ComparePage::openReportRequested);
    const QModelIndex first = m_filter->index(0, ComparisonItemModel::IdColumn);
    const QPoint centre = m_itemView->visualRect(first).center();
    QTest::mouseClick(m_itemView->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(m_itemView->viewport(), Qt::LeftButton, {}, centre);
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).toString(), QStringLiteral("run-new"));
    EXPECT_EQ(open.at(0).at(1).toInt(), 2); // q3
}

TEST_F(ComparePageTest, SwitchingTheBaselineRecomputes)
{
    ASSERT_TRUE(waitLoaded([&] {
        m_page->compare({ QStringLiteral("run-new"), QStringLiteral("run-mid"), QStringLiteral("run-base") });
    }));
    EXPECT_EQ(counts(kF1, QStringLiteral("Middle")), (QList<int> { 0, 0, 3, 1 }));
    EXPECT_EQ(counts(kF1, QStringLiteral("Candidate")), (QList<int> { 1, 1, 1, 1 }));

    // The combo lists the runs oldest first; one step down is "Middle".
    auto* combo = m_page->findChild<QComboBox*>(QStringLiteral("baselineCombo"));
    ASSERT_EQ(combo->count(), 3);
    combo->setFocus();
    ASSERT_TRUE(waitLoaded([&] { QTest::keyClick(combo, Qt::Key_Down); }));
    EXPECT_EQ(m_page->baselineId(), QStringLiteral("run-mid"));
    EXPECT_EQ(counts(kF1, QStringLiteral("Baseline")), (QList<int> { 0, 0, 3, 1 }));
    EXPECT_EQ(counts(kF1, QStringLiteral("Candidate")), (QList<int> { 1, 1, 2, 0 })); // q4 is comparable now

    // Against the candidate, q3 improved and q2 regressed.
    ASSERT_TRUE(waitLoaded([&] { m_page->setBaseline(QStringLiteral("run-new")); }));
    EXPECT_EQ(combo->currentData().toString(), QStringLiteral("run-new"));
    const QStringList shown = shownItems();
    EXPECT_TRUE(shown.contains(QStringLiteral("Baseline/q2/token_f1"))) << shown.join(QLatin1Char(' ')).toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("Baseline/q3/token_f1")));
}

TEST_F(ComparePageTest, ExportsMarkdown)
{
    ASSERT_TRUE(waitLoaded([&] { m_page->compare({ QStringLiteral("run-new"), QStringLiteral("run-base") }); }));
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("comparison.md"));
    QString suggested;
    m_page->setSavePathProvider([&](const QString& s) {
        suggested = s;
        return path;
    });
    QSignalSpy finished(m_page.get(), &ComparePage::exportFinished);
    m_page->findChild<QPushButton*>(QStringLiteral("exportMarkdownButton"))->click();
    ASSERT_TRUE(finished.count() > 0 || finished.wait(20000));
    EXPECT_EQ(finished.at(0).at(1).toString(), QString());
    EXPECT_TRUE(suggested.endsWith(QStringLiteral("comparison-Baseline.md"))) << suggested.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(md.startsWith(QStringLiteral("# EvalBench comparison against Baseline")));
    EXPECT_TRUE(md.contains(QStringLiteral("`q3`")));
}

TEST_F(ComparePageTest, RunsPageComparesTwoSelectedRuns)
{
    JobManager jobs(m_store.writer(), m_store.dataDir());
    RunsPage runs(m_store.databasePath(), jobs, m_store.dataDir());
    QSignalSpy loaded(&runs, &RunsPage::fullyLoaded);
    ASSERT_TRUE(loaded.wait(20000));
    auto* compare = runs.findChild<QPushButton*>(QStringLiteral("compareButton"));
    ASSERT_TRUE(compare);
    EXPECT_FALSE(compare->isEnabled());
    runs.view()->selectRow(0);
    EXPECT_FALSE(compare->isEnabled());
    runs.view()->selectionModel()->select(
        runs.view()->model()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    ASSERT_TRUE(compare->isEnabled());
    QSignalSpy requested(&runs, &RunsPage::compareRequested);
    compare->click();
    ASSERT_EQ(requested.count(), 1);
    // Newest first, as listed: the candidate and the baseline.
    EXPECT_EQ(
        requested.at(0).at(0).toStringList(), (QStringList { QStringLiteral("run-new"), QStringLiteral("run-base") }));
}

TEST_F(ComparePageTest, TintsFollowADarkPalette)
{
    ASSERT_TRUE(waitLoaded([&] { m_page->compare({ QStringLiteral("run-new"), QStringLiteral("run-base") }); }));
    QSignalSpy changed(m_deltas, &QAbstractItemModel::dataChanged);
    QPalette dark = m_page->palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    m_page->setPalette(dark);
    EXPECT_GE(changed.count(), 1);
    const QColor regressed =
        m_deltas->index(0, MetricDeltaModel::deltaColumn(0)).data(Qt::BackgroundRole).value<QBrush>().color();
    // Still a dark cell, so the palette's light text stays legible on it, and visibly red.
    EXPECT_LT(regressed.lightness(), 100);
    EXPECT_GT(regressed.red(), regressed.green());
}

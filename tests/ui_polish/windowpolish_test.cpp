// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "polishfixture.h"
#include "ui/changecountmodel.h"
#include "ui/comparepage.h"
#include "ui/comparisonitemmodel.h"
#include "ui/jobstatebadgedelegate.h"
#include "ui/mainwindow.h"
#include "ui/metricdeltamodel.h"
#include "ui/ml/confusionmatrixmodel.h"
#include "ui/pagenavigator.h"
#include "ui/readabletext.h"
#include "ui/reportpage.h"
#include "ui/samplelistmodel.h"
#include "ui/windowservices.h"
#include "ui/windowstatesaver.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace evalbench;
using namespace evalbench::testing;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

class WindowPolishTest : public PolishTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(PolishTest::SetUp());
        m_store.addBaselineAndCandidate();
        m_services = std::make_unique<WindowServices>(m_store.writer(), m_store.dataDir());
        m_originalPalette = QApplication::palette();
        QSettings().clear();
    }
    void TearDown() override
    {
        m_window.reset();
        m_services.reset();
        QApplication::setPalette(m_originalPalette);
        QSettings().clear();
        PolishTest::TearDown();
    }

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(
            m_store.writer(), *m_jobs, m_services->apiJobs, m_services->apiServer, m_store.dataDir());
        QSignalSpy loaded(window->runsPage(), &RunsPage::fullyLoaded);
        window->show();
        EXPECT_TRUE(loaded.wait(20000));
        return window;
    }

    void activate(QWidget* window)
    {
        QApplication::setActiveWindow(window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    }

    bool openReport(const QString& runId)
    {
        QSignalSpy loaded(m_window->reportPage(), &ReportPage::loaded);
        m_window->openReport(runId);
        return loaded.wait(20000);
    }

    bool openComparison()
    {
        QSignalSpy loaded(m_window->comparePage(), &ComparePage::loaded);
        m_window->openComparison({ QStringLiteral("run-new"), QStringLiteral("run-base") });
        return loaded.wait(20000);
    }

    // Every tinted cell of `model`: its text colour (its own, else the view's) against its tint.
    // Returns how many cells were tinted.
    static int expectLegibleTints(const QAbstractItemModel& model, const QPalette& palette)
    {
        int tinted = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column) {
                const QModelIndex index = model.index(row, column);
                const QVariant background = index.data(Qt::BackgroundRole);
                if (!background.isValid() || background.value<QBrush>().style() == Qt::NoBrush)
                    continue;
                ++tinted;
                const QColor tint = background.value<QBrush>().color();
                const QVariant foreground = index.data(Qt::ForegroundRole);
                const QColor text =
                    foreground.isValid() ? foreground.value<QBrush>().color() : palette.color(QPalette::Text);
                const double ratio = ReadableText::contrast(text, tint);
                EXPECT_GE(ratio, ReadableText::kMinimumContrast)
                    << model.objectName().toStdString() << " row " << row << " column " << column << ": "
                    << text.name().toStdString() << " on " << tint.name().toStdString();
            }
        }
        return tinted;
    }

    void expectEveryPageLegible(const QPalette& palette)
    {
        auto* samples = m_window->reportPage()->findChild<SampleListModel*>();
        auto* deltas = m_window->comparePage()->findChild<MetricDeltaModel*>();
        auto* counts = m_window->comparePage()->findChild<ChangeCountModel*>();
        auto* items = m_window->comparePage()->findChild<ComparisonItemModel*>();
        ASSERT_TRUE(samples && deltas && counts && items);
        EXPECT_GT(expectLegibleTints(*samples, palette), 0);
        EXPECT_GT(expectLegibleTints(*deltas, palette), 0);
        EXPECT_GT(expectLegibleTints(*counts, palette), 0);
        EXPECT_GT(expectLegibleTints(*items, palette), 0);
    }

    std::unique_ptr<WindowServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QPalette m_originalPalette;
};

} // namespace

TEST_F(WindowPolishTest, ShortcutsSwitchPagesAndAltLeftGoesBack)
{
    m_window = makeWindow();
    ASSERT_NO_FATAL_FAILURE(activate(m_window.get()));
    ASSERT_EQ(m_window->currentPage(), MainWindow::RunsPageIndex);
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentPage(), MainWindow::ModelScoringPageIndex);
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentPage(), MainWindow::ScoreJobsPageIndex);
    QTest::keyClick(m_window.get(), Qt::Key_4, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentPage(), MainWindow::ScoreJobsPageIndex) << "the Report page waits for a run";
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentPage(), MainWindow::NewEvaluationPageIndex);

    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(m_window->currentPage(), MainWindow::ScoreJobsPageIndex);
    QTest::keyClick(m_window.get(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(m_window->currentPage(), MainWindow::ModelScoringPageIndex);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentPage(), MainWindow::RunsPageIndex);
}

TEST_F(WindowPolishTest, EnterOpensTheSelectedRunsReportAndF5RefreshesIt)
{
    m_window = makeWindow();
    ASSERT_NO_FATAL_FAILURE(activate(m_window.get()));
    QTableView* runs = m_window->runsPage()->view();
    runs->setFocus();
    runs->setCurrentIndex(runs->model()->index(0, 0)); // newest first: the candidate
    QSignalSpy loaded(m_window->reportPage(), &ReportPage::loaded);
    QTest::keyClick(runs, Qt::Key_Return);
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(m_window->currentPage(), MainWindow::ReportPageIndex);
    EXPECT_EQ(m_window->reportPage()->runId(), QStringLiteral("run-new"));

    QTest::keyClick(m_window.get(), Qt::Key_F5);
    ASSERT_TRUE(loaded.wait(20000)) << "F5 loads the report again";
    EXPECT_EQ(m_window->reportPage()->runId(), QStringLiteral("run-new"));
    EXPECT_TRUE(m_window->pageNavigator()->canGoBack());
}

TEST_F(WindowPolishTest, WindowSplitterAndHeaderStateComeBackInANewWindow)
{
    m_window = makeWindow();
    ASSERT_TRUE(openReport(QStringLiteral("run-new")));
    m_window->resize(1111, 777);
    QHeaderView* runsHeader = m_window->runsPage()->view()->horizontalHeader();
    runsHeader->resizeSection(RunListModel::NameColumn, 333);
    runsHeader->resizeSection(RunListModel::FirstMetricColumn, 123);
    auto* sampleTable = m_window->reportPage()->findChild<QTableView*>(QStringLiteral("sampleTable"));
    ASSERT_NE(sampleTable, nullptr);
    sampleTable->horizontalHeader()->resizeSection(SampleListModel::WeightedColumn, 77);
    auto* splitter = m_window->reportPage()->findChild<QSplitter*>(QStringLiteral("sampleSplitter"));
    ASSERT_NE(splitter, nullptr);
    splitter->setSizes({ 500, 200 });
    const QList<int> splitterSizes = splitter->sizes();
    m_window->showPage(MainWindow::ScoreJobsPageIndex);
    m_window->saveWindowState();
    const QSize size = m_window->size();
    m_window.reset();

    m_window = makeWindow();
    EXPECT_EQ(m_window->size(), size);
    EXPECT_EQ(m_window->currentPage(), MainWindow::ScoreJobsPageIndex);
    runsHeader = m_window->runsPage()->view()->horizontalHeader();
    // The metric columns arrived with the list: the state is applied once they are there.
    QCoreApplication::processEvents();
    EXPECT_EQ(runsHeader->sectionSize(RunListModel::NameColumn), 333);
    EXPECT_EQ(runsHeader->sectionSize(RunListModel::FirstMetricColumn), 123);
    ASSERT_TRUE(openReport(QStringLiteral("run-new")));
    sampleTable = m_window->reportPage()->findChild<QTableView*>(QStringLiteral("sampleTable"));
    QCoreApplication::processEvents();
    EXPECT_EQ(sampleTable->horizontalHeader()->sectionSize(SampleListModel::WeightedColumn), 77);
    splitter = m_window->reportPage()->findChild<QSplitter*>(QStringLiteral("sampleSplitter"));
    EXPECT_EQ(splitter->sizes(), splitterSizes);
}

TEST_F(WindowPolishTest, TintedCellsAreLegibleInTheLightPalette)
{
    const QPalette light = QApplication::style()->standardPalette();
    QApplication::setPalette(light);
    m_window = makeWindow();
    ASSERT_TRUE(openReport(QStringLiteral("run-new")));
    ASSERT_TRUE(openComparison());
    expectEveryPageLegible(light);
}

TEST_F(WindowPolishTest, TintedCellsFollowADarkPaletteAndStayLegible)
{
    m_window = makeWindow();
    ASSERT_TRUE(openReport(QStringLiteral("run-new")));
    ASSERT_TRUE(openComparison());
    // Switched while the pages are open: they hear of it through QEvent::PaletteChange.
    const QPalette dark = darkPalette();
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    expectEveryPageLegible(dark);
    // The tints are mixed into the dark base, not left light.
    auto* samples = m_window->reportPage()->findChild<SampleListModel*>();
    const QColor tint =
        samples->index(0, SampleListModel::WeightedColumn).data(Qt::BackgroundRole).value<QBrush>().color();
    EXPECT_LT(ReadableText::luminance(tint), 0.2) << tint.name().toStdString();
}

TEST_F(WindowPolishTest, BadgesAndConfusionCellsHaveReadableText)
{
    for (const JobState state :
        { JobState::Queued, JobState::Running, JobState::Completed, JobState::Failed, JobState::Cancelled })
        EXPECT_GE(
            ReadableText::contrast(JobStateBadgeDelegate::badgeColor(state), JobStateBadgeDelegate::textColor(state)),
            ReadableText::kMinimumContrast)
            << int(state);
    ConfusionMatrixModel matrix;
    matrix.setObjectName(QStringLiteral("confusionMatrix"));
    // Shares from 0 to 1 in twentieths, and zeros.
    QList<QList<qint64>> counts;
    QStringList labels;
    for (int row = 0; row <= 20; ++row) {
        labels.append(QStringLiteral("c%1").arg(row));
        QList<qint64> line(21, 0);
        line[row] = row;
        line[(row + 1) % 21] = 20 - row;
        counts.append(line);
    }
    matrix.setData(labels, counts);
    EXPECT_GT(expectLegibleTints(matrix, QApplication::palette()), 0);
}

TEST(ReadableTextTest, ContrastFollowsTheWcagFormula)
{
    EXPECT_NEAR(ReadableText::contrast(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(ReadableText::contrast(QColor(0x77, 0x77, 0x77), Qt::white), 4.48, 0.01);
    EXPECT_EQ(ReadableText::on(QColor(0x1e, 0x1e, 0x1e)), QColor(Qt::white));
    EXPECT_EQ(ReadableText::on(QColor(0xf0, 0xf0, 0xf0), QColor(0x20, 0x20, 0x20)), QColor(0x20, 0x20, 0x20));
}

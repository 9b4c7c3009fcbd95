// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "polishfixture.h"
#include "ui/runfilterbar.h"
#include "ui/runfilterproxy.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

using namespace evalbench;
using namespace evalbench::testing;

namespace {

class RunFilterTest : public PolishTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(PolishTest::SetUp());
        // Noon today, local time: "today" then holds the run of an hour ago whatever the time zone.
        m_now = QDateTime(QDate::currentDate(), QTime(12, 0));
        const auto ago = [this](
                             int days, int hours = 0) { return m_now.addDays(-days).addSecs(-3600 * hours).toUTC(); };
        for (const PlainRun& run : {
                 PlainRun { QStringLiteral("run-a1"), QStringLiteral("Support bot nightly"), QStringLiteral("file"),
                     RunStatus::Completed, ago(0, 1), QStringLiteral("/data/support/answers.jsonl") },
                 PlainRun { QStringLiteral("run-b2"), QStringLiteral("Dify traffic"), QStringLiteral("api"),
                     RunStatus::Running, ago(3), QString() },
                 PlainRun { QStringLiteral("run-c3"), QStringLiteral("Detector v2"), QStringLiteral("workspace"),
                     RunStatus::Failed, ago(20), QStringLiteral("/work/detector/ws") },
                 PlainRun { QStringLiteral("run-d4"), QStringLiteral("Old baseline"), QStringLiteral("file"),
                     RunStatus::Cancelled, ago(100), QStringLiteral("/data/SUPPORT/old.csv") },
                 PlainRun { QStringLiteral("run-e5"), QStringLiteral("Queued import"), QStringLiteral("file"),
                     RunStatus::Queued, ago(0, 2), QStringLiteral("/tmp/queued.jsonl") },
             })
            ASSERT_NO_FATAL_FAILURE(addPlainRun(run));

        m_page = std::make_unique<RunsPage>(m_store.databasePath(), *m_jobs, m_store.dataDir());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->filterProxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_page->filterProxy()->setNow(m_now);
        ASSERT_TRUE(waitFullyLoaded(*m_page, [] {}));
        ASSERT_EQ(m_page->model()->rowCount(), 5);
        m_search = m_page->findChild<QLineEdit*>(QStringLiteral("runSearch"));
        m_source = m_page->findChild<QComboBox*>(QStringLiteral("sourceFilter"));
        m_status = m_page->findChild<QComboBox*>(QStringLiteral("statusFilter"));
        m_period = m_page->findChild<QComboBox*>(QStringLiteral("periodFilter"));
        m_count = m_page->findChild<QLabel*>(QStringLiteral("runCount"));
        ASSERT_TRUE(m_search && m_source && m_status && m_period && m_count);
    }
    void TearDown() override
    {
        m_tester.reset();
        m_page.reset();
        PolishTest::TearDown();
    }

    // The ids the table shows, in its order.
    QStringList shown() const
    {
        QStringList ids;
        const QAbstractItemModel* model = m_page->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->index(row, 0).data(RunListModel::RunIdRole).toString());
        return ids;
    }

    static void choose(QComboBox* combo, const QString& text)
    {
        const int index = combo->findText(text);
        ASSERT_GE(index, 0) << text.toStdString();
        combo->setCurrentIndex(index);
    }

    QDateTime m_now;
    std::unique_ptr<RunsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QLineEdit* m_search = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_period = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace

TEST_F(RunFilterTest, SearchMatchesNameDatasetPathAndIdIgnoringCase)
{
    EXPECT_EQ(m_count->text(), QStringLiteral("5 run(s)"));
    m_search->setText(QStringLiteral("support"));
    // "Support bot nightly" by name, run-d4 by its dataset path /data/SUPPORT/...
    EXPECT_EQ(shown(), QStringList({ QStringLiteral("run-a1"), QStringLiteral("run-d4") }));
    EXPECT_EQ(m_count->text(), QStringLiteral("2 of 5 run(s)"));
    m_search->setText(QStringLiteral("DETECTOR/ws"));
    EXPECT_EQ(shown(), QStringList({ QStringLiteral("run-c3") }));
    m_search->setText(QStringLiteral("RUN-B2"));
    EXPECT_EQ(shown(), QStringList({ QStringLiteral("run-b2") }));
    m_search->setText(QStringLiteral("nothing like this"));
    EXPECT_TRUE(shown().isEmpty());
    EXPECT_EQ(m_count->text(), QStringLiteral("0 of 5 run(s)"));
    m_search->clear();
    EXPECT_EQ(shown().size(), 5);
    EXPECT_EQ(m_count->text(), QStringLiteral("5 run(s)"));
}

TEST_F(RunFilterTest, SourceFilterKeepsOneSource)
{
    choose(m_source, QStringLiteral("File"));
    EXPECT_EQ(shown(), QStringList({ QStringLiteral("run-a1"), QStringLiteral("run-e5"), QStringLiteral("run-d4") }));
    choose(m_source, QStringLiteral("API"));
    EXPECT_EQ(shown(), QStringList({ QStringLiteral("run-b2") }));
    choose(m_source, QStringLiteral("Workspace"));
    EXPECT_EQ(shown(), QStringList({ QStringLiteral("run-c3") }));
    EXPECT_EQ(m_count->text(), QStringLiteral("1 of 5 run(s)"));
    choose(m_source, QStringLiteral("All sources"));
    EXPECT_EQ(shown().size(), 5);
}

TEST_F(RunFilterTest, StatusFilterKeepsOneStatusAndRunningTakesInQueued)
{
    choose(m_status, QStringLiteral("Running"));
    EXPECT_EQ(shown(), QStringList({ QStringLiteral("run-e5"), QStringLiteral("run-b2") }));
    choose(m_status, QStringLiteral("Completed"));
    EXPECT_EQ(shown(), QStringList({ QStringLiteral("run-a1") }));
    choose(m_status, QStringLiteral("Failed"));
    EXPECT_EQ(shown(), QStringList({ QStringLiteral("run-c3") }));
    choose(m_status, QStringLiteral("Cancelled"));
    EXPECT_EQ(shown(), QStringList({ QStringLiteral("run-d4") }));
}

TEST_F(RunFilterTest, DateFilterCountsCalendarDaysBackFromToday)
{
    choose(m_period, QStringLiteral("Today"));
    EXPECT_EQ(shown(), QStringList({ QStringLiteral("run-a1"), QStringLiteral("run-e5") }));
    choose(m_period, QStringLiteral("Last 7 days"));
    EXPECT_EQ(shown(), QStringList({ QStringLiteral("run-a1"), QStringLiteral("run-e5"), QStringLiteral("run-b2") }));
    choose(m_period, QStringLiteral("Last 30 days"));
    EXPECT_EQ(shown(),
        QStringList({ QStringLiteral("run-a1"), QStringLiteral("run-e5"), QStringLiteral("run-b2"),
            QStringLiteral("run-c3") }));
    choose(m_period, QStringLiteral("Any date"));
    EXPECT_EQ(shown().size(), 5);
}

TEST_F(RunFilterTest, FiltersCombineAndSurviveAReload)
{
    choose(m_source, QStringLiteral("File"));
    choose(m_period, QStringLiteral("Last 30 days"));
    m_search->setText(QStringLiteral("jsonl"));
    EXPECT_EQ(shown(), QStringList({ QStringLiteral("run-a1"), QStringLiteral("run-e5") }));
    ASSERT_NO_FATAL_FAILURE(addPlainRun({ QStringLiteral("run-f6"), QStringLiteral("New today"), QStringLiteral("file"),
        RunStatus::Completed, m_now.addSecs(-60).toUTC(), QStringLiteral("/x/new.jsonl") }));
    ASSERT_TRUE(waitFullyLoaded(*m_page, [this] { m_page->reload(); }));
    EXPECT_EQ(shown(), QStringList({ QStringLiteral("run-f6"), QStringLiteral("run-a1"), QStringLiteral("run-e5") }));
    EXPECT_EQ(m_count->text(), QStringLiteral("3 of 6 run(s)"));
}

TEST_F(RunFilterTest, CtrlFFocusesTheSearchField)
{
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
    m_page->view()->setFocus();
    ASSERT_FALSE(m_search->hasFocus());
    QTest::keyClick(m_page->view(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(m_search->hasFocus());
}

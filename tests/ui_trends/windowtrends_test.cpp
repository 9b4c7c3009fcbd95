// SPDX-License-Identifier: MIT
#include "../ui/windowservices.h"
#include "common/enginetest.h"
#include "common/testprinters.h"
#include "trendfixture.h"
#include "ui/mainwindow.h"
#include "ui/reportpage.h"
#include "ui/trendchart.h"
#include "ui/trendpointmodel.h"
#include "ui/trendspage.h"

#include <gtest/gtest.h>

#include <QLineSeries>
#include <QListWidget>
#include <QSignalSpy>

using namespace evalbench;
using namespace evalbench::testing;

namespace {
class WindowTrendsTest : public EngineTest
{
};
} // namespace

TEST_F(WindowTrendsTest, TheTrendsPageFollowsCompareInTheSidebarAndOpensARunsReport)
{
    for (int i = 0; i < 2; ++i) {
        ASSERT_NO_FATAL_FAILURE(addTrendRun(*m_writer,
            { QStringLiteral("run-%1").arg(i), QStringLiteral("nightly %1").arg(i), day(4 + i),
                QStringLiteral("/data/nightly.jsonl"), QStringLiteral("file"),
                { { QStringLiteral("token_f1"), average(0.4 + 0.2 * i, 3) } }, 0.4 + 0.2 * i, 3 }));
    }
    WindowServices services(*m_writer, *m_dataDir);
    MainWindow window(*m_writer, *m_jobs, services.apiJobs, services.apiServer, *m_dataDir);
    window.show();
    auto* navigation = window.findChild<QListWidget*>();
    ASSERT_NE(navigation, nullptr);
    EXPECT_EQ(navigation->item(MainWindow::ComparePageIndex + 1)->text(), QStringLiteral("Trends"));
    EXPECT_EQ(navigation->item(MainWindow::SettingsPageIndex)->text(), QStringLiteral("Settings"));

    QSignalSpy points(window.trendsPage(), &TrendsPage::pointsLoaded);
    window.showPage(MainWindow::TrendsPageIndex);
    ASSERT_TRUE(points.wait(10000));
    ASSERT_EQ(window.trendsPage()->model()->rowCount(), 2);

    // Clicking the second point shows that run's report.
    QSignalSpy loaded(window.reportPage(), &ReportPage::loaded);
    const QPointF second = window.trendsPage()->chart()->series()->at(1);
    Q_EMIT window.trendsPage()->chart()->series()->clicked(second);
    EXPECT_EQ(window.currentPage(), MainWindow::ReportPageIndex);
    EXPECT_EQ(window.reportPage()->runId(), QStringLiteral("run-1"));
    ASSERT_TRUE(loaded.wait(10000));
}

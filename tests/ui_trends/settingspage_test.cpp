// SPDX-License-Identifier: MIT
#include "../ui/windowservices.h"
#include "common/enginetest.h"
#include "common/testprinters.h"
#include "trendfixture.h"
#include "ui/defaultmetricseditor.h"
#include "ui/evaluationdefaults.h"
#include "ui/mainwindow.h"
#include "ui/newevaluationpage.h"
#include "ui/reportpage.h"
#include "ui/settingspage.h"
#include "ui/uilanguage.h"
#include "ui/windowhost.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>

using namespace evalbench;
using namespace evalbench::testing;

namespace {

// The test main points QSettings at a temporary folder; each case starts from none.
class SettingsTest : public EngineTest
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        ASSERT_NO_FATAL_FAILURE(EngineTest::SetUp());
    }
    void TearDown() override
    {
        EngineTest::TearDown();
        UiLanguage::apply(UiLanguage::english());
        QSettings().clear();
    }
};

QString sidebarText(MainWindow* window, int row)
{
    auto* navigation = window->findChild<QListWidget*>();
    return navigation ? navigation->item(row)->text() : QString();
}

} // namespace

TEST_F(SettingsTest, SavedDefaultMetricsAndWeightsAreWhereANewEvaluationStarts)
{
    // Before any choice: the offline defaults, all weighted 1.
    const EvaluationDefaults builtin = EvaluationDefaults::load();
    EXPECT_FALSE(builtin.metrics.isEmpty());
    EXPECT_TRUE(builtin.weights.isEmpty());

    SettingsPage settings(*m_dataDir);
    DefaultMetricsEditor* editor = settings.metricsEditor();
    EXPECT_EQ(editor->defaults().metrics, builtin.metrics) << "the editor shows the current defaults";
    editor->setDefaults({});
    editor->setMetricChecked(QStringLiteral("token_f1"), true);
    editor->setMetricChecked(QStringLiteral("exact_match"), true);
    editor->setWeight(QStringLiteral("token_f1"), 2.5);
    QSignalSpy saved(&settings, &SettingsPage::defaultsSaved);
    settings.saveDefaults();
    ASSERT_EQ(saved.size(), 1);

    const EvaluationDefaults reloaded = EvaluationDefaults::load();
    EXPECT_EQ(QSet<QString>(reloaded.metrics.cbegin(), reloaded.metrics.cend()),
        QSet<QString>({ QStringLiteral("token_f1"), QStringLiteral("exact_match") }));
    EXPECT_DOUBLE_EQ(reloaded.weightOf(QStringLiteral("token_f1")), 2.5);

    NewEvaluationPage page(*m_jobs);
    const QStringList checked = page.checkedMetrics();
    EXPECT_EQ(QSet<QString>(checked.cbegin(), checked.cend()),
        QSet<QString>({ QStringLiteral("token_f1"), QStringLiteral("exact_match") }));
    const EvalRequest request = page.request();
    EXPECT_DOUBLE_EQ(request.settings.weightOf(QStringLiteral("token_f1")), 2.5);
    EXPECT_DOUBLE_EQ(request.settings.weightOf(QStringLiteral("exact_match")), 1.0);
}

TEST_F(SettingsTest, SavingDefaultsUpdatesTheOpenNewEvaluationPage)
{
    WindowServices services(*m_writer, *m_dataDir);
    MainWindow window(*m_writer, *m_jobs, services.apiJobs, services.apiServer, *m_dataDir);
    DefaultMetricsEditor* editor = window.settingsPage()->metricsEditor();
    editor->setDefaults({});
    editor->setMetricChecked(QStringLiteral("rouge_l"), true);
    window.settingsPage()->saveDefaults();
    EXPECT_EQ(window.newEvaluationPage()->checkedMetrics(), QStringList({ QStringLiteral("rouge_l") }));
}

TEST_F(SettingsTest, AChosenDataDirectoryIsSavedForTheNextStartAndTheCommandLineStillWins)
{
    SettingsPage settings(*m_dataDir);
    const QString chosen = m_dir.filePath(QStringLiteral("elsewhere"));
    settings.setFolderProvider([&chosen](const QString&) { return chosen; });
    settings.chooseDataDirectory();
    EXPECT_EQ(DataDir::savedRoot(), chosen);
    EXPECT_TRUE(settings.dataDirectoryNote()->text().contains(QStringLiteral("next start")))
        << settings.dataDirectoryNote()->text().toStdString();

    qunsetenv("EVALBENCH_DATA_DIR");
    const DataDir next = DataDir::resolve(QString());
    EXPECT_EQ(next.root(), chosen);
    EXPECT_EQ(next.origin(), DataDir::Origin::Saved);
    const DataDir fromOption = DataDir::resolve(m_dir.filePath(QStringLiteral("option")));
    EXPECT_EQ(fromOption.root(), m_dir.filePath(QStringLiteral("option")));
    EXPECT_EQ(fromOption.origin(), DataDir::Origin::CommandLine);
    qputenv("EVALBENCH_DATA_DIR", m_dir.filePath(QStringLiteral("env")).toLocal8Bit());
    EXPECT_EQ(DataDir::resolve(QString()).root(), m_dir.filePath(QStringLiteral("env")));
    qunsetenv("EVALBENCH_DATA_DIR");

    settings.resetDataDirectory();
    EXPECT_TRUE(DataDir::savedRoot().isEmpty());
    EXPECT_EQ(DataDir::resolve(QString()).origin(), DataDir::Origin::Default);
}

TEST_F(SettingsTest, SwitchingToChineseRebuildsTheWindowOnTheSamePageAndRunAndBack)
{
    ASSERT_NO_FATAL_FAILURE(addTrendRun(*m_writer,
        { QStringLiteral("run-open"), QStringLiteral("open run"), day(2), QStringLiteral("/data/a.jsonl"),
            QStringLiteral("file"), { { QStringLiteral("token_f1"), average(0.5, 2) } }, 0.5, 2 }));
    WindowServices services(*m_writer, *m_dataDir);
    ApiServerSettings listen;
    listen.port = 0;
    ASSERT_FALSE(services.apiServer.start(listen).has_value());
    const quint16 port = services.apiServer.port();

    auto host = std::make_unique<WindowHost>(*m_writer, *m_jobs, services.apiJobs, services.apiServer, *m_dataDir);
    host->show();
    QPointer<MainWindow> english = host->window();
    EXPECT_EQ(sidebarText(english, MainWindow::RunsPageIndex), QStringLiteral("Runs"));
    QSignalSpy reportLoaded(english->reportPage(), &ReportPage::loaded);
    english->openReport(QStringLiteral("run-open"));
    ASSERT_TRUE(reportLoaded.wait(10000));
    english->showPage(MainWindow::SettingsPageIndex);
    english->resize(1111, 777);

    QSignalSpy rebuilt(host.get(), &WindowHost::windowRebuilt);
    QSignalSpy englishGone(english.data(), &QObject::destroyed);
    english->settingsPage()->chooseLanguage(UiLanguage::chinese());
    ASSERT_TRUE(rebuilt.wait(10000));
    MainWindow* chinese = host->window();
    ASSERT_NE(chinese, english.data());
    EXPECT_EQ(sidebarText(chinese, MainWindow::RunsPageIndex), QStringLiteral("运行记录"));
    EXPECT_EQ(sidebarText(chinese, MainWindow::NewEvaluationPageIndex), QStringLiteral("新建评测"));
    EXPECT_EQ(chinese->currentPage(), MainWindow::SettingsPageIndex);
    EXPECT_EQ(chinese->reportPage()->runId(), QStringLiteral("run-open"));
    EXPECT_EQ(chinese->size(), QSize(1111, 777));
    EXPECT_TRUE(chinese->isVisible());
    EXPECT_EQ(chinese->settingsPage()->languageCombo()->currentData().toString(), UiLanguage::chinese());
    EXPECT_EQ(UiLanguage::saved(), UiLanguage::chinese());
    EXPECT_EQ(UiLanguage::atStart(QString()), UiLanguage::chinese()) << "the next start uses the choice";
    EXPECT_EQ(UiLanguage::atStart(QStringLiteral("en")), QStringLiteral("en")) << "--lang wins";
    // The old window goes once control returns to the event loop; the listener stays up.
    if (!english.isNull()) {
        ASSERT_TRUE(englishGone.wait(10000));
    }
    EXPECT_TRUE(services.apiServer.isRunning());
    EXPECT_EQ(services.apiServer.port(), port);

    chinese->settingsPage()->chooseLanguage(UiLanguage::english());
    ASSERT_TRUE(rebuilt.wait(10000));
    MainWindow* back = host->window();
    EXPECT_EQ(sidebarText(back, MainWindow::RunsPageIndex), QStringLiteral("Runs"));
    EXPECT_EQ(back->currentPage(), MainWindow::SettingsPageIndex);
    EXPECT_EQ(back->reportPage()->runId(), QStringLiteral("run-open"));
    EXPECT_EQ(UiLanguage::saved(), UiLanguage::english());
    EXPECT_TRUE(services.apiServer.isRunning());
    host.reset();
}

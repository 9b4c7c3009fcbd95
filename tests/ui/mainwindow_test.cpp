// SPDX-License-Identifier: MIT
#include "common/enginetest.h"
#include "common/testprinters.h"
#include "jobs/jobmanager.h"
#include "store/connectionpool.h"
#include "store/storewriter.h"
#include "ui/guiapplication.h"
#include "ui/mainwindow.h"
#include "ui/newevaluationpage.h"
#include "ui/reportpage.h"
#include "ui/runlistmodel.h"
#include "ui/runspage.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>

using namespace evalbench;

namespace {

class MainWindowTest : public EngineTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(EngineTest::SetUp());
        m_window = std::make_unique<MainWindow>(*m_writer, *m_jobs, *m_dataDir);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_window->runsPage()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_window->show();
        // The first (empty) list load.
        QSignalSpy reloaded(m_window->runsPage(), &RunsPage::reloaded);
        ASSERT_TRUE(reloaded.wait(10000));
    }
    void TearDown() override
    {
        m_tester.reset();
        m_window.reset();
        EngineTest::TearDown();
    }

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(MainWindowTest, TheDemoButtonScoresTheDemoDatasetAndTheRunAppearsFinished)
{
    RunsPage* runs = m_window->runsPage();
    EXPECT_EQ(runs->model()->rowCount(), 0);
    auto* demoButton = runs->findChild<QPushButton*>(QStringLiteral("scoreDemoButton"));
    ASSERT_NE(demoButton, nullptr);
    ASSERT_TRUE(demoButton->isVisible()) << "an empty database offers the demo";

    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    demoButton->click();
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(finished.first().at(2).value<JobState>(), JobState::Completed);

    // The list reloads after the job ends; wait until it shows the finished run.
    QSignalSpy reloaded(runs, &RunsPage::reloaded);
    while (runs->model()->rowCount() == 0 || runs->model()->runAt(0)->status != RunStatus::Completed)
        ASSERT_TRUE(reloaded.wait(10000));
    const RunRecord* run = runs->model()->runAt(0);
    EXPECT_GE(run->sampleCount, 40);
    EXPECT_EQ(run->scoredCount, run->sampleCount);
    EXPECT_TRUE(run->weightedScore.has_value());
    const QStringList columns = runs->model()->metricColumns();
    EXPECT_TRUE(columns.contains(QStringLiteral("token_f1")));
    EXPECT_FALSE(demoButton->isVisible()) << "the table replaces the empty state";
    const QModelIndex status = runs->model()->index(0, RunListModel::StatusColumn);
    EXPECT_EQ(status.data().toString(), QStringLiteral("completed"));

    // Opening the run shows its report.
    QSignalSpy loaded(m_window->reportPage(), &ReportPage::loaded);
    Q_EMIT runs->openRunRequested(run->id);
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_EQ(m_window->reportPage()->runId(), run->id);
}

TEST_F(MainWindowTest, NewEvaluationPreviewsTheFileAndDisablesMetricsItCannotFeed)
{
    QFile file(m_dir.filePath(QStringLiteral("no-references.jsonl")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"question\":\"What is "
               "2+2?\",\"answer\":\"4\",\"ground_truth\":\"4\",\"contexts\":[\"2+2=4\"],\"team\":\"a\"}\n"
               "{\"question\":\"Capital of France?\",\"answer\":\"Paris\",\"ground_truth\":\"Paris\"}\n");
    file.close();

    NewEvaluationPage* page = m_window->newEvaluationPage();
    QSignalSpy ready(page, &NewEvaluationPage::previewReady);
    page->setDatasetPath(file.fileName());
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(page->previewModel()->rowCount(), 2);
    EXPECT_TRUE(page->fieldsLabel()->text().contains(QStringLiteral("team"))) << "extra fields are named";
    EXPECT_TRUE(page->isMetricEnabled(QStringLiteral("token_f1")));
    EXPECT_FALSE(page->isMetricEnabled(QStringLiteral("non_llm_context_recall")));
    const auto items = page->metricTable()->findItems(QStringLiteral("non_llm_context_recall"), Qt::MatchExactly);
    ASSERT_EQ(items.size(), 1);
    EXPECT_TRUE(items.first()->toolTip().contains(QStringLiteral("reference_contexts")));
    EXPECT_FALSE(page->checkedMetrics().contains(QStringLiteral("non_llm_context_recall")));

    QSignalSpy started(page, &NewEvaluationPage::evaluationStarted);
    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    page->start();
    ASSERT_EQ(started.size(), 1);
    ASSERT_TRUE(finished.wait(30000));
    EXPECT_EQ(finished.first().at(2).value<JobState>(), JobState::Completed);
}

TEST_F(MainWindowTest, ABrokenFileShowsWhereItIsBrokenAndCannotBeStarted)
{
    QFile file(m_dir.filePath(QStringLiteral("broken.jsonl")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("{\"question\":\"ok\"}\n{\"question\": 7}\n");
    file.close();
    NewEvaluationPage* page = m_window->newEvaluationPage();
    QSignalSpy ready(page, &NewEvaluationPage::previewReady);
    page->setDatasetPath(file.fileName());
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_TRUE(page->fieldsLabel()->text().contains(QStringLiteral("line 2")))
        << page->fieldsLabel()->text().toStdString();
    auto* start = page->findChild<QPushButton*>(QStringLiteral("startButton"));
    ASSERT_NE(start, nullptr);
    EXPECT_FALSE(start->isEnabled());
}

TEST(Translation, TheChineseCatalogueIsCompiledInAndUsed)
{
    evalbench::GuiApplication::installTranslators(QStringLiteral("zh_CN"));
    EXPECT_EQ(evalbench::RunListModel::tr("Weighted score"), QStringLiteral("加权得分"));
    EXPECT_EQ(QCoreApplication::translate(
                  "MetricDescription", "Token-level F1 of the answer against the ground truth (SQuAD normalisation)."),
        QStringLiteral("回答相对参考答案的词元级 F1（SQuAD 规范化）。"));
    // Back to English for any test that runs after this one.
    for (QTranslator* translator : qApp->findChildren<QTranslator*>())
        QCoreApplication::removeTranslator(translator);
    EXPECT_EQ(evalbench::RunListModel::tr("Weighted score"), QStringLiteral("Weighted score"));
}

TEST_F(MainWindowTest, PagesRenderInEnglishAndChinese)
{
    // Renders the Runs and Report pages of a scored demo run to PNG (1440x900) in both
    // languages, into the build folder, so a person can look at them.
    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    m_window->runsPage()->scoreDemoDataset();
    ASSERT_TRUE(finished.wait(60000));
    const QString runId = finished.first().at(1).toString();
    QSignalSpy reloaded(m_window->runsPage(), &RunsPage::reloaded);
    while (m_window->runsPage()->model()->rowCount() == 0
        || m_window->runsPage()->model()->runAt(0)->status != RunStatus::Completed)
        ASSERT_TRUE(reloaded.wait(10000));

    const QString folder = QStringLiteral(EVALBENCH_SCREENSHOT_DIR);
    QDir().mkpath(folder);
    m_window->resize(1440, 900);
    const QImage runs = m_window->grab().toImage();
    EXPECT_EQ(runs.size(), QSize(1440, 900));
    EXPECT_TRUE(runs.save(folder + QStringLiteral("/runs-en.png")));

    QSignalSpy loaded(m_window->reportPage(), &ReportPage::loaded);
    m_window->openReport(runId);
    ASSERT_TRUE(loaded.wait(20000));
    EXPECT_TRUE(m_window->grab().toImage().save(folder + QStringLiteral("/report-en.png")));

    evalbench::GuiApplication::installTranslators(QStringLiteral("zh_CN"));
    MainWindow chinese(*m_writer, *m_jobs, *m_dataDir);
    chinese.resize(1440, 900);
    chinese.show();
    QSignalSpy chineseReloaded(chinese.runsPage(), &RunsPage::reloaded);
    ASSERT_TRUE(chineseReloaded.wait(10000));
    EXPECT_TRUE(chinese.grab().toImage().save(folder + QStringLiteral("/runs-zh_CN.png")));
    QSignalSpy chineseLoaded(chinese.reportPage(), &ReportPage::loaded);
    chinese.openReport(runId);
    ASSERT_TRUE(chineseLoaded.wait(20000));
    EXPECT_TRUE(chinese.grab().toImage().save(folder + QStringLiteral("/report-zh_CN.png")));
    EXPECT_EQ(chinese.runsPage()->model()->headerData(RunListModel::ScoreColumn, Qt::Horizontal).toString(),
        QStringLiteral("加权得分"));
    for (QTranslator* translator : qApp->findChildren<QTranslator*>())
        QCoreApplication::removeTranslator(translator);
}

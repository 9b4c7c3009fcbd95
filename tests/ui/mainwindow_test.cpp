// SPDX-License-Identifier: MIT
#include "common/enginetest.h"
#include "common/testprinters.h"
#include "jobs/jobmanager.h"
#include "mlworkspacesupport.h"
#include "store/connectionpool.h"
#include "store/storewriter.h"
#include "ui/apijoblistmodel.h"
#include "ui/apirequestlogmodel.h"
#include "ui/apiserverpage.h"
#include "ui/comparepage.h"
#include "ui/guiapplication.h"
#include "ui/mainwindow.h"
#include "ui/modelscoringpage.h"
#include "ui/newevaluationpage.h"
#include "ui/reportpage.h"
#include "ui/runlistmodel.h"
#include "ui/runspage.h"
#include "ui/scorejobspage.h"
#include "ui/trendspage.h"
#include "windowservices.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
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
        m_services = std::make_unique<WindowServices>(*m_writer, *m_dataDir);
        m_window =
            std::make_unique<MainWindow>(*m_writer, *m_jobs, m_services->apiJobs, m_services->apiServer, *m_dataDir);
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
        m_services.reset();
        EngineTest::TearDown();
    }

    std::unique_ptr<WindowServices> m_services;
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
    // Renders the Runs page, the Report page of a scored demo run, the Model scoring page with
    // examples/ml/classification checked, the Report pages of an ML classification and an ML
    // detection run, and the Score jobs and API server pages with the listener on and jobs posted
    // to it, to PNG (1440x900) in both languages, into the build folder, so a person can look at
    // them.
    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    m_window->runsPage()->scoreDemoDataset();
    ASSERT_TRUE(finished.wait(60000));
    const QString runId = finished.first().at(1).toString();
    // A second run of the same dataset, for the Compare and Trends pages.
    m_window->runsPage()->scoreDemoDataset();
    ASSERT_TRUE(finished.wait(60000));
    const QString secondRunId = finished.at(1).at(1).toString();
    // The ML runs score copies: scoring writes output/result.json into the workspace.
    QHash<QString, QString> mlRuns;
    for (const QString& task : { QStringLiteral("classification"), QStringLiteral("detection") }) {
        const QString copy = m_dir.filePath(QStringLiteral("workspaces/") + task);
        ASSERT_TRUE(mltest::copyFolder(mltest::sourcePath(QStringLiteral("examples/ml/") + task), copy));
        WorkspaceRequest request;
        request.workspacePath = copy;
        const auto submitted = m_jobs->submitWorkspace(request);
        ASSERT_TRUE(std::holds_alternative<JobTicket>(submitted));
        mlRuns.insert(task, std::get<JobTicket>(submitted).runId);
    }
    while (finished.size() < 4)
        ASSERT_TRUE(finished.wait(60000));
    for (const QList<QVariant>& job : std::as_const(finished))
        ASSERT_EQ(job.at(2).value<JobState>(), JobState::Completed)
            << job.at(3).value<EvalError>().message.toStdString();
    QSignalSpy reloaded(m_window->runsPage(), &RunsPage::reloaded);
    const auto allListed = [](const RunListModel* model) {
        if (model->rowCount() < 4)
            return false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->runAt(row)->status != RunStatus::Completed)
                return false;
        }
        return true;
    };
    while (!allListed(m_window->runsPage()->model()))
        ASSERT_TRUE(reloaded.wait(10000));

    const QStringList apiQuestions = { QStringLiteral("What is the boiling point of water at sea level?"),
        QStringLiteral("Who wrote Hamlet?"), QStringLiteral("退货政策允许多少天内退货？"),
        QStringLiteral("What does RAG stand for?"), QStringLiteral("How many moons does Mars have?"),
        QStringLiteral("光合作用需要哪些条件？"), QStringLiteral("What is the capital of Australia?") };
    const auto apiBody = [](const QString& question) {
        const QJsonObject body { { QStringLiteral("question"), question },
            { QStringLiteral("answer"), QString(QStringLiteral("An answer about: ") + question) },
            { QStringLiteral("ground_truth"), QString(QStringLiteral("The reference answer about: ") + question) },
            { QStringLiteral("contexts"),
                QJsonArray { QString(QStringLiteral("A retrieved chunk about: ") + question) } },
            { QStringLiteral("run"), QStringLiteral("Dify support bot") } };
        return QJsonDocument(body).toJson(QJsonDocument::Compact);
    };
    // The listener on (any free port) and Dify-like posts, for the Score jobs and API server pages.
    ApiServerPage* apiPage = m_window->apiServerPage();
    apiPage->portBox()->setValue(0);
    ASSERT_TRUE(apiPage->setListening(true)) << apiPage->statusLabel()->text().toStdString();
    QNetworkAccessManager network;
    const auto send = [&](const QByteArray& method, const QString& path, const QByteArray& body = {}) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_services->apiServer.port()).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        QNetworkReply* reply = network.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            EXPECT_TRUE(finished.wait(30000));
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    };
    for (const QString& question : std::as_const(apiQuestions))
        ASSERT_EQ(send("POST", QStringLiteral("/api/score/async"), apiBody(question)), 202);
    // scripts/screenshots.sh points this at docs/screenshots.
    const QString folder = qEnvironmentVariableIsEmpty("EVALBENCH_SCREENSHOT_DIR")
        ? QStringLiteral(EVALBENCH_SCREENSHOT_DIR)
        : qEnvironmentVariable("EVALBENCH_SCREENSHOT_DIR");
    QDir().mkpath(folder);
    const QString example = mltest::sourcePath(QStringLiteral("examples/ml/classification"));
    // Grabs every page of `window`, suffixing the file names with `language`.
    const auto renderPages = [&](MainWindow& window, const QString& language) {
        const auto save = [&](const QString& name) {
            const QImage image = window.grab().toImage();
            EXPECT_EQ(image.size(), QSize(1440, 900));
            EXPECT_TRUE(
                image.save(folder + QLatin1Char('/') + name + QLatin1Char('-') + language + QStringLiteral(".png")));
        };
        window.showPage(MainWindow::RunsPageIndex);
        save(QStringLiteral("runs"));

        ModelScoringPage* scoring = window.modelScoringPage();
        QSignalSpy validated(scoring, &ModelScoringPage::validated);
        scoring->setWorkspacePath(example);
        ASSERT_TRUE(validated.wait(20000));
        ASSERT_TRUE(scoring->scoreButton()->isEnabled());
        window.showPage(MainWindow::ModelScoringPageIndex);
        save(QStringLiteral("model-scoring"));

        const auto report = [&](const QString& id, const QString& name) {
            QSignalSpy loaded(window.reportPage(), &ReportPage::loaded);
            window.openReport(id);
            ASSERT_TRUE(loaded.wait(20000));
            save(name);
        };
        ASSERT_NO_FATAL_FAILURE(report(runId, QStringLiteral("report")));
        auto* reportTabs = window.reportPage()->findChild<QTabWidget*>(QStringLiteral("reportTabs"));
        ASSERT_NE(reportTabs, nullptr);
        reportTabs->setCurrentIndex(1); // the charts
        save(QStringLiteral("report-charts"));
        reportTabs->setCurrentIndex(0);

        NewEvaluationPage* newEvaluation = window.newEvaluationPage();
        QSignalSpy previewed(newEvaluation, &NewEvaluationPage::previewReady);
        newEvaluation->setDatasetPath(QStringLiteral(EVALBENCH_SOURCE_DIR "/examples/rag-demo.jsonl"));
        ASSERT_TRUE(previewed.wait(20000));
        window.showPage(MainWindow::NewEvaluationPageIndex);
        save(QStringLiteral("new-evaluation"));

        QSignalSpy compared(window.comparePage(), &ComparePage::loaded);
        window.openComparison({ runId, secondRunId });
        ASSERT_TRUE(compared.wait(20000));
        save(QStringLiteral("compare"));

        QSignalSpy trendPoints(window.trendsPage(), &TrendsPage::pointsLoaded);
        window.showPage(MainWindow::TrendsPageIndex);
        ASSERT_TRUE(trendPoints.wait(20000));
        save(QStringLiteral("trends"));

        window.showPage(MainWindow::LlmProfilesPageIndex);
        save(QStringLiteral("llm-profiles"));
        window.showPage(MainWindow::SettingsPageIndex);
        save(QStringLiteral("settings"));
        ASSERT_NO_FATAL_FAILURE(
            report(mlRuns.value(QStringLiteral("classification")), QStringLiteral("report-ml-classification")));
        ASSERT_TRUE(window.reportPage()->isShowingMlResult());
        ASSERT_NO_FATAL_FAILURE(
            report(mlRuns.value(QStringLiteral("detection")), QStringLiteral("report-ml-detection")));
        ASSERT_TRUE(window.reportPage()->isShowingMlResult());

        ScoreJobsPage* jobsPage = window.scoreJobsPage();
        ApiJobListModel* jobs = jobsPage->model();
        if (jobs->isLoading()) {
            QSignalSpy reloaded(jobs, &ApiJobListModel::reloaded);
            ASSERT_TRUE(reloaded.wait(10000));
        }
        QSignalSpy jobsUpdated(jobs, &ApiJobListModel::updated);
        const auto allCompleted = [&] {
            for (int row = 0; row < jobs->rowCount(); ++row) {
                if (jobs->jobAt(row)->state != JobState::Completed)
                    return false;
            }
            return jobs->rowCount() >= apiQuestions.size();
        };
        while (!allCompleted())
            ASSERT_TRUE(jobsUpdated.wait(30000));
        jobsPage->selectJob(jobs->jobAt(2)->jobId);
        window.showPage(MainWindow::ScoreJobsPageIndex);
        save(QStringLiteral("score-jobs"));

        // A few requests for this window's log (it shows what came since it opened).
        ApiServerPage* apiPage = window.apiServerPage();
        QSignalSpy flushed(apiPage->logModel(), &ApiRequestLogModel::flushed);
        apiPage->logModel()->flush();
        const qint64 requestsBefore = apiPage->logModel()->counters().requests;
        EXPECT_EQ(send("GET", QStringLiteral("/healthz")), 200);
        EXPECT_EQ(send("POST", QStringLiteral("/api/score/async"), apiBody(apiQuestions.first())), 202);
        EXPECT_EQ(send("GET", QStringLiteral("/api/score/jobs?limit=5")), 200);
        EXPECT_EQ(send("POST", QStringLiteral("/api/score/async"), "{\"answer\": 1}"), 422);
        EXPECT_EQ(send("GET", QStringLiteral("/api/nothing-here")), 404);
        while (apiPage->logModel()->counters().requests < requestsBefore + 5)
            ASSERT_TRUE(flushed.wait(10000));
        apiPage->logModel()->flush(); // the last ones may be counted but not shown yet
        window.showPage(MainWindow::ApiServerPageIndex);
        save(QStringLiteral("api-server"));
    };

    m_window->resize(1440, 900);
    ASSERT_NO_FATAL_FAILURE(renderPages(*m_window, QStringLiteral("en")));

    evalbench::GuiApplication::installTranslators(QStringLiteral("zh_CN"));
    MainWindow chinese(*m_writer, *m_jobs, m_services->apiJobs, m_services->apiServer, *m_dataDir);
    chinese.resize(1440, 900);
    chinese.show();
    QSignalSpy chineseReloaded(chinese.runsPage(), &RunsPage::reloaded);
    ASSERT_TRUE(chineseReloaded.wait(10000));
    const bool rendered = [&] {
        renderPages(chinese, QStringLiteral("zh_CN"));
        return !::testing::Test::HasFatalFailure();
    }();
    EXPECT_EQ(chinese.runsPage()->model()->headerData(RunListModel::ScoreColumn, Qt::Horizontal).toString(),
        QStringLiteral("加权得分"));
    for (QTranslator* translator : qApp->findChildren<QTranslator*>())
        QCoreApplication::removeTranslator(translator);
    ASSERT_TRUE(rendered);
}

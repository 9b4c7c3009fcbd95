// SPDX-License-Identifier: MIT
#include "ui/mainwindow.h"

#include "jobs/apijobservice.h"
#include "jobs/jobmanager.h"
#include "judge/apikeystore.h"
#include "judge/judgeprofilerepository.h"
#include "server/apiserver.h"
#include "store/storewriter.h"
#include "ui/apijoblistmodel.h"
#include "ui/apijudgeselector.h"
#include "ui/apiqueuecounter.h"
#include "ui/apiserverpage.h"
#include "ui/apistatusindicator.h"
#include "ui/comparepage.h"
#include "ui/llmprofilespage.h"
#include "ui/modelscoringpage.h"
#include "ui/newevaluationpage.h"
#include "ui/pagenavigator.h"
#include "ui/reportpage.h"
#include "ui/runspage.h"
#include "ui/scorejobspage.h"
#include "ui/settingspage.h"
#include "ui/trendspage.h"
#include "ui/windowstatesaver.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>

namespace evalbench {

MainWindow::MainWindow(StoreWriter& writer, JobManager& jobs, ApiJobService& apiJobs, ApiServer& apiServer,
    DataDir dataDir, QWidget* parent)
    : QMainWindow(parent)
    , m_jobs(jobs)
    , m_apiJobs(apiJobs)
    , m_apiServer(apiServer)
{
    setWindowTitle(tr("EvalBench"));
    resize(1280, 820);

    m_navigation = new QListWidget;
    m_navigation->addItems({ tr("Runs"), tr("New evaluation"), tr("Model scoring"), tr("Report"), tr("Score jobs"),
        tr("API server"), tr("LLM profiles"), tr("Compare") });
    m_navigation->addItems({ tr("Trends"), tr("Settings") });
    m_navigation->setFixedWidth(180);
    m_navigation->item(ReportPageIndex)->setFlags(Qt::NoItemFlags); // until a run is opened
    m_navigation->item(ComparePageIndex)->setFlags(Qt::NoItemFlags); // until runs are compared

    // Judge profiles: settings in the store, keys in the keychain (EVALBENCH_KEYSTORE=file: the key file).
    m_apiKeys = new ApiKeyStore(dataDir, ApiKeyStore::Backend::Auto, this);
    m_judgeProfiles = new JudgeProfileRepository(writer, *m_apiKeys, this);

    m_runsPage = new RunsPage(writer.databasePath(), jobs, dataDir);
    m_newEvaluationPage = new NewEvaluationPage(jobs, m_judgeProfiles);
    m_modelScoringPage = new ModelScoringPage(jobs);
    m_reportPage = new ReportPage(writer, dataDir);
    m_apiQueue = new ApiQueueCounter(apiJobs, this);
    m_scoreJobsPage = new ScoreJobsPage(apiJobs);
    m_apiServerPage = new ApiServerPage(apiServer, *m_apiQueue);
    m_apiServerPage->setJudgeSelector(new ApiJudgeSelector(*m_judgeProfiles, apiJobs));
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_runsPage);
    m_pages->addWidget(m_newEvaluationPage);
    m_pages->addWidget(m_modelScoringPage);
    m_pages->addWidget(m_reportPage);
    m_pages->addWidget(m_scoreJobsPage);
    m_llmProfilesPage = new LlmProfilesPage(*m_judgeProfiles);
    m_pages->addWidget(m_apiServerPage);
    m_pages->addWidget(m_llmProfilesPage);
    m_comparePage = new ComparePage(writer.databasePath());
    m_pages->addWidget(m_comparePage);
    m_trendsPage = new TrendsPage(writer.databasePath());
    m_pages->addWidget(m_trendsPage);
    m_settingsPage = new SettingsPage(dataDir);
    m_pages->addWidget(m_settingsPage);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_jobLabel = new QLabel;
    m_jobProgress = new QProgressBar;
    m_jobProgress->setMaximumWidth(240);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setToolTip(tr("Stop the running evaluation; the samples scored so far are kept"));
    m_apiIndicator = new ApiStatusIndicator(apiServer, *m_apiQueue, statusBar());
    statusBar()->addPermanentWidget(m_apiIndicator);
    m_apiIndicator->refresh();
    statusBar()->addPermanentWidget(m_jobLabel);
    statusBar()->addPermanentWidget(m_jobProgress);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_jobLabel->hide();
    m_jobProgress->hide();
    m_cancelButton->hide();

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_runsPage, &RunsPage::openRunRequested, this, [this](const QString& runId) { openReport(runId); });
    connect(m_runsPage, &RunsPage::newEvaluationRequested, this, [this] { showPage(NewEvaluationPageIndex); });
    connect(m_newEvaluationPage, &NewEvaluationPage::evaluationStarted, this, [this] { showPage(RunsPageIndex); });
    connect(m_modelScoringPage, &ModelScoringPage::openReportRequested, this,
        [this](const QString& runId) { openReport(runId); });
    connect(m_scoreJobsPage, &ScoreJobsPage::openReportRequested, this, &MainWindow::openReport);
    connect(m_runsPage, &RunsPage::compareRequested, this, &MainWindow::openComparison);
    connect(m_comparePage, &ComparePage::openReportRequested, this, &MainWindow::openReport);
    connect(m_comparePage, &ComparePage::statusMessage, this,
        [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    connect(m_trendsPage, &TrendsPage::openReportRequested, this, [this](const QString& runId) { openReport(runId); });
    connect(m_settingsPage, &SettingsPage::languageChangeRequested, this, &MainWindow::languageChangeRequested);
    connect(m_settingsPage, &SettingsPage::defaultsSaved, m_newEvaluationPage, &NewEvaluationPage::applyDefaults);
    connect(m_apiIndicator, &ApiStatusIndicator::activated, this, [this] {
        showPage(ApiServerPageIndex);
        showNormal();
        raise();
        activateWindow();
    });
    connect(&jobs, &JobManager::jobProgress, this, &MainWindow::onProgress);
    connect(&jobs, &JobManager::jobFinished, this, &MainWindow::onJobFinished);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (!m_progressJobId.isEmpty())
            m_jobs.cancel(m_progressJobId);
    });

    // Ctrl+1..9 move between pages, Alt+Left goes back, F5 refreshes, Ctrl+N starts an evaluation.
    QMenu* goMenu = menuBar()->addMenu(tr("&Go"));
    m_navigator = new PageNavigator(m_navigation, goMenu, this);
    connect(m_navigator, &PageNavigator::refreshRequested, this, &MainWindow::refreshCurrentPage);
    QAction* newEvaluation = goMenu->addAction(tr("New evaluation…"));
    newEvaluation->setShortcut(QKeySequence::New);
    connect(newEvaluation, &QAction::triggered, this, [this] { showPage(NewEvaluationPageIndex); });
    connect(m_runsPage, &RunsPage::runsDeleted, this, [this](const QStringList& runIds) {
        if (runIds.contains(m_reportPage->runId()))
            m_navigation->item(ReportPageIndex)->setFlags(Qt::NoItemFlags); // its run is gone
    });

    showPage(RunsPageIndex);
    restoreWindowState();
}

void MainWindow::refreshCurrentPage()
{
    switch (currentPage()) {
    case RunsPageIndex:
        m_runsPage->reload();
        break;
    case ReportPageIndex:
        if (!m_reportPage->runId().isEmpty())
            m_reportPage->showRun(m_reportPage->runId());
        break;
    case ScoreJobsPageIndex:
        m_scoreJobsPage->model()->reload();
        break;
    case LlmProfilesPageIndex:
        m_llmProfilesPage->reload();
        break;
    case ComparePageIndex:
        if (m_comparePage->runIds().size() >= 2)
            m_comparePage->compare(m_comparePage->runIds(), m_comparePage->baselineId());
        break;
    default:
        // Pages added later take part by having a refresh() slot.
        if (QWidget* page = m_pages->currentWidget(); page && page->metaObject()->indexOfMethod("refresh()") >= 0)
            QMetaObject::invokeMethod(page, "refresh");
        break;
    }
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    WindowStateSaver::save(*this, settings);
    settings.setValue(QStringLiteral("window/page"), int(currentPage()));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    WindowStateSaver::restore(*this, settings);
    // Pages that need a run first (Report, Compare) are not there yet: the Runs page instead.
    const int page = settings.value(QStringLiteral("window/page"), int(RunsPageIndex)).toInt();
    if (const QListWidgetItem* item = m_navigation->item(page); item && (item->flags() & Qt::ItemIsEnabled))
        showPage(Page(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::openReport(const QString& runId, int sampleIndex)
{
    m_navigation->item(ReportPageIndex)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_reportPage->showRun(runId, sampleIndex);
    showPage(ReportPageIndex);
}

void MainWindow::openComparison(const QStringList& runIds)
{
    m_navigation->item(ComparePageIndex)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_comparePage->compare(runIds);
    showPage(ComparePageIndex);
}

void MainWindow::onProgress(const JobProgress& progress)
{
    m_progressJobId = progress.jobId;
    switch (progress.phase) {
    case JobPhase::Importing:
        m_jobLabel->setText(tr("Importing the dataset…"));
        break;
    case JobPhase::Scoring:
        m_jobLabel->setText(tr("Scoring %1 of %2 samples").arg(progress.done).arg(progress.total));
        break;
    case JobPhase::ScoringWorkspace:
        m_jobLabel->setText(tr("Scoring the workspace…"));
        break;
    case JobPhase::WritingReport:
        m_jobLabel->setText(tr("Writing the report…"));
        break;
    }
    m_jobProgress->setRange(0, 1000);
    m_jobProgress->setValue(int(progress.fraction() * 1000));
    m_jobLabel->show();
    m_jobProgress->show();
    m_cancelButton->show();
}

void MainWindow::onJobFinished(const QString& jobId, const QString& runId, JobState state, const EvalError& error)
{
    if (jobId == m_progressJobId || m_jobs.activeCount() == 0) {
        m_jobLabel->hide();
        m_jobProgress->hide();
        m_cancelButton->hide();
        m_progressJobId.clear();
    }
    if (m_modelScoringPage->ownsJob(jobId))
        return; // the page shows its own outcome, problems included, and opens the report
    switch (state) {
    case JobState::Completed:
        statusBar()->showMessage(tr("Evaluation finished."), 8000);
        break;
    case JobState::Cancelled:
        statusBar()->showMessage(tr("Evaluation cancelled; the samples scored so far are kept."), 8000);
        break;
    case JobState::Failed:
        QMessageBox::warning(
            this, tr("Evaluation failed"), error.message.isEmpty() ? tr("The evaluation failed.") : error.message);
        break;
    default:
        break;
    }
    if (m_reportPage->runId() == runId)
        m_reportPage->showRun(runId);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_jobs.activeCount() > 0) {
        const auto answer = QMessageBox::question(this, tr("An evaluation is running"),
            tr("Stop the running evaluation and quit? The samples scored so far are kept."));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_jobs.cancelAll();
    }
    saveWindowState();
    // Requests in hand are answered first; API jobs being scored finish, the others stay queued
    // for the next start.
    m_apiServer.stop();
    m_apiJobs.stop();
    event->accept();
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "common/evalerror.h"
#include "common/jobrecord.h"
#include "jobs/jobprogress.h"

#include <QMainWindow>

class QListWidget;
class QStackedWidget;
class QLabel;
class QProgressBar;
class QPushButton;

namespace evalbench {

class ApiJobService;
class ApiQueueCounter;
class ApiServer;
class ApiServerPage;
class ApiStatusIndicator;
class ApiKeyStore;
class JudgeProfileRepository;
class LlmProfilesPage;
class JobManager;
class ScoreJobsPage;
class StoreWriter;
class RunsPage;
class NewEvaluationPage;
class PageNavigator;
class ModelScoringPage;
class ReportPage;
class ComparePage;
class TrendsPage;
class SettingsPage;

// The shell: a navigation list on the left, one working page at a time on the
// right, the running job's progress and the API listener's state in the status bar.
// The HTTP API's services belong to the application (GuiApplication); closing the
// window stops the listener and lets the API jobs being scored finish.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        RunsPageIndex = 0,
        NewEvaluationPageIndex,
        ModelScoringPageIndex,
        ReportPageIndex,
        ScoreJobsPageIndex,
        ApiServerPageIndex,
        LlmProfilesPageIndex,
        ComparePageIndex,
        TrendsPageIndex,
        SettingsPageIndex,
        PageCount
    };

    MainWindow(StoreWriter& writer, JobManager& jobs, ApiJobService& apiJobs, ApiServer& apiServer, DataDir dataDir,
        QWidget* parent = nullptr);

    RunsPage* runsPage() const { return m_runsPage; }
    NewEvaluationPage* newEvaluationPage() const { return m_newEvaluationPage; }
    ModelScoringPage* modelScoringPage() const { return m_modelScoringPage; }
    ReportPage* reportPage() const { return m_reportPage; }
    ScoreJobsPage* scoreJobsPage() const { return m_scoreJobsPage; }
    ApiServerPage* apiServerPage() const { return m_apiServerPage; }
    LlmProfilesPage* llmProfilesPage() const { return m_llmProfilesPage; }
    ComparePage* comparePage() const { return m_comparePage; }
    TrendsPage* trendsPage() const { return m_trendsPage; }
    SettingsPage* settingsPage() const { return m_settingsPage; }
    JudgeProfileRepository* judgeProfiles() const { return m_judgeProfiles; }
    ApiStatusIndicator* apiStatusIndicator() const { return m_apiIndicator; }
    Page currentPage() const;
    void showPage(Page page);
    // Shows the run's report; with a sample index, that sample is selected.
    void openReport(const QString& runId, int sampleIndex = -1);
    // Shows the Compare page for two or more runs, the oldest as baseline.
    void openComparison(const QStringList& runIds);
    // F5: reloads what the current page shows.
    void refreshCurrentPage();
    // Window geometry, splitters, table headers and the last page (QSettings), restored at
    // start and saved on close.
    void saveWindowState() const;
    void restoreWindowState();
    PageNavigator* pageNavigator() const { return m_navigator; }

Q_SIGNALS:
    // From the Settings page; the window's owner (WindowHost) rebuilds it in that language.
    void languageChangeRequested(const QString& code);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onProgress(const JobProgress& progress);
    void onJobFinished(const QString& jobId, const QString& runId, JobState state, const EvalError& error);

    JobManager& m_jobs;
    ApiJobService& m_apiJobs;
    ApiServer& m_apiServer;
    ApiQueueCounter* m_apiQueue = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    RunsPage* m_runsPage = nullptr;
    NewEvaluationPage* m_newEvaluationPage = nullptr;
    ModelScoringPage* m_modelScoringPage = nullptr;
    ReportPage* m_reportPage = nullptr;
    ScoreJobsPage* m_scoreJobsPage = nullptr;
    ApiServerPage* m_apiServerPage = nullptr;
    ApiKeyStore* m_apiKeys = nullptr;
    JudgeProfileRepository* m_judgeProfiles = nullptr;
    LlmProfilesPage* m_llmProfilesPage = nullptr;
    ComparePage* m_comparePage = nullptr;
    TrendsPage* m_trendsPage = nullptr;
    SettingsPage* m_settingsPage = nullptr;
    ApiStatusIndicator* m_apiIndicator = nullptr;
    QLabel* m_jobLabel = nullptr;
    QProgressBar* m_jobProgress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QString m_progressJobId;
    PageNavigator* m_navigator = nullptr;
};

} // namespace evalbench

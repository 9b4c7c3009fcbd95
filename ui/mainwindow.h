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

class JobManager;
class StoreWriter;
class RunsPage;
class NewEvaluationPage;
class ModelScoringPage;
class ReportPage;

// The shell: a navigation list on the left, one working page at a time on the
// right, the running job's progress in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page
    {
        RunsPageIndex = 0,
        NewEvaluationPageIndex,
        ModelScoringPageIndex,
        ReportPageIndex
    };

    MainWindow(StoreWriter& writer, JobManager& jobs, DataDir dataDir, QWidget* parent = nullptr);

    RunsPage* runsPage() const { return m_runsPage; }
    NewEvaluationPage* newEvaluationPage() const { return m_newEvaluationPage; }
    ModelScoringPage* modelScoringPage() const { return m_modelScoringPage; }
    ReportPage* reportPage() const { return m_reportPage; }
    void showPage(Page page);
    void openReport(const QString& runId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void onProgress(const JobProgress& progress);
    void onJobFinished(const QString& jobId, const QString& runId, JobState state, const EvalError& error);

    JobManager& m_jobs;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    RunsPage* m_runsPage = nullptr;
    NewEvaluationPage* m_newEvaluationPage = nullptr;
    ModelScoringPage* m_modelScoringPage = nullptr;
    ReportPage* m_reportPage = nullptr;
    QLabel* m_jobLabel = nullptr;
    QProgressBar* m_jobProgress = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QString m_progressJobId;
};

} // namespace evalbench

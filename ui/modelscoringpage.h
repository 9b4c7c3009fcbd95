// SPDX-License-Identifier: MIT
#pragma once

#include "common/jobrecord.h"
#include "workspace/workspacevalidation.h"

#include <optional>

#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace evalbench {

class JobManager;

// Score an AutoScorer-style workspace: choose its folder, see every validation problem inline
// (re-checked as the folder, scorer or params change), pick a scorer (built-in or custom; the
// list follows DATA_DIR/scorers while the window is open) and params, Score. Progress and cancel
// stay on the page; when the run is stored, "Open report" shows it.
class ModelScoringPage : public QWidget
{
    Q_OBJECT
public:
    explicit ModelScoringPage(JobManager& jobs, QWidget* parent = nullptr);

    // Validates in the background; validated() follows.
    void setWorkspacePath(const QString& path);
    void setScorer(const QString& scorerId); // "" = meta.json's
    void setParamsText(const QString& json);
    void score();
    // True for the jobs this page started (the window leaves their outcome to the page).
    bool ownsJob(const QString& jobId) const { return m_ownJobs.contains(jobId); }

    const WorkspaceValidation& validation() const { return m_validation; }
    QTreeWidget* problemList() const { return m_problems; }
    QComboBox* scorerBox() const { return m_scorer; }
    QPushButton* scoreButton() const { return m_scoreButton; }
    QLabel* statusLabel() const { return m_status; }
    QString lastRunId() const { return m_lastRunId; }

Q_SIGNALS:
    void validated();
    // The job ended (stored run id when it completed, else empty).
    void scoringFinished(const QString& runId);
    void openReportRequested(const QString& runId);

private:
    void browse();
    void fillScorers();
    void scheduleValidation();
    void validateNow();
    void showValidation(const WorkspaceValidation& validation);
    void showScorerHelp();
    // The params box as an object; nullopt problem when it is empty or valid.
    std::optional<EvalError> paramsFromText(QJsonObject* params) const;
    void updateScoreButton();
    void onJobFinished(const QString& jobId, const QString& runId, JobState state, const EvalError& error);

    JobManager& m_jobs;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_recheck = nullptr;
    QComboBox* m_scorer = nullptr;
    QLabel* m_scorerHelp = nullptr;
    QPlainTextEdit* m_params = nullptr;
    QLabel* m_paramsError = nullptr;
    QLineEdit* m_name = nullptr;
    QTreeWidget* m_problems = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_scoreButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_openReport = nullptr;
    QTimer* m_debounce = nullptr;

    WorkspaceValidation m_validation;
    bool m_validationCurrent = false;
    std::optional<EvalError> m_paramsProblem; // the params box is not a JSON object
    bool m_paramsEdited = false;
    quint64 m_generation = 0;
    QString m_jobId; // the running job, if any
    QSet<QString> m_ownJobs;
    QString m_lastRunId;
};

} // namespace evalbench

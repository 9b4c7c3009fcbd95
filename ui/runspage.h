// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "common/runrecord.h"
#include "ui/runspagedialogs.h"

#include <optional>

#include <QWidget>

class QTableView;
class QStackedWidget;
class QPushButton;

namespace evalbench {

class JobManager;
class RunFilterBar;
class RunFilterProxy;
class RunListModel;

// Every run, newest first, with live progress of running jobs. Double-click
// (or Enter) opens a report; two or more selected runs can be compared. A search
// field and filters narrow the list; runs can be renamed (F2) and deleted (Delete)
// with their artifacts. With no runs yet it offers the demo dataset.
class RunsPage : public QWidget
{
    Q_OBJECT
public:
    RunsPage(QString databasePath, JobManager& jobs, DataDir dataDir, QWidget* parent = nullptr);

    RunListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    RunFilterProxy* filterProxy() const { return m_proxy; }
    RunFilterBar* filterBar() const { return m_filterBar; }
    void setDialogs(RunsPageDialogs dialogs);
    // Reloads the run list in the background, newest first, a page at a time:
    // `reloaded` follows the first page, `fullyLoaded` the last.
    void reload();
    void scoreDemoDataset();
    // Ctrl+F.
    void focusSearch();
    // Asks, then deletes the selected runs and their artifacts folders; refuses running runs.
    void deleteSelectedRuns();
    // Asks for a new name for the current run; an empty name is refused.
    void renameCurrentRun();

Q_SIGNALS:
    void openRunRequested(const QString& runId);
    // Two or more runs, in the list's order.
    void compareRequested(const QStringList& runIds);
    void newEvaluationRequested();
    void reloaded();
    void fullyLoaded();
    // A delete or rename has been written (error empty) or has failed; the list reloads.
    void runsDeleted(const QStringList& runIds, const QString& error);
    void runRenamed(const QString& runId, const QString& error);

private:
    void loadPage(quint64 generation, std::optional<RunRecord> after);
    QString selectedRunId() const;
    QStringList selectedRunIds() const;
    void updateButtons();
    QString runName(const QString& runId) const;

    QString m_databasePath;
    JobManager& m_jobs;
    DataDir m_dataDir;
    RunListModel* m_model = nullptr;
    RunFilterProxy* m_proxy = nullptr;
    RunFilterBar* m_filterBar = nullptr;
    RunsPageDialogs m_dialogs;
    QTableView* m_view = nullptr;
    QStackedWidget* m_stack = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_compareButton = nullptr;
    QPushButton* m_renameButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    quint64 m_generation = 0;
};

} // namespace evalbench

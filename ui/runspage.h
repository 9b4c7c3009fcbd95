// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "common/runrecord.h"

#include <optional>

#include <QWidget>

class QTableView;
class QStackedWidget;
class QPushButton;
class QSortFilterProxyModel;

namespace evalbench {

class JobManager;
class RunListModel;

// Every run, newest first, with live progress of running jobs. Double-click
// (or Enter) opens a report; two or more selected runs can be compared. With no
// runs yet it offers the demo dataset.
class RunsPage : public QWidget
{
    Q_OBJECT
public:
    RunsPage(QString databasePath, JobManager& jobs, DataDir dataDir, QWidget* parent = nullptr);

    RunListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Reloads the run list in the background, newest first, a page at a time:
    // `reloaded` follows the first page, `fullyLoaded` the last.
    void reload();
    void scoreDemoDataset();

Q_SIGNALS:
    void openRunRequested(const QString& runId);
    // Two or more runs, in the list's order.
    void compareRequested(const QStringList& runIds);
    void newEvaluationRequested();
    void reloaded();
    void fullyLoaded();

private:
    void loadPage(quint64 generation, std::optional<RunRecord> after);
    QString selectedRunId() const;
    QStringList selectedRunIds() const;
    void updateButtons();

    QString m_databasePath;
    JobManager& m_jobs;
    DataDir m_dataDir;
    RunListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QStackedWidget* m_stack = nullptr;
    QPushButton* m_openButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_compareButton = nullptr;
    quint64 m_generation = 0;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "common/jobrecord.h"

#include <optional>

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace evalbench {

class ApiJobListModel;
class ApiJobService;

// The "Score jobs" page: what Dify workflows posted to the HTTP API, newest first, with status
// badges, a status filter and a search in the questions (debounced). It follows the service
// live, without polling. "View report" opens the job's run at its sample.
class ScoreJobsPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 300;

    explicit ScoreJobsPage(ApiJobService& service, QWidget* parent = nullptr);

    ApiJobListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* statusFilter() const { return m_status; }
    QLineEdit* searchEdit() const { return m_search; }
    QPushButton* viewReportButton() const { return m_viewReport; }
    QLabel* countLabel() const { return m_count; }

    void setStatusFilter(std::optional<JobState> state);
    // Selects the job's row; false when it is not listed.
    bool selectJob(const QString& jobId);
    QString selectedJobId() const;
    // Asks for the selected job's report (openReportRequested).
    void viewSelectedReport();

Q_SIGNALS:
    void openReportRequested(const QString& runId, int sampleIndex);

private:
    void applyFilter();
    void onReloaded();
    void updateState();

    ApiJobListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QStackedWidget* m_stack = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_viewReport = nullptr;
    QTimer m_searchDelay;
    QString m_keepSelected; // the job selected before a reload, selected again after it
};

} // namespace evalbench

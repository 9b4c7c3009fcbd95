// SPDX-License-Identifier: MIT
#include "ui/scorejobspage.h"

#include "ui/apijoblistmodel.h"
#include "ui/jobstatebadgedelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace evalbench {

ScoreJobsPage::ScoreJobsPage(ApiJobService& service, QWidget* parent)
    : QWidget(parent)
{
    m_model = new ApiJobListModel(service, this);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("scoreJobsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->setItemDelegateForColumn(
        ApiJobListModel::StatusColumn, new JobStateBadgeDelegate(ApiJobListModel::StateRole, m_view));
    m_view->horizontalHeader()->setSectionResizeMode(ApiJobListModel::QuestionColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ApiJobListModel::ReceivedColumn, 150);
    m_view->setColumnWidth(ApiJobListModel::StatusColumn, 120);
    m_view->setColumnWidth(ApiJobListModel::ScoreColumn, 110);
    m_view->setColumnWidth(ApiJobListModel::LatencyColumn, 90);
    m_view->setColumnWidth(ApiJobListModel::MetricsColumn, 260);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"));
    for (const JobState state :
        { JobState::Queued, JobState::Running, JobState::Completed, JobState::Failed, JobState::Cancelled })
        m_status->addItem(ApiJobListModel::stateText(state), int(state));
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search the questions…"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel;
    m_count->setObjectName(QStringLiteral("jobCount"));
    m_viewReport = new QPushButton(tr("View report"));
    m_viewReport->setObjectName(QStringLiteral("viewReportButton"));
    m_viewReport->setToolTip(tr("Open the job's run at its sample"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Status")));
    filters->addWidget(m_status);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    filters->addWidget(m_viewReport);

    auto* empty = new QLabel(tr("<h3>No score jobs</h3><p>Turn the listener on (API server page) and let a Dify "
                                "workflow post its answers to <code>/api/score/async</code>: each post becomes a job "
                                "here, scored in the background.</p>"));
    empty->setObjectName(QStringLiteral("emptyState"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    auto* intro = new QLabel(tr("Answers that Dify workflows posted to the HTTP API, newest first. The list follows "
                                "the scoring live."));
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Score jobs</h2>")));
    layout->addWidget(intro);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &ScoreJobsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &ScoreJobsPage::applyFilter);
    connect(m_viewReport, &QPushButton::clicked, this, &ScoreJobsPage::viewSelectedReport);
    connect(m_view, &QTableView::activated, this, &ScoreJobsPage::viewSelectedReport);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ScoreJobsPage::updateState);
    connect(m_model, &ApiJobListModel::reloaded, this, &ScoreJobsPage::onReloaded);
    connect(m_model, &ApiJobListModel::rowsInserted, this, &ScoreJobsPage::updateState);
    connect(m_model, &ApiJobListModel::rowsRemoved, this, &ScoreJobsPage::updateState);
    connect(m_model, &ApiJobListModel::totalChanged, this, &ScoreJobsPage::updateState);
    updateState();
}

void ScoreJobsPage::setStatusFilter(std::optional<JobState> state)
{
    m_status->setCurrentIndex(state ? m_status->findData(int(*state)) : 0);
}

void ScoreJobsPage::applyFilter()
{
    m_searchDelay.stop();
    m_keepSelected = selectedJobId();
    const QVariant state = m_status->currentData();
    m_model->setFilter(
        state.isValid() ? std::optional<JobState>(JobState(state.toInt())) : std::nullopt, m_search->text());
}

void ScoreJobsPage::onReloaded()
{
    if (const QString keep = std::exchange(m_keepSelected, {}); !keep.isEmpty())
        selectJob(keep);
    updateState();
}

bool ScoreJobsPage::selectJob(const QString& jobId)
{
    const int row = m_model->rowOfJob(jobId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

QString ScoreJobsPage::selectedJobId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ApiJobListModel::JobIdRole).toString() : QString();
}

void ScoreJobsPage::viewSelectedReport()
{
    const QModelIndex current = m_view->currentIndex();
    const QString runId = current.data(ApiJobListModel::RunIdRole).toString();
    if (!current.isValid() || runId.isEmpty())
        return;
    Q_EMIT openReportRequested(runId, current.data(ApiJobListModel::SampleIndexRole).toInt());
}

void ScoreJobsPage::updateState()
{
    const QModelIndex current = m_view->currentIndex();
    m_viewReport->setEnabled(current.isValid() && !current.data(ApiJobListModel::RunIdRole).toString().isEmpty());
    const bool filtered = m_status->currentIndex() > 0 || !m_search->text().trimmed().isEmpty();
    m_count->setText(
        filtered ? tr("%n matching job(s)", nullptr, m_model->total()) : tr("%n job(s)", nullptr, m_model->total()));
    // The empty state only when nothing was ever posted: a filter with no match keeps the table.
    m_stack->setCurrentIndex(m_model->rowCount() == 0 && !filtered && !m_model->isLoading() ? 1 : 0);
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "ui/runspage.h"

#include "jobs/jobmanager.h"
#include "metrics/metricregistry.h"
#include "store/storereader.h"
#include "ui/backgroundtask.h"
#include "ui/demodataset.h"
#include "ui/progressdelegate.h"
#include "ui/runlistmodel.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace evalbench {

RunsPage::RunsPage(QString databasePath, JobManager& jobs, DataDir dataDir, QWidget* parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
    , m_jobs(jobs)
    , m_dataDir(std::move(dataDir))
{
    m_model = new RunListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RunListModel::SortRole);

    m_view = new QTableView;
    m_view->setModel(m_proxy);
    // The store already lists runs newest first: no sort until the analyst asks
    // for one by clicking a header (sorting 100,000 rows is not free).
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several runs may be selected, to compare them.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegateForColumn(RunListModel::StatusColumn, new ProgressDelegate(m_view));
    m_view->setColumnWidth(RunListModel::NameColumn, 260);
    m_view->setColumnWidth(RunListModel::StatusColumn, 140);

    auto* newButton = new QPushButton(tr("New evaluation…"));
    m_openButton = new QPushButton(tr("Open report"));
    m_cancelButton = new QPushButton(tr("Cancel job"));
    m_cancelButton->setToolTip(tr("Stop this run's evaluation; the samples scored so far are kept"));
    m_compareButton = new QPushButton(tr("Compare"));
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setToolTip(tr("Compare the selected runs (select two or more with Ctrl or Shift)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_compareButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();

    // Empty state: a first-time user gets a full report in one click.
    auto* empty = new QWidget;
    auto* emptyLayout = new QVBoxLayout(empty);
    auto* emptyText = new QLabel(tr("<h2>No runs yet</h2><p>Score the bundled demo dataset (English and Chinese "
                                    "RAG answers) to see a complete report, or start a new evaluation from your "
                                    "own JSONL, JSON or CSV file.</p>"));
    emptyText->setWordWrap(true);
    emptyText->setAlignment(Qt::AlignCenter);
    auto* demoButton = new QPushButton(tr("Score the demo dataset"));
    demoButton->setObjectName(QStringLiteral("scoreDemoButton"));
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(demoButton, 0, Qt::AlignCenter);
    emptyLayout->addStretch();

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Runs</h2>"));
    layout->addWidget(title);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);

    connect(newButton, &QPushButton::clicked, this, &RunsPage::newEvaluationRequested);
    connect(demoButton, &QPushButton::clicked, this, &RunsPage::scoreDemoDataset);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedRunId(); !id.isEmpty())
            Q_EMIT openRunRequested(id);
    });
    connect(m_compareButton, &QPushButton::clicked, this, [this] {
        if (const QStringList ids = selectedRunIds(); ids.size() >= 2)
            Q_EMIT compareRequested(ids);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedRunId(); !id.isEmpty())
            m_jobs.cancelRun(id);
    });
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex& index) { Q_EMIT openRunRequested(index.data(RunListModel::RunIdRole).toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunsPage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RunsPage::updateButtons);
    connect(&m_jobs, &JobManager::jobAccepted, this, &RunsPage::reload);
    connect(&m_jobs, &JobManager::jobFinished, this, &RunsPage::reload);
    connect(&m_jobs, &JobManager::jobProgress, m_model, &RunListModel::updateProgress);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RunsPage::updateButtons);

    updateButtons();
    reload();
}

QString RunsPage::selectedRunId() const
{
    return m_view->currentIndex().data(RunListModel::RunIdRole).toString();
}

QStringList RunsPage::selectedRunIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& row : std::as_const(rows))
        ids.append(row.data(RunListModel::RunIdRole).toString());
    return ids;
}

void RunsPage::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    m_openButton->setEnabled(current.isValid());
    m_cancelButton->setEnabled(current.isValid() && current.data(RunListModel::RunningRole).toBool());
    m_compareButton->setEnabled(m_view->selectionModel()->selectedRows().size() >= 2);
}

void RunsPage::reload()
{
    loadPage(++m_generation, std::nullopt);
}

void RunsPage::loadPage(quint64 generation, std::optional<RunRecord> after)
{
    // The first page fills the screen at once; the rest follows in larger pages.
    constexpr int kFirstPage = 500;
    constexpr int kNextPages = 10000;
    RunQuery query;
    query.limit = after ? kNextPages : kFirstPage;
    if (after) {
        query.afterCreatedAt = after->createdAt;
        query.afterId = after->id;
    }
    const QString path = m_databasePath;
    runInBackground(
        this, [path, query] { return StoreReader(path).runs(query); },
        [this, generation, limit = query.limit, first = !after](const QList<RunRecord>& runs) {
            if (generation != m_generation)
                return; // a newer reload is on its way
            if (first) {
                const QString selected = selectedRunId();
                m_model->setRuns(runs);
                m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 1 : 0);
                if (const int row = m_model->rowOfRun(selected); row >= 0)
                    m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
                updateButtons();
                Q_EMIT reloaded();
            } else {
                m_model->appendRuns(runs);
            }
            if (runs.size() == limit)
                loadPage(generation, runs.last());
            else
                Q_EMIT fullyLoaded();
        });
}

void RunsPage::scoreDemoDataset()
{
    QString error;
    const QString path = DemoDataset::install(m_dataDir, &error);
    if (path.isEmpty()) {
        QMessageBox::warning(this, tr("Demo dataset"), error);
        return;
    }
    EvalRequest request;
    request.datasetPath = path;
    request.name = tr("RAG demo");
    request.settings.metrics = MetricRegistry::builtin().defaultOfflineMetrics();
    const auto submitted = m_jobs.submit(request);
    if (const auto* failure = std::get_if<EvalError>(&submitted))
        QMessageBox::warning(this, tr("Demo dataset"), failure->message);
}

} // namespace evalbench

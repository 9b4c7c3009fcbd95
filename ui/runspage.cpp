// SPDX-License-Identifier: MIT
#include "ui/runspage.h"

#include "jobs/jobmanager.h"
#include "jobs/runremoval.h"
#include "metrics/metricregistry.h"
#include "store/storereader.h"
#include "store/storewriter.h"
#include "ui/backgroundtask.h"
#include "ui/demodataset.h"
#include "ui/progressdelegate.h"
#include "ui/runfilterbar.h"
#include "ui/runfilterproxy.h"
#include "ui/runlistmodel.h"

#include <algorithm>

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
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
    m_dialogs = RunsPageDialogs::interactive();
    m_model = new RunListModel(this);
    m_proxy = new RunFilterProxy(m_model, this);
    m_filterBar = new RunFilterBar(m_proxy);

    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("runsTable"));
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
    m_renameButton = new QPushButton(tr("Rename…"));
    m_renameButton->setObjectName(QStringLiteral("renameButton"));
    m_renameButton->setToolTip(tr("Give the current run another name (F2)"));
    m_deleteButton = new QPushButton(tr("Delete…"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_deleteButton->setToolTip(tr("Delete the selected runs with their scores and artifacts (Delete)"));
    newButton->setToolTip(tr("Score a dataset (Ctrl+N)"));
    m_openButton->setToolTip(tr("Open the current run's report (Enter)"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_compareButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_deleteButton);
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
    layout->addWidget(m_filterBar);
    layout->addWidget(m_stack, 1);

    // Page-wide keys, so that they work from the table and the search field alike.
    const auto addKey = [this](const QKeySequence& keys, void (RunsPage::*slot)()) {
        auto* action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addKey(QKeySequence::Find, &RunsPage::focusSearch);
    addKey(QKeySequence(Qt::Key_F2), &RunsPage::renameCurrentRun);
    // On the table only: Delete in the search field deletes text, not runs.
    auto* deleteAction = new QAction(m_view);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &RunsPage::deleteSelectedRuns);
    m_view->addAction(deleteAction);

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
    connect(m_renameButton, &QPushButton::clicked, this, &RunsPage::renameCurrentRun);
    connect(m_deleteButton, &QPushButton::clicked, this, &RunsPage::deleteSelectedRuns);
    connect(m_filterBar, &RunFilterBar::searchAccepted, this, [this] {
        m_view->setFocus(Qt::OtherFocusReason);
        if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_proxy, &RunFilterProxy::filterChanged, this, &RunsPage::updateButtons);
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
    m_renameButton->setEnabled(current.isValid());
    m_deleteButton->setEnabled(current.isValid() || m_view->selectionModel()->hasSelection());
}

void RunsPage::setDialogs(RunsPageDialogs dialogs)
{
    m_dialogs = std::move(dialogs);
}

void RunsPage::focusSearch()
{
    m_filterBar->focusSearch();
}

QString RunsPage::runName(const QString& runId) const
{
    const RunRecord* run = m_model->runAt(m_model->rowOfRun(runId));
    return run && !run->name.isEmpty() ? run->name : runId;
}

void RunsPage::deleteSelectedRuns()
{
    QStringList ids = selectedRunIds();
    if (ids.isEmpty() && !selectedRunId().isEmpty())
        ids.append(selectedRunId());
    if (ids.isEmpty())
        return;
    QStringList running;
    QStringList names;
    for (const QString& id : std::as_const(ids)) {
        const RunRecord* run = m_model->runAt(m_model->rowOfRun(id));
        if (run
            && (run->status == RunStatus::Importing || run->status == RunStatus::Queued
                || run->status == RunStatus::Running))
            running.append(runName(id));
        names.append(QStringLiteral("• ") + runName(id));
    }
    if (!running.isEmpty()) {
        m_dialogs.inform(this, tr("Delete runs"),
            tr("A run that is still being scored cannot be deleted: %1.\n\nCancel it first (Cancel job), "
               "then delete it.")
                .arg(running.join(QStringLiteral(", "))));
        return;
    }
    constexpr int kNamesShown = 12;
    if (names.size() > kNamesShown) {
        const int more = int(names.size()) - kNamesShown;
        names = names.mid(0, kNamesShown);
        names.append(tr("… and %n more", nullptr, more));
    }
    const QString folders = ids.size() == 1
        ? tr("Its artifacts folder %1 is deleted too.").arg(QDir::toNativeSeparators(m_dataDir.runPath(ids.first())))
        : tr("Their artifacts folders %1 are deleted too.")
              .arg(QDir::toNativeSeparators(m_dataDir.runPath(QStringLiteral("<id>"))));
    const QString text = tr("Delete %n run(s) with their samples and scores?", nullptr, int(ids.size()))
        + QStringLiteral("\n\n") + names.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + folders + QLatin1Char(' ')
        + tr("This cannot be undone.");
    if (!m_dialogs.confirm(this, tr("Delete runs"), text))
        return;
    StoreWriter* writer = &m_jobs.writer();
    const DataDir dataDir = m_dataDir;
    runInBackground(
        this,
        [writer, dataDir, ids] {
            QStringList errors;
            for (const QString& id : ids) {
                if (const WriteResult result = RunRemoval::remove(*writer, dataDir, id); !result.ok())
                    errors.append(result.error);
            }
            return errors.join(QLatin1Char('\n'));
        },
        [this, ids](const QString& error) {
            if (!error.isEmpty())
                m_dialogs.inform(this, tr("Delete runs"), tr("Not every run could be deleted:\n%1").arg(error));
            reload();
            Q_EMIT runsDeleted(ids, error);
        });
}

void RunsPage::renameCurrentRun()
{
    const QString id = selectedRunId();
    if (id.isEmpty())
        return;
    const RunRecord* run = m_model->runAt(m_model->rowOfRun(id));
    const std::optional<QString> name = m_dialogs.askName(this, run ? run->name : QString());
    if (!name)
        return;
    const QString trimmed = name->trimmed();
    if (trimmed.isEmpty()) {
        m_dialogs.inform(this, tr("Rename run"), tr("A run needs a name: the new name cannot be empty."));
        return;
    }
    if (run && trimmed == run->name)
        return;
    StoreWriter* writer = &m_jobs.writer();
    runInBackground(
        this,
        [writer, id, trimmed] {
            QFuture<WriteResult> renamed = writer->renameRun(id, trimmed);
            renamed.waitForFinished();
            return renamed.result().error;
        },
        [this, id](const QString& error) {
            if (!error.isEmpty())
                m_dialogs.inform(this, tr("Rename run"), tr("The run could not be renamed: %1").arg(error));
            reload();
            Q_EMIT runRenamed(id, error);
        });
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

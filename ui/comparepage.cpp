// SPDX-License-Identifier: MIT
#include "ui/comparepage.h"

#include "io/comparisonmarkdownwriter.h"
#include "store/storereader.h"
#include "ui/backgroundtask.h"
#include "ui/changecountmodel.h"
#include "ui/comparisonchart.h"
#include "ui/comparisonitemfilter.h"
#include "ui/comparisonitemmodel.h"
#include "ui/metricdeltamodel.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace evalbench {

struct ComparePage::Load
{
    QList<RunRecord> runs; // the ones found, oldest first
    QStringList missing;
    QString baselineId;
    std::optional<RunComparison> comparison;
    QString error;
};

namespace {

QString runLabel(const RunRecord& run)
{
    return run.name.isEmpty() ? run.id : run.name;
}

QString safeFileName(QString base)
{
    for (QChar& c : base) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    return base;
}

QTableView* makeTable(const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    return view;
}

} // namespace

ComparePage::ComparePage(QString databasePath, QWidget* parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_deltaModel = new MetricDeltaModel(this);
    m_deltaModel->setObjectName(QStringLiteral("metricDeltaModel"));
    m_countModel = new ChangeCountModel(this);
    m_countModel->setObjectName(QStringLiteral("changeCountModel"));
    m_itemModel = new ComparisonItemModel(this);
    m_itemModel->setObjectName(QStringLiteral("comparisonItemModel"));
    m_itemFilter = new ComparisonItemFilter(m_itemModel, this);
    m_itemFilter->setObjectName(QStringLiteral("comparisonItemFilter"));
    m_savePathProvider = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(
            this, tr("Export comparison"), suggested, tr("Markdown files (*.md);;All files (*)"));
    };
    buildLayout();
    applyTints();
}

ComparePage::~ComparePage()
{
    ++*m_generation; // running loads stop early; their results are never applied
}

void ComparePage::setSavePathProvider(SavePathProvider provider)
{
    m_savePathProvider = std::move(provider);
}

void ComparePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTints();
    QWidget::changeEvent(event);
}

void ComparePage::applyTints()
{
    const QColor base = palette().color(QPalette::Base);
    m_deltaModel->setTintBase(base);
    m_countModel->setTintBase(base);
    m_itemModel->setTintBase(base);
}

void ComparePage::setBaseline(const QString& runId)
{
    if (runId != m_baselineId)
        compare(m_runIds, runId);
}

void ComparePage::compare(const QStringList& runIds, const QString& baselineId)
{
    const quint64 generation = ++*m_generation;
    m_runIds = runIds;
    m_baselineId = baselineId;
    m_exportButton->setEnabled(false);
    if (!m_comparison) {
        m_message->setText(tr("Comparing %n run(s)…", nullptr, int(runIds.size())));
        m_stack->setCurrentIndex(0);
    } else {
        m_matchLabel->setText(tr("Comparing against the new baseline…"));
    }
    runInBackground(
        this,
        [path = m_databasePath, runIds, baselineId, counter = m_generation, generation] {
            Load load;
            const StoreReader reader(path);
            for (const QString& id : runIds) {
                std::optional<RunRecord> run = reader.run(id);
                if (run && run->status != RunStatus::Importing)
                    load.runs.append(std::move(*run));
                else
                    load.missing.append(id);
            }
            std::stable_sort(load.runs.begin(), load.runs.end(),
                [](const RunRecord& a, const RunRecord& b) { return a.createdAt < b.createdAt; });
            if (load.runs.size() < 2) {
                load.error = tr("Choose at least two runs on the Runs page to compare them.");
                return load;
            }
            const auto chosen = std::find_if(load.runs.cbegin(), load.runs.cend(),
                [&baselineId](const RunRecord& run) { return run.id == baselineId; });
            load.baselineId = chosen != load.runs.cend() ? baselineId : load.runs.first().id;
            QStringList others;
            for (const RunRecord& run : std::as_const(load.runs)) {
                if (run.id != load.baselineId)
                    others.append(run.id);
            }
            QString error;
            load.comparison = RunComparison::load(
                reader, load.baselineId, others, &error, [&] { return counter->load() != generation; });
            if (!load.comparison)
                load.error = error;
            return load;
        },
        [this, generation](const Load& load) { apply(generation, load); });
}

void ComparePage::apply(quint64 generation, const Load& load)
{
    if (generation != *m_generation)
        return;
    if (!load.comparison) {
        m_comparison.reset();
        m_deltaModel->clear();
        m_countModel->clear();
        m_itemModel->clear();
        m_chart->clear();
        m_message->setText(load.error);
        m_stack->setCurrentIndex(0);
        Q_EMIT loaded();
        return;
    }
    m_comparison = load.comparison;
    m_baselineId = load.baselineId;
    {
        const QSignalBlocker blocker(m_baselineCombo);
        m_baselineCombo->clear();
        for (const RunRecord& run : load.runs)
            m_baselineCombo->addItem(runLabel(run), run.id);
        m_baselineCombo->setCurrentIndex(m_baselineCombo->findData(m_baselineId));
    }
    {
        const QSignalBlocker blocker(m_metricFilter);
        const QString metric = m_metricFilter->currentData().toString();
        m_metricFilter->clear();
        m_metricFilter->addItem(tr("All metrics"), QString());
        for (const QString& id : m_comparison->metrics)
            m_metricFilter->addItem(id, id);
        const int keep = m_metricFilter->findData(metric);
        m_metricFilter->setCurrentIndex(keep >= 0 ? keep : 0);
        m_itemFilter->setMetric(m_metricFilter->currentData().toString());
    }

    QStringList lines;
    for (int i = 0; i < m_comparison->others.size(); ++i) {
        const MatchInfo& match = m_comparison->matches.at(i);
        const QString run = runLabel(m_comparison->others.at(i));
        lines.append(match.rule == MatchRule::ById
                ? tr("%1: %2 samples matched by id; %3 only in the baseline, %4 only in this run.")
                      .arg(run)
                      .arg(match.matched)
                      .arg(match.baselineOnly)
                      .arg(match.otherOnly)
                : tr("%1: %2 samples matched by question (the ids differ); %3 only in the baseline, %4 only in "
                     "this run.")
                      .arg(run)
                      .arg(match.matched)
                      .arg(match.baselineOnly)
                      .arg(match.otherOnly));
    }
    if (!load.missing.isEmpty())
        lines.append(tr("Not in the database any more: %1").arg(load.missing.join(QStringLiteral(", "))));
    m_matchLabel->setText(lines.join(QLatin1Char('\n')));

    m_deltaModel->setComparison(*m_comparison);
    m_countModel->setComparison(*m_comparison);
    m_itemModel->setComparison(*m_comparison);
    m_chart->setComparison(*m_comparison);
    m_itemView->sortByColumn(ComparisonItemModel::DeltaColumn, Qt::AscendingOrder); // worst first
    updateItemsLabel();
    m_exportButton->setEnabled(true);
    m_stack->setCurrentIndex(1);
    Q_EMIT loaded();
}

void ComparePage::updateItemsLabel()
{
    m_itemsLabel->setText(tr("%1 of %n item(s) shown", nullptr, m_itemModel->rowCount()).arg(m_itemFilter->rowCount()));
}

void ComparePage::exportMarkdown()
{
    if (!m_comparison || !m_savePathProvider)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(documents).filePath(
        safeFileName(tr("comparison-%1").arg(runLabel(m_comparison->baseline))) + QStringLiteral(".md"));
    const QString path = m_savePathProvider(suggested);
    if (path.isEmpty())
        return;
    const QString nativePath = QDir::toNativeSeparators(path);
    m_exportLabel->setText(tr("Exporting to %1…").arg(nativePath));
    runInBackground(
        this,
        [comparison = *m_comparison, path] {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return file.errorString();
            file.write(ComparisonMarkdownWriter(comparison).render().toUtf8());
            return file.commit() ? QString() : file.errorString();
        },
        [this, path, nativePath](const QString& error) {
            const QString message =
                error.isEmpty() ? tr("Comparison exported to %1").arg(nativePath) : tr("Export failed: %1").arg(error);
            m_exportLabel->setText(message);
            Q_EMIT statusMessage(message);
            if (!error.isEmpty()) {
                // open(), not exec(): a nested event loop would let other results arrive underneath.
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                    tr("The comparison could not be written to %1.\n\n%2").arg(nativePath, error), QMessageBox::Ok,
                    this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            Q_EMIT exportFinished(path, error);
        });
}

void ComparePage::buildLayout()
{
    m_baselineCombo = new QComboBox(this);
    m_baselineCombo->setObjectName(QStringLiteral("baselineCombo"));
    m_baselineCombo->setToolTip(tr("The run the others are compared against"));
    connect(m_baselineCombo, &QComboBox::activated, this,
        [this](int index) { setBaseline(m_baselineCombo->itemData(index).toString()); });
    m_exportButton = new QPushButton(tr("Export Markdown…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportMarkdownButton"));
    connect(m_exportButton, &QPushButton::clicked, this, &ComparePage::exportMarkdown);
    m_exportLabel = new QLabel(this);
    m_exportLabel->setObjectName(QStringLiteral("exportStatusLabel"));
    m_exportLabel->setTextFormat(Qt::PlainText);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Baseline:"), this));
    top->addWidget(m_baselineCombo);
    top->addWidget(m_exportButton);
    top->addWidget(m_exportLabel, 1);

    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_matchLabel->setTextFormat(Qt::PlainText);
    m_matchLabel->setWordWrap(true);

    m_deltaView = makeTable(QStringLiteral("metricDeltaTable"), this);
    m_deltaView->setModel(m_deltaModel);
    m_deltaView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deltaView->setSelectionMode(QAbstractItemView::NoSelection);
    m_countView = makeTable(QStringLiteral("changeCountTable"), this);
    m_countView->setModel(m_countModel);
    m_countView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_countView->setSelectionMode(QAbstractItemView::NoSelection);
    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->setObjectName(QStringLiteral("compareTablesSplitter")); // remembered by the window
    tables->addWidget(m_deltaView);
    tables->addWidget(m_countView);

    m_chart = new ComparisonChart(this);
    m_chart->setObjectName(QStringLiteral("comparisonChart"));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("compareSplitter")); // remembered by the window
    split->addWidget(tables);
    split->addWidget(m_chart);
    split->addWidget(buildItemArea());
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_matchLabel);
    contentLayout->addWidget(split, 1);

    m_message = new QLabel(tr("Select two or more runs on the Runs page and choose Compare."), this);
    m_message->setObjectName(QStringLiteral("compareMessageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Compare runs</h2>"), this));
    layout->addWidget(m_stack, 1);
    m_exportButton->setEnabled(false);
}

QWidget* ComparePage::buildItemArea()
{
    m_regressionsOnly = new QCheckBox(tr("Regressions only"), this);
    m_regressionsOnly->setObjectName(QStringLiteral("regressionsOnlyCheck"));
    m_regressionsOnly->setChecked(m_itemFilter->regressionsOnly());
    connect(m_regressionsOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_itemFilter->setRegressionsOnly(on);
        updateItemsLabel();
    });
    m_metricFilter = new QComboBox(this);
    m_metricFilter->setObjectName(QStringLiteral("metricFilterCombo"));
    m_metricFilter->addItem(tr("All metrics"), QString());
    connect(m_metricFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_itemFilter->setMetric(m_metricFilter->currentData().toString());
        updateItemsLabel();
    });
    m_itemsLabel = new QLabel(this);
    m_itemsLabel->setObjectName(QStringLiteral("itemCountLabel"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_regressionsOnly);
    filters->addWidget(new QLabel(tr("Metric:"), this));
    filters->addWidget(m_metricFilter);
    filters->addWidget(m_itemsLabel, 1);

    m_itemView = makeTable(QStringLiteral("comparisonItemTable"), this);
    m_itemView->setModel(m_itemFilter);
    m_itemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemView->setToolTip(tr("Double-click a row to open that sample in the run's report"));
    // Fixed row heights and widths: the list may hold a row per sample and metric.
    m_itemView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_itemView->verticalHeader()->setDefaultSectionSize(m_itemView->fontMetrics().height() + 8);
    m_itemView->horizontalHeader()->setDefaultSectionSize(90);
    m_itemView->setSortingEnabled(true);
    m_itemView->setColumnWidth(ComparisonItemModel::QuestionColumn, 320);
    connect(m_itemView, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT openReportRequested(index.data(ComparisonItemModel::RunIdRole).toString(),
            index.data(ComparisonItemModel::SampleIndexRole).toInt());
    });

    auto* area = new QWidget(this);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_itemView, 1);
    return area;
}

} // namespace evalbench

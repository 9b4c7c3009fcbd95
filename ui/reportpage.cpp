// SPDX-License-Identifier: MIT
#include "ui/reportpage.h"

#include "store/storereader.h"
#include "store/storewriter.h"
#include "ui/advicepanel.h"
#include "ui/agreementview.h"
#include "ui/annotationeditor.h"
#include "ui/backgroundtask.h"
#include "ui/metricsummarymodel.h"
#include "ui/ml/mlresultview.h"
#include "ui/nanreasons.h"
#include "ui/reportannotations.h"
#include "ui/reportcharts/chartimagewriter.h"
#include "ui/reportcharts/reportchartspanel.h"
#include "ui/reportcharts/reportchartview.h"
#include "ui/reportheader.h"
#include "ui/reportsummarytext.h"
#include "ui/sampledetailview.h"
#include "ui/samplefilterbar.h"
#include "ui/samplelistmodel.h"
#include "ui/samplerowsloader.h"
#include "ui/samplesortproxy.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace evalbench {

namespace {

struct RunLoad
{
    std::optional<RunRecord> run;
    std::optional<QJsonObject> judgeUsage;
    bool artifactsExist = false;
};

QString fileBaseFor(const RunRecord& run)
{
    QString base = run.name.trimmed().isEmpty() ? run.id : run.name.trimmed();
    // Characters Windows or Linux refuse in a file name.
    for (QChar& c : base) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    return base;
}

QString fileNameFor(const RunRecord& run, const QString& extension)
{
    return fileBaseFor(run) + QLatin1Char('.') + extension;
}

// The size of an exported chart picture: large enough for a slide or a report page.
constexpr QSize kChartImageSize(1200, 800);

} // namespace

ReportPage::ReportPage(StoreWriter& writer, DataDir dataDir, QWidget* parent)
    : QWidget(parent)
    , m_databasePath(writer.databasePath())
    , m_dataDir(std::move(dataDir))
    , m_generation(std::make_shared<std::atomic<quint64>>(0))
{
    m_summaryModel = new MetricSummaryModel(this);
    m_summaryModel->setObjectName(QStringLiteral("metricSummaryModel"));
    m_sampleModel = new SampleListModel(this);
    m_sampleModel->setObjectName(QStringLiteral("sampleListModel"));
    m_proxy = new SampleSortProxy(m_sampleModel, this);
    m_proxy->setSortRole(SampleListModel::SortRole);
    m_annotations = new ReportAnnotations(writer, this);
    m_annotations->setObjectName(QStringLiteral("reportAnnotations"));
    m_savePathProvider = [this](const QString& suggested) {
        const QString extension = QFileInfo(suggested).suffix();
        return QFileDialog::getSaveFileName(this, tr("Export report"), suggested,
            tr("%1 files (*.%2);;All files (*)").arg(extension.toUpper(), extension));
    };
    m_folderProvider = [this](const QString& suggested) {
        return QFileDialog::getExistingDirectory(this, tr("Export charts to folder"), suggested);
    };
    buildLayout();
    m_sampleModel->setTintBase(palette().color(QPalette::Base));
}

ReportPage::~ReportPage()
{
    // Running loads see the bump and stop; their results are never applied
    // because `this` is their continuation's context.
    ++*m_generation;
}

void ReportPage::setSavePathProvider(SavePathProvider provider)
{
    m_savePathProvider = std::move(provider);
}

void ReportPage::setFolderProvider(FolderProvider provider)
{
    m_folderProvider = std::move(provider);
}

void ReportPage::changeEvent(QEvent* event)
{
    // The page gets the change before its children, so read its own palette (the view inherits it).
    if (event->type() == QEvent::PaletteChange)
        m_sampleModel->setTintBase(palette().color(QPalette::Base));
    QWidget::changeEvent(event);
}

void ReportPage::showRun(const QString& runId, int sampleIndex)
{
    const quint64 generation = ++*m_generation;
    m_sampleToSelect = sampleIndex;
    ++m_detailGeneration;
    // Refreshing the run already shown keeps it on screen until the new data is in.
    if (runId != m_runId || !m_run) {
        m_run.reset();
        m_summaryModel->clear();
        m_sampleModel->clear();
        m_detailView->showMessage(tr("Select a sample to see its details."));
        m_annotationEditor->clearSample();
        m_annotations->clear();
        m_advice->clear();
        m_charts->setTimeSeriesShown(false);
        m_message->setText(tr("Loading run %1…").arg(runId));
        m_stack->setCurrentIndex(0);
        setExportEnabled(false);
    }
    m_runId = runId;
    runInBackground(
        this,
        [path = m_databasePath, runPath = m_dataDir.runPath(runId), runId] {
            RunLoad load;
            const StoreReader reader(path);
            load.run = reader.run(runId);
            load.judgeUsage = reader.runJudgeUsage(runId);
            // An import in progress is not a run yet (it may still be rolled back).
            if (load.run && load.run->status == RunStatus::Importing)
                load.run.reset();
            load.artifactsExist = QFileInfo(runPath).isDir();
            return load;
        },
        [this, generation](const RunLoad& load) {
            applyRun(generation, load.run, load.artifactsExist);
            if (generation == *m_generation && load.run)
                m_header->setJudge(*load.run, load.judgeUsage);
        });
}

void ReportPage::applyRun(quint64 generation, const std::optional<RunRecord>& run, bool artifactsExist)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != *m_generation)
        return;
    m_run = run;
    if (!run) {
        m_message->setText(tr("Run “%1” was not found. It may have been deleted; choose another run.").arg(m_runId));
        m_stack->setCurrentIndex(0);
        emit loaded();
        return;
    }
    m_header->setRun(*run);
    m_summaryModel->setData(*run);
    m_openFolderButton->setEnabled(artifactsExist);
    setExportEnabled(true);
    m_stack->setCurrentIndex(1);
    if (run->kind == QLatin1String("ml")) {
        runInBackground(
            this,
            [path = m_databasePath, runId = m_runId] {
                return StoreReader(path).mlResult(runId).value_or(QJsonObject {});
            },
            [this, generation](const QJsonObject& result) { applyMlResult(generation, result); });
        return;
    }
    m_body->setCurrentIndex(0);
    m_rowsLabel->setText(tr("Loading %n sample(s)…", nullptr, run->sampleCount));
    m_advice->load(*run, m_dataDir.runPath(run->id));
    m_charts->setTimeSeriesShown(run->source == QLatin1String("api"));

    QStringList metrics = run->settings.metrics;
    if (metrics.isEmpty())
        metrics = run->summary.keys();
    m_annotationEditor->setMetrics(metrics);
    m_annotations->setRun(*run);
    runInBackground(
        this,
        [path = m_databasePath, runId = m_runId, metrics, counter = m_generation, generation] {
            return loadSampleRows(StoreReader(path), runId, metrics, [&] { return counter->load() != generation; });
        },
        [this, generation](SampleRows rows) { applyRows(generation, std::move(rows)); });
    if (run->source == QLatin1String("api"))
        loadSampleTimes(generation);
}

void ReportPage::loadSampleTimes(quint64 generation)
{
    runInBackground(
        this, [path = m_databasePath, runId = m_runId] { return StoreReader(path).apiSampleTimes(runId); },
        [this, generation](QList<SampleTime> times) {
            if (generation == *m_generation)
                m_charts->setSampleTimes(std::move(times));
        });
}

void ReportPage::applyRows(quint64 generation, SampleRows rows)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != *m_generation || rows.cancelled)
        return;
    // A refresh resets the table; keep the analyst on the sample they were reading.
    int selectedSample = std::exchange(m_sampleToSelect, -1);
    const QModelIndexList selected = m_sampleView->selectionModel()->selectedRows();
    if (selectedSample < 0 && !selected.isEmpty())
        selectedSample = selected.first().data(SampleListModel::IndexRole).toInt();
    m_sampleModel->setData(std::move(rows));
    m_header->setNanReasons(nanReasonsByMetric(m_sampleModel->rows()));
    updateRowsLabel();
    if (selectedSample >= 0)
        selectSample(selectedSample);
    emit loaded();
}

bool ReportPage::selectSample(int sampleIndex)
{
    const int row = m_sampleModel->rowForSampleIndex(sampleIndex);
    if (row < 0)
        return false;
    QModelIndex shown = m_proxy->mapFromSource(m_sampleModel->index(row, 0));
    if (!shown.isValid()) { // hidden by the filter
        m_filterBar->clear();
        shown = m_proxy->mapFromSource(m_sampleModel->index(row, 0));
    }
    m_sampleView->selectRow(shown.row());
    m_sampleView->scrollTo(shown, QAbstractItemView::PositionAtCenter);
    return true;
}

void ReportPage::applyMlResult(quint64 generation, const QJsonObject& result)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (generation != *m_generation)
        return;
    m_exportChartsButton->setEnabled(false); // an ML run has no report charts
    const QJsonObject error = result.value(QStringLiteral("error")).toObject();
    const bool failed = result.value(QStringLiteral("status")).toString() == QLatin1String("error");
    if (failed) {
        // A failed scorer run keeps its error envelope: show every problem it lists.
        QString text =
            tr("%1 (%2): %3")
                .arg(error.value(QStringLiteral("code")).toString(), error.value(QStringLiteral("stage")).toString(),
                    error.value(QStringLiteral("message")).toString());
        const QJsonArray problems =
            error.value(QStringLiteral("details")).toObject().value(QStringLiteral("problems")).toArray();
        for (const QJsonValue& p : problems)
            text += QStringLiteral("\n• ") + p.toObject().value(QStringLiteral("message")).toString();
        m_mlError->setText(text);
    }
    m_mlError->setVisible(failed);
    m_mlView->setVisible(!failed);
    if (!failed)
        m_mlView->setResult(result);
    m_body->setCurrentIndex(1);
    m_rowsLabel->clear();
    emit loaded();
}

bool ReportPage::isShowingMlResult() const
{
    return m_stack->currentIndex() == 1 && m_body->currentIndex() == 1;
}

void ReportPage::buildLayout()
{
    m_header = new ReportHeader(this);
    connect(m_header, &ReportHeader::refreshRequested, this, [this] { showRun(m_runId); });

    auto* buttons = new QHBoxLayout;
    const auto addExport = [&](const QString& text, const QString& name, ExportFormat format) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, [this, format] { exportReport(format); });
        buttons->addWidget(button);
        m_exportButtons.append(button);
    };
    addExport(tr("Export Markdown…"), QStringLiteral("exportMarkdownButton"), ExportFormat::Markdown);
    addExport(tr("Export JSON…"), QStringLiteral("exportJsonButton"), ExportFormat::Json);
    addExport(tr("Export CSV…"), QStringLiteral("exportCsvButton"), ExportFormat::Csv);
    m_exportChartsButton = new QPushButton(tr("Export charts…"), this);
    m_exportChartsButton->setObjectName(QStringLiteral("exportChartsButton"));
    m_exportChartsButton->setToolTip(tr("Save each chart as a PNG picture in a folder"));
    connect(m_exportChartsButton, &QPushButton::clicked, this, &ReportPage::exportCharts);
    buttons->addWidget(m_exportChartsButton);
    m_exportButtons.append(m_exportChartsButton);
    auto* copyButton = new QPushButton(tr("Copy summary"), this);
    copyButton->setObjectName(QStringLiteral("copySummaryButton"));
    copyButton->setToolTip(tr("Copy the weighted score and each metric's mean as Markdown"));
    connect(copyButton, &QPushButton::clicked, this, &ReportPage::copySummary);
    buttons->addWidget(copyButton);
    m_exportButtons.append(copyButton);
    m_openFolderButton = new QPushButton(tr("Open folder"), this);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolderButton->setToolTip(tr("Open the folder with this run's report files"));
    connect(m_openFolderButton, &QPushButton::clicked, this, &ReportPage::openArtifactsFolder);
    buttons->addWidget(m_openFolderButton);
    m_exportLabel = new QLabel(this);
    m_exportLabel->setObjectName(QStringLiteral("exportStatusLabel"));
    m_exportLabel->setTextFormat(Qt::PlainText);
    buttons->addWidget(m_exportLabel, 1);

    m_summaryView = new QTableView(this);
    m_summaryView->setObjectName(QStringLiteral("metricSummaryView"));
    m_summaryView->setModel(m_summaryModel);
    m_summaryView->verticalHeader()->hide();
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryView->setSelectionMode(QAbstractItemView::NoSelection);

    m_agreementView = new AgreementView(m_annotations, this);
    m_agreementView->setObjectName(QStringLiteral("agreementView"));
    auto* summaries = new QSplitter(Qt::Horizontal, this);
    summaries->addWidget(m_summaryView);
    summaries->addWidget(m_agreementView);
    summaries->setStretchFactor(0, 3);
    summaries->setStretchFactor(1, 2);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("reportSplitter")); // remembered by the window
    split->addWidget(summaries);
    split->addWidget(buildSampleArea());
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);

    m_mlView = new MlResultView(this);
    // The charts and tables inside ask for more height than a 768-pixel screen has room for
    // next to the header; they shrink (and the ML tabs scroll) instead.
    m_mlView->setMinimumHeight(160);
    m_mlView->setObjectName(QStringLiteral("mlResultView"));
    m_mlError = new QLabel(this);
    m_mlError->setObjectName(QStringLiteral("mlErrorLabel"));
    m_mlError->setTextFormat(Qt::PlainText);
    m_mlError->setWordWrap(true);
    m_mlError->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_mlError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* mlBody = new QWidget(this);
    auto* mlLayout = new QVBoxLayout(mlBody);
    mlLayout->setContentsMargins(0, 0, 0, 0);
    mlLayout->addWidget(m_mlError);
    mlLayout->addWidget(m_mlView, 1);

    m_body = new QStackedWidget(this);
    m_body->addWidget(split);
    m_body->addWidget(mlBody);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_header);
    contentLayout->addLayout(buttons);
    contentLayout->addWidget(m_body, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessageLabel"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setText(tr("Open a run from the Runs page to see its report."));

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_message);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);
    setExportEnabled(false);
}

QWidget* ReportPage::buildSampleArea()
{
    m_filterBar = new SampleFilterBar(this);
    m_filterBar->setObjectName(QStringLiteral("sampleFilterBar"));
    connect(m_filterBar, &SampleFilterBar::changed, this, &ReportPage::applyFilters);

    m_sampleView = new QTableView(this);
    m_sampleView->setObjectName(QStringLiteral("sampleTable"));
    m_sampleView->setModel(m_proxy);
    m_sampleView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sampleView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sampleView->setWordWrap(false);
    m_sampleView->verticalHeader()->hide();
    // Fixed row heights and no content-sized columns: a view must never measure 100,000 rows.
    m_sampleView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_sampleView->verticalHeader()->setDefaultSectionSize(m_sampleView->fontMetrics().height() + 8);
    m_sampleView->horizontalHeader()->setDefaultSectionSize(90);
    m_sampleView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_sampleView->horizontalHeader()->setStretchLastSection(false);
    m_sampleView->horizontalHeader()->setSortIndicator(SampleListModel::IdColumn, Qt::AscendingOrder);
    m_sampleView->setSortingEnabled(true);
    connect(
        m_sampleView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReportPage::onSelectionChanged);
    // Column widths are set per reset, because the metric columns change with the run.
    connect(m_sampleModel, &QAbstractItemModel::modelReset, this,
        [this] { m_sampleView->setColumnWidth(SampleListModel::QuestionColumn, 320); });

    m_rowsLabel = new QLabel(this);
    m_rowsLabel->setObjectName(QStringLiteral("sampleCountStatus"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_sampleView, 1);
    leftLayout->addWidget(m_rowsLabel);

    m_charts = new ReportChartsPanel(this);
    m_charts->setObjectName(QStringLiteral("reportCharts"));
    m_charts->setModel(m_sampleModel);
    connect(m_charts, &ReportChartsPanel::sampleClicked, this, [this](int sampleIndex) { selectSample(sampleIndex); });
    m_advice = new AdvicePanel(m_databasePath, this);
    m_advice->setObjectName(QStringLiteral("advicePanel"));

    m_tabs = new QTabWidget(this);
    m_tabs->setMinimumHeight(160); // see m_mlView: charts shrink rather than make the window tall
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(left, tr("Samples"));
    m_tabs->addTab(m_charts, tr("Charts"));
    m_tabs->addTab(m_advice, tr("Advice"));

    m_detailView = new SampleDetailView(this);
    m_detailView->setObjectName(QStringLiteral("sampleDetail"));
    m_detailView->showMessage(tr("Select a sample to see its details."));

    m_annotationEditor = new AnnotationEditor(m_annotations, this);
    m_annotationEditor->setObjectName(QStringLiteral("annotationEditor"));
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_detailView);
    // The editor scrolls when the splitter gives it less than its full height.
    auto* editorScroll = new QScrollArea(this);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setWidget(m_annotationEditor);
    editorScroll->setMinimumHeight(80);
    right->addWidget(editorScroll);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("sampleSplitter")); // remembered by the window
    split->addWidget(m_tabs);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

void ReportPage::updateRowsLabel()
{
    const int total = m_sampleModel->rowCount();
    m_rowsLabel->setText(!m_proxy->isFiltering()
            ? tr("%n sample(s)", nullptr, total)
            : tr("%1 of %n sample(s) match the filter", nullptr, total).arg(m_proxy->rowCount()));
}

void ReportPage::applyFilters()
{
    m_proxy->setTextFilter(m_filterBar->text());
    m_proxy->setBelowThreshold(m_filterBar->belowThreshold());
    m_proxy->setNanOnly(m_filterBar->nanOnly());
    updateRowsLabel();
}

void ReportPage::onSelectionChanged()
{
    const QModelIndexList rows = m_sampleView->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_run)
        return;
    const int sampleIndex = rows.first().data(SampleListModel::IndexRole).toInt();
    const quint64 detail = ++m_detailGeneration;
    m_detailView->showMessage(tr("Loading sample…"));
    runInBackground(
        this,
        [path = m_databasePath, runId = m_runId, sampleIndex]() -> std::optional<StoredSample> {
            const QList<StoredSample> found = StoreReader(path).samples(runId, sampleIndex, 1);
            if (found.isEmpty() || found.first().index != sampleIndex)
                return std::nullopt;
            return found.first();
        },
        [this, detail, sampleIndex](const std::optional<StoredSample>& sample) {
            if (detail != m_detailGeneration)
                return;
            if (sample) {
                m_detailView->showSample(*sample, m_sampleModel->metrics());
                m_annotationEditor->showSample(sample->index, sample->key);
            } else {
                m_detailView->showMessage(tr("Sample #%1 is no longer in the database.").arg(sampleIndex));
                m_annotationEditor->clearSample();
            }
            emit sampleShown(sampleIndex);
        });
}

void ReportPage::exportReport(ExportFormat format)
{
    if (!m_run || !m_savePathProvider)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        m_savePathProvider(QDir(documents).filePath(fileNameFor(*m_run, exportFormatExtension(format))));
    if (path.isEmpty())
        return;
    m_exportLabel->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    runInBackground(
        this,
        [databasePath = m_databasePath, dataDir = m_dataDir, runId = m_runId, format, path] {
            const StoreReader reader(databasePath);
            const std::optional<EvalError> error = ReportExporter(dataDir, reader).writeFile(runId, format, path);
            return error ? error->message : QString();
        },
        [this, path](const QString& error) {
            // Not tied to the generation: an export of the previous run is still a finished file.
            const QString nativePath = QDir::toNativeSeparators(path);
            const QString message =
                error.isEmpty() ? tr("Report exported to %1").arg(nativePath) : tr("Export failed: %1").arg(error);
            m_exportLabel->setText(message);
            emit statusMessage(message);
            if (!error.isEmpty()) {
                // open(), not exec(): a nested event loop would let other results arrive underneath.
                auto* box = new QMessageBox(QMessageBox::Warning, tr("Export failed"),
                    tr("The report could not be written to %1.\n\n%2").arg(nativePath, error), QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            emit exportFinished(path, error);
        });
}

void ReportPage::exportCharts()
{
    if (!m_run || !m_folderProvider)
        return;
    const QString folder = m_folderProvider(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    // Rendering touches the chart widgets: on this thread. Only the PNG encoding goes to the pool.
    QList<ChartImage> images;
    QStringList files;
    const QString base = fileBaseFor(*m_run);
    for (const ReportChartsPanel::NamedChart& chart : m_charts->charts()) {
        const QString path = QDir(folder).filePath(base + QLatin1Char('-') + chart.name + QStringLiteral(".png"));
        images.append({ path, chart.view->renderImage(kChartImageSize) });
        files.append(path);
    }
    m_exportLabel->setText(tr("Exporting charts to %1…").arg(QDir::toNativeSeparators(folder)));
    runInBackground(
        this, [images] { return writeChartImages(images); },
        [this, folder, files](const QString& error) {
            const QString nativeFolder = QDir::toNativeSeparators(folder);
            const QString message = error.isEmpty()
                ? tr("%n chart(s) exported to %1", nullptr, int(files.size())).arg(nativeFolder)
                : tr("Chart export failed: %1").arg(error);
            m_exportLabel->setText(message);
            emit statusMessage(message);
            emit chartsExported(folder, error.isEmpty() ? files : QStringList(), error);
        });
}

void ReportPage::copySummary()
{
    if (!m_run)
        return;
    QGuiApplication::clipboard()->setText(ReportSummaryText::of(*m_run));
    const QString message = tr("Summary copied to the clipboard");
    m_exportLabel->setText(message);
    emit statusMessage(message);
}

void ReportPage::openArtifactsFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDir.runPath(m_runId)));
}

void ReportPage::setExportEnabled(bool enabled)
{
    for (QPushButton* button : std::as_const(m_exportButtons))
        button->setEnabled(enabled);
    if (!enabled)
        m_openFolderButton->setEnabled(false);
}

} // namespace evalbench

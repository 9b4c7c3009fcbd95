// SPDX-License-Identifier: MIT
#include "ui/reportpage.h"

#include "store/storereader.h"
#include "store/storewriter.h"
#include "ui/agreementview.h"
#include "ui/annotationeditor.h"
#include "ui/backgroundtask.h"
#include "ui/metricsummarymodel.h"
#include "ui/ml/mlresultview.h"
#include "ui/reportannotations.h"
#include "ui/reportheader.h"
#include "ui/sampledetailview.h"
#include "ui/samplelistmodel.h"
#include "ui/samplerowsloader.h"

#include <cmath>

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace evalbench {

namespace {

// Sorts like SampleListModel::SortRole and keeps NaN / skipped / pending cells
// after the values whichever way the column is sorted.
class SampleSortProxy : public QSortFilterProxyModel
{
public:
    SampleSortProxy(SampleListModel* model, QObject* parent)
        : QSortFilterProxyModel(parent)
        , m_model(model)
    {
        setSourceModel(model);
    }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        const SampleListModel* model = m_model;
        if (left.column() == SampleListModel::QuestionColumn)
            return model->questionAt(left.row()).compare(model->questionAt(right.row()), Qt::CaseInsensitive) < 0;
        // Read the model directly: same order as SortRole, without a QVariant per comparison.
        const double a = model->sortValue(left.row(), left.column());
        const double b = model->sortValue(right.row(), right.column());
        if (std::isnan(a) || std::isnan(b)) {
            if (std::isnan(a) == std::isnan(b))
                return false; // both missing: the stable sort keeps dataset order
            // Descending order asks lessThan(right, left), so flip to stay last.
            const bool leftFirst = !std::isnan(a);
            return sortOrder() == Qt::AscendingOrder ? leftFirst : !leftFirst;
        }
        return a < b;
    }

private:
    const SampleListModel* m_model;
};

struct RunLoad
{
    std::optional<RunRecord> run;
    std::optional<QJsonObject> judgeUsage;
    bool artifactsExist = false;
};

QString fileNameFor(const RunRecord& run, const QString& extension)
{
    QString base = run.name.trimmed().isEmpty() ? run.id : run.name.trimmed();
    // Characters Windows or Linux refuse in a file name.
    for (QChar& c : base) {
        if (QStringLiteral("/\\:*?\"<>|").contains(c) || c.unicode() < 0x20)
            c = QLatin1Char('_');
    }
    return base + QLatin1Char('.') + extension;
}

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
    m_proxy->setFilterRole(SampleListModel::FilterRole);
    m_proxy->setFilterKeyColumn(SampleListModel::IdColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_annotations = new ReportAnnotations(writer, this);
    m_annotations->setObjectName(QStringLiteral("reportAnnotations"));
    m_savePathProvider = [this](const QString& suggested) {
        const QString extension = QFileInfo(suggested).suffix();
        return QFileDialog::getSaveFileName(this, tr("Export report"), suggested,
            tr("%1 files (*.%2);;All files (*)").arg(extension.toUpper(), extension));
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
        m_filterEdit->clear();
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
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("sampleFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter by id or question"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        updateRowsLabel();
    });

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
    leftLayout->addWidget(m_filterEdit);
    leftLayout->addWidget(m_sampleView, 1);
    leftLayout->addWidget(m_rowsLabel);

    m_detailView = new SampleDetailView(this);
    m_detailView->setObjectName(QStringLiteral("sampleDetail"));
    m_detailView->showMessage(tr("Select a sample to see its details."));

    m_annotationEditor = new AnnotationEditor(m_annotations, this);
    m_annotationEditor->setObjectName(QStringLiteral("annotationEditor"));
    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_detailView);
    right->addWidget(m_annotationEditor);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("sampleSplitter")); // remembered by the window
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

void ReportPage::updateRowsLabel()
{
    const int total = m_sampleModel->rowCount();
    m_rowsLabel->setText(m_filterEdit->text().isEmpty()
            ? tr("%n sample(s)", nullptr, total)
            : tr("%1 of %n sample(s) match the filter", nullptr, total).arg(m_proxy->rowCount()));
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

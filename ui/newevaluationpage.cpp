// SPDX-License-Identifier: MIT
#include "ui/newevaluationpage.h"

#include "jobs/jobmanager.h"
#include "metrics/metricregistry.h"
#include "ui/backgroundtask.h"
#include "ui/evaluationdefaults.h"
#include "ui/judgeoptionsgroup.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace evalbench {

namespace {
enum MetricColumn
{
    MetricIdColumn = 0,
    WeightColumn,
    NeedsColumn
};
constexpr int kPreviewRows = 20;

// Judged metrics that compare embeddings besides asking the chat model.
bool needsEmbeddings(const QString& metric)
{
    return metric == QLatin1String("answer_relevancy") || metric == QLatin1String("answer_correctness")
        || metric == QLatin1String("semantic_similarity");
}

QString inputsText(const MetricInfo& info)
{
    QStringList names;
    for (SampleField field : info.inputs)
        names.append(sampleFieldName(field));
    return names.join(QStringLiteral(", "));
}
} // namespace

NewEvaluationPage::NewEvaluationPage(JobManager& jobs, JudgeProfileRepository* judgeProfiles, QWidget* parent)
    : QWidget(parent)
    , m_jobs(jobs)
{
    m_judge = new JudgeOptionsGroup(judgeProfiles);
    m_path = new QLineEdit;
    m_path->setPlaceholderText(tr("A .jsonl, .json or .csv file with question, answer, contexts, ground_truth…"));
    auto* browseButton = new QPushButton(tr("Browse…"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);

    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("Defaults to the file name"));
    m_fieldsLabel = new QLabel;
    m_fieldsLabel->setWordWrap(true);
    m_fieldsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView;
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setWordWrap(false);

    m_metrics = new QTableWidget(0, 3);
    m_metrics->setHorizontalHeaderLabels({ tr("Metric"), tr("Weight"), tr("Needs") });
    m_metrics->horizontalHeader()->setStretchLastSection(true);
    m_metrics->verticalHeader()->hide();
    m_metrics->setSelectionMode(QAbstractItemView::NoSelection);
    for (const MetricInfo& info : MetricRegistry::builtin().infos()) {
        const int row = m_metrics->rowCount();
        m_metrics->insertRow(row);
        auto* item = new QTableWidgetItem(info.id);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(info.description);
        m_metrics->setItem(row, MetricIdColumn, item);
        auto* weight = new QDoubleSpinBox;
        weight->setRange(0.0, 100.0);
        weight->setSingleStep(0.5);
        weight->setToolTip(tr("Weight of this metric in the weighted score"));
        m_metrics->setCellWidget(row, WeightColumn, weight);
        auto* needs = new QTableWidgetItem(inputsText(info));
        needs->setFlags(Qt::ItemIsEnabled);
        m_metrics->setItem(row, NeedsColumn, needs);
    }
    m_metrics->resizeColumnsToContents();

    m_ragasCompat = new QCheckBox(tr("RAGAS-compatible formulas (reproduce RAGAS's BLEU/ROUGE quirks)"));
    m_startButton = new QPushButton(tr("Start evaluation"));
    m_startButton->setDefault(true);
    m_startButton->setObjectName(QStringLiteral("startButton"));

    auto* form = new QFormLayout;
    form->addRow(tr("Dataset"), fileRow);
    form->addRow(tr("Run name"), m_name);
    form->addRow(tr("Fields"), m_fieldsLabel);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>New evaluation</h2>")));
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Preview (first %1 records)").arg(kPreviewRows)));
    layout->addWidget(m_preview, 2);
    layout->addWidget(new QLabel(tr("Metrics")));
    layout->addWidget(m_metrics, 2);
    layout->addWidget(m_ragasCompat);
    layout->addWidget(m_judge);
    auto* startRow = new QHBoxLayout;
    startRow->addStretch();
    startRow->addWidget(m_startButton);
    layout->addLayout(startRow);

    connect(browseButton, &QPushButton::clicked, this, &NewEvaluationPage::browse);
    connect(m_path, &QLineEdit::editingFinished, this, [this] { setDatasetPath(m_path->text().trimmed()); });
    connect(m_metrics, &QTableWidget::itemChanged, this, &NewEvaluationPage::onMetricChanged);
    connect(m_judge, &JudgeOptionsGroup::profileChanged, this, [this] {
        updateMetricAvailability(m_presentFields);
        updateStartButton();
        refreshEstimate();
    });
    connect(m_startButton, &QPushButton::clicked, this, &NewEvaluationPage::start);
    applyDefaults(EvaluationDefaults::load()); // the Settings page's choice
    updateMetricAvailability({});
    updateStartButton();
}

NewEvaluationPage::~NewEvaluationPage()
{
    // Children outlive this part of the page: a focused path field emits editingFinished
    // as it loses focus during destruction, and the judge group may emit too.
    m_path->disconnect(this);
    m_judge->disconnect(this);
}

void NewEvaluationPage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a dataset"), m_path->text(), tr("Datasets (*.jsonl *.ndjson *.json *.csv);;All files (*)"));
    if (!path.isEmpty())
        setDatasetPath(path);
}

void NewEvaluationPage::setDatasetPath(const QString& path)
{
    m_path->setText(path);
    m_previewOk = false;
    updateStartButton();
    if (path.isEmpty())
        return;
    m_fieldsLabel->setText(tr("Reading…"));
    const quint64 generation = ++m_generation;
    runInBackground(
        this, [path] { return previewDataset(path, kPreviewRows); },
        [this, generation](const DatasetPreview& preview) {
            if (generation == m_generation)
                showPreview(preview);
        });
}

void NewEvaluationPage::showPreview(const DatasetPreview& preview)
{
    m_previewModel->clear();
    if (preview.error) {
        m_previewOk = false;
        m_fieldsLabel->setText(
            QStringLiteral("<span style='color:#c0392b'>%1</span>").arg(preview.error->message.toHtmlEscaped()));
        updateMetricAvailability({});
        onMetricChanged();
        Q_EMIT previewReady();
        return;
    }
    m_previewOk = true;
    QString fields = tr("found: %1").arg(preview.presentFields.join(QStringLiteral(", ")));
    if (!preview.extraFields.isEmpty())
        fields += tr("; kept as metadata: %1").arg(preview.extraFields.join(QStringLiteral(", ")));
    m_fieldsLabel->setText(fields.toHtmlEscaped());

    m_previewModel->setHorizontalHeaderLabels(
        { tr("id"), tr("question"), tr("answer"), tr("contexts"), tr("ground_truth"), tr("reference_contexts") });
    const auto optionalText = [](const std::optional<QString>& text) {
        return text ? text->left(200) : QStringLiteral("—");
    };
    const auto listCount = [](const std::optional<QStringList>& list) {
        return list ? tr("%n item(s)", nullptr, int(list->size())) : QStringLiteral("—");
    };
    for (const Sample& sample : preview.samples) {
        m_previewModel->appendRow({ new QStandardItem(sample.id), new QStandardItem(sample.question.left(200)),
            new QStandardItem(optionalText(sample.answer)), new QStandardItem(listCount(sample.contexts)),
            new QStandardItem(optionalText(sample.groundTruth)),
            new QStandardItem(listCount(sample.referenceContexts)) });
    }
    m_preview->resizeColumnsToContents();
    updateMetricAvailability(preview.presentFields);
    onMetricChanged();
    Q_EMIT previewReady();
}

void NewEvaluationPage::updateMetricAvailability(const QStringList& presentFields)
{
    m_presentFields = presentFields;
    const bool known = !presentFields.isEmpty();
    const std::optional<JudgeProfile> judge = m_judge->selectedProfile();
    // Flag and tooltip changes are not the analyst's choices: no itemChanged storm.
    const QSignalBlocker blocker(m_metrics);
    for (int row = 0; row < m_metrics->rowCount(); ++row) {
        QTableWidgetItem* item = m_metrics->item(row, MetricIdColumn);
        const MetricInfo info = MetricRegistry::builtin().find(item->text())->info();
        QStringList missing;
        for (SampleField field : info.inputs) {
            if (known && !presentFields.contains(sampleFieldName(field)))
                missing.append(sampleFieldName(field));
        }
        QString reason;
        if (!missing.isEmpty())
            reason = tr("Needs %1, which this dataset does not have.").arg(missing.join(QStringLiteral(", ")));
        else if (info.kind == MetricKind::Llm && !judge)
            reason = tr("Needs an LLM judge: add one on the LLM profiles page.");
        else if (info.kind == MetricKind::Llm && needsEmbeddings(info.id) && judge->embeddingModel.isEmpty())
            reason = tr("Needs the judge profile's embedding model, which “%1” does not set.").arg(judge->name);
        const bool enabled = reason.isEmpty();
        item->setFlags(enabled ? Qt::ItemIsUserCheckable | Qt::ItemIsEnabled : Qt::ItemIsUserCheckable);
        item->setToolTip(enabled ? info.description : reason);
        m_metrics->cellWidget(row, WeightColumn)->setEnabled(enabled);
    }
}

void NewEvaluationPage::applyDefaults(const EvaluationDefaults& defaults)
{
    {
        const QSignalBlocker blocker(m_metrics); // one update below, not one per row
        for (int row = 0; row < m_metrics->rowCount(); ++row) {
            const QString id = m_metrics->item(row, MetricIdColumn)->text();
            m_metrics->item(row, MetricIdColumn)
                ->setCheckState(defaults.metrics.contains(id) ? Qt::Checked : Qt::Unchecked);
            static_cast<QDoubleSpinBox*>(m_metrics->cellWidget(row, WeightColumn))->setValue(defaults.weightOf(id));
        }
    }
    onMetricChanged();
}

bool NewEvaluationPage::isMetricEnabled(const QString& metric) const
{
    const auto items = m_metrics->findItems(metric, Qt::MatchExactly);
    return !items.isEmpty() && (items.first()->flags() & Qt::ItemIsEnabled);
}

void NewEvaluationPage::setMetricChecked(const QString& metric, bool checked)
{
    for (QTableWidgetItem* item : m_metrics->findItems(metric, Qt::MatchExactly))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QStringList NewEvaluationPage::checkedMetrics() const
{
    QStringList metrics;
    for (int row = 0; row < m_metrics->rowCount(); ++row) {
        const QTableWidgetItem* item = m_metrics->item(row, MetricIdColumn);
        if (item->checkState() == Qt::Checked && (item->flags() & Qt::ItemIsEnabled))
            metrics.append(item->text());
    }
    return metrics;
}

void NewEvaluationPage::updateStartButton()
{
    m_startButton->setEnabled(m_previewOk && !checkedMetrics().isEmpty());
}

void NewEvaluationPage::onMetricChanged()
{
    const auto rubric = m_metrics->findItems(QStringLiteral("rubric"), Qt::MatchExactly);
    m_judge->setRubricChecked(!rubric.isEmpty() && rubric.first()->checkState() == Qt::Checked
        && (rubric.first()->flags() & Qt::ItemIsEnabled));
    updateStartButton();
    refreshEstimate();
}

QStringList NewEvaluationPage::checkedLlmMetrics() const
{
    QStringList llm;
    for (const QString& id : checkedMetrics()) {
        if (const Metric* metric = MetricRegistry::builtin().find(id); metric && metric->info().kind == MetricKind::Llm)
            llm.append(id);
    }
    return llm;
}

void NewEvaluationPage::refreshEstimate()
{
    m_judge->updateEstimate(m_previewOk ? m_path->text().trimmed() : QString(), checkedLlmMetrics());
}

void NewEvaluationPage::start()
{
    const EvalRequest request = this->request();
    const auto submitted = m_jobs.submit(request);
    if (const auto* error = std::get_if<EvalError>(&submitted)) {
        QMessageBox::warning(this, tr("Cannot start the evaluation"), error->message);
        return;
    }
    const JobTicket ticket = std::get<JobTicket>(submitted);
    m_name->clear();
    Q_EMIT evaluationStarted(ticket.jobId, ticket.runId);
}

EvalRequest NewEvaluationPage::request() const
{
    EvalRequest request;
    request.datasetPath = m_path->text().trimmed();
    request.name = m_name->text().trimmed();
    request.settings.metrics = checkedMetrics();
    request.settings.ragasCompat = m_ragasCompat->isChecked();
    for (int row = 0; row < m_metrics->rowCount(); ++row) {
        const QString id = m_metrics->item(row, MetricIdColumn)->text();
        const double weight = static_cast<QDoubleSpinBox*>(m_metrics->cellWidget(row, WeightColumn))->value();
        if (request.settings.metrics.contains(id) && weight != 1.0)
            request.settings.weights.insert(id, weight);
    }
    // The profile without its key, with the run's judge options (empty: no judge).
    request.settings.judge = m_judge->judgeSettings();
    return request;
}

} // namespace evalbench

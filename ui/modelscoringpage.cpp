// SPDX-License-Identifier: MIT
#include "ui/modelscoringpage.h"

#include "jobs/jobmanager.h"
#include "ui/backgroundtask.h"
#include "workspace/workspacelayout.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace evalbench {

namespace {

enum ProblemColumn
{
    CodeColumn = 0,
    MessageColumn
};

// Built-in scorers' names and descriptions are translated (core marks them for lupdate);
// a custom scorer's come from its manifest as written.
QString scorerName(const ScorerInfo& info)
{
    return info.builtin ? QCoreApplication::translate("ScorerName", info.name.toUtf8().constData()) : info.name;
}

QString scorerDescription(const ScorerInfo& info)
{
    return info.builtin ? QCoreApplication::translate("ScorerDescription", info.description.toUtf8().constData())
                        : info.description;
}

QString taskText(MlTask task)
{
    switch (task) {
    case MlTask::Classification:
        return ModelScoringPage::tr("classification");
    case MlTask::Regression:
        return ModelScoringPage::tr("regression");
    case MlTask::Detection:
        return ModelScoringPage::tr("object detection");
    case MlTask::Custom:
        return ModelScoringPage::tr("custom");
    }
    return {};
}

QString compact(const QJsonObject& json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

ModelScoringPage::ModelScoringPage(JobManager& jobs, QWidget* parent)
    : QWidget(parent)
    , m_jobs(jobs)
{
    auto* intro = new QLabel(tr("Score a model's outputs the way AutoScorer does: a workspace folder with meta.json, "
                                "input/gt.csv or input/gt.json (ground truth) and output/pred.csv or output/pred.json "
                                "(predictions). The result is written to output/result.json and kept as a run."));
    intro->setWordWrap(true);

    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("workspacePathEdit"));
    m_path->setPlaceholderText(tr("The workspace folder (it holds meta.json, input/ and output/)"));
    m_browse = new QPushButton(tr("Browse…"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_scorer = new QComboBox;
    m_scorer->setObjectName(QStringLiteral("scorerBox"));
    m_scorer->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scorerHelp = new QLabel;
    m_scorerHelp->setObjectName(QStringLiteral("scorerHelpLabel"));
    m_scorerHelp->setWordWrap(true);
    m_scorerHelp->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_params = new QPlainTextEdit;
    m_params->setObjectName(QStringLiteral("paramsEdit"));
    m_params->setFixedHeight(m_params->fontMetrics().lineSpacing() * 4 + 12);
    m_params->setTabChangesFocus(true);
    m_paramsError = new QLabel;
    m_paramsError->setObjectName(QStringLiteral("paramsErrorLabel"));
    m_paramsError->setWordWrap(true);
    m_paramsError->hide();
    m_name = new QLineEdit;
    m_name->setPlaceholderText(tr("Defaults to the workspace folder's name"));

    // A grid rather than a QFormLayout: the form sizes the wrapped help and error labels by their
    // sizeHint (a narrow, tall guess), which left large gaps around them; the grid asks them
    // their height for the width they really get.
    auto* form = new QGridLayout;
    form->setColumnStretch(1, 1);
    int row = 0;
    const auto addLabel = [&](const QString& text, QWidget* buddy, Qt::Alignment alignment = Qt::AlignVCenter) {
        auto* label = new QLabel(text);
        label->setBuddy(buddy);
        form->addWidget(label, row, 0, alignment);
    };
    addLabel(tr("Workspace"), m_path);
    form->addLayout(pathRow, row++, 1);
    addLabel(tr("Scorer"), m_scorer);
    form->addWidget(m_scorer, row++, 1);
    form->addWidget(m_scorerHelp, row++, 1);
    addLabel(tr("Params (JSON)"), m_params, Qt::AlignTop);
    form->addWidget(m_params, row++, 1);
    form->addWidget(m_paramsError, row++, 1);
    addLabel(tr("Run name"), m_name);
    form->addWidget(m_name, row++, 1);

    // The files are not watched: after fixing one, the analyst asks for the checks again.
    m_recheck = new QPushButton(tr("Check again"));
    m_recheck->setObjectName(QStringLiteral("recheckButton"));
    m_recheck->setToolTip(tr("Check the workspace files again, e.g. after fixing one"));

    m_problems = new QTreeWidget;
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_problems->setColumnCount(2);
    m_problems->setHeaderLabels({ tr("Code"), tr("Check") });
    m_problems->setRootIsDecorated(false);
    m_problems->setWordWrap(true);
    m_problems->header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_problems->header()->setStretchLastSection(true);

    m_scoreButton = new QPushButton(tr("Score"));
    m_scoreButton->setObjectName(QStringLiteral("scoreButton"));
    m_scoreButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop scoring; nothing is stored"));
    m_cancelButton->hide();
    m_progress = new QProgressBar;
    m_progress->setRange(0, 0); // one step: busy until the scorer returns
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("scoringStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openReport = new QPushButton(tr("Open report"));
    m_openReport->setObjectName(QStringLiteral("openReportButton"));
    m_openReport->hide();
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_scoreButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_progress);
    actions->addWidget(m_status, 1);
    actions->addWidget(m_openReport);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    auto* checksRow = new QHBoxLayout;
    checksRow->addWidget(new QLabel(tr("Checks")), 1);
    checksRow->addWidget(m_recheck);
    layout->addLayout(checksRow);
    layout->addWidget(m_problems, 1);
    layout->addLayout(actions);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &ModelScoringPage::validateNow);

    connect(m_browse, &QPushButton::clicked, this, &ModelScoringPage::browse);
    connect(m_recheck, &QPushButton::clicked, this, &ModelScoringPage::validateNow);
    connect(m_path, &QLineEdit::textChanged, this, &ModelScoringPage::scheduleValidation);
    connect(m_scorer, &QComboBox::currentIndexChanged, this, [this] {
        showScorerHelp();
        scheduleValidation();
    });
    connect(m_params, &QPlainTextEdit::textChanged, this, &ModelScoringPage::scheduleValidation);
    connect(m_scoreButton, &QPushButton::clicked, this, &ModelScoringPage::score);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (!m_jobId.isEmpty())
            m_jobs.cancel(m_jobId);
    });
    connect(m_openReport, &QPushButton::clicked, this, [this] {
        if (!m_lastRunId.isEmpty())
            Q_EMIT openReportRequested(m_lastRunId);
    });
    connect(&m_jobs, &JobManager::jobFinished, this, &ModelScoringPage::onJobFinished);
    // A custom scorer added or edited under DATA_DIR/scorers shows up without a restart.
    connect(&m_jobs.scorerCatalog(), &ScorerCatalog::changed, this, [this] {
        fillScorers();
        scheduleValidation();
    });

    fillScorers();
    showValidation(WorkspaceValidation {});
}

void ModelScoringPage::fillScorers()
{
    const QString current = m_scorer->currentData().toString();
    const QSignalBlocker block(m_scorer);
    m_scorer->clear();
    m_scorer->addItem(m_validation.meta.scorer.isEmpty() ? tr("As meta.json says")
                                                         : tr("As meta.json says (%1)").arg(m_validation.meta.scorer),
        QString());
    for (const ScorerInfo& info : m_jobs.scorerCatalog().scorers()) {
        const QString text = info.builtin ? QStringLiteral("%1 — %2").arg(info.id, scorerName(info))
                                          : tr("%1 — %2 (custom, %3)").arg(info.id, info.name, info.version);
        m_scorer->addItem(text, info.id);
    }
    const int index = m_scorer->findData(current);
    m_scorer->setCurrentIndex(index < 0 ? 0 : index);
    showScorerHelp();
}

void ModelScoringPage::showScorerHelp()
{
    QString id = m_scorer->currentData().toString();
    if (id.isEmpty())
        id = m_validation.meta.scorer;
    const std::optional<ScorerInfo> info = id.isEmpty() ? std::nullopt : m_jobs.scorerCatalog().find(id);
    if (!info) {
        m_scorerHelp->setText(id.isEmpty() ? tr("Choose a workspace: its meta.json names the scorer.") : QString());
        return;
    }
    QStringList params;
    for (const ScorerParamInfo& p : info->params) {
        QString text = p.name;
        if (!p.choices.isEmpty())
            text += QStringLiteral(" (%1)").arg(p.choices.join(QStringLiteral(" | ")));
        else if (!p.defaultValue.isNull() && !p.defaultValue.isUndefined())
            text += QStringLiteral(" = %1").arg(p.defaultValue.toVariant().toString());
        params << text;
    }
    m_scorerHelp->setText(params.isEmpty()
            ? scorerDescription(*info)
            : tr("%1\nParams: %2").arg(scorerDescription(*info), params.join(QStringLiteral(", "))));
}

void ModelScoringPage::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose a workspace folder"), m_path->text());
    if (!folder.isEmpty())
        setWorkspacePath(folder);
}

void ModelScoringPage::setWorkspacePath(const QString& path)
{
    m_path->setText(path);
    validateNow();
}

void ModelScoringPage::setScorer(const QString& scorerId)
{
    const int index = m_scorer->findData(scorerId);
    m_scorer->setCurrentIndex(index < 0 ? 0 : index);
    validateNow();
}

void ModelScoringPage::setParamsText(const QString& json)
{
    m_params->setPlainText(json);
    validateNow();
}

void ModelScoringPage::scheduleValidation()
{
    m_validationCurrent = false;
    updateScoreButton();
    m_debounce->start();
}

std::optional<EvalError> ModelScoringPage::paramsFromText(QJsonObject* params) const
{
    const QString text = m_params->toPlainText().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return EvalError { ErrorCode::ParseError,
            tr("Not valid JSON (%1 at character %2). Write an object such as {\"average\": \"macro\"}.")
                .arg(parseError.errorString())
                .arg(parseError.offset + 1),
            QStringLiteral("validation"), {} };
    if (!doc.isObject())
        return EvalError { ErrorCode::BadFormat, tr("Params must be a JSON object such as {\"average\": \"macro\"}."),
            QStringLiteral("validation"), {} };
    *params = doc.object();
    return std::nullopt;
}

void ModelScoringPage::validateNow()
{
    m_debounce->stop();
    const quint64 generation = ++m_generation;
    const QString path = m_path->text().trimmed();
    QJsonObject params;
    m_paramsProblem = paramsFromText(&params);
    m_paramsError->setText(m_paramsProblem ? m_paramsProblem->message : QString());
    m_paramsError->setStyleSheet(m_paramsProblem ? QStringLiteral("color: #c0392b;") : QString());
    m_paramsError->setVisible(m_paramsProblem.has_value());
    // Params that do not parse must not hide the files' problems: those are checked with
    // meta.json's params, and the params problem is listed with them.
    if (path.isEmpty()) {
        m_validation = WorkspaceValidation {};
        m_validationCurrent = false;
        showValidation(m_validation);
        Q_EMIT validated();
        return;
    }
    const QString scorer = m_scorer->currentData().toString();
    const ScorerCatalog* catalog = &m_jobs.scorerCatalog();
    runInBackground(
        this,
        [catalog, path, scorer, params] {
            return WorkspaceValidator::validate(WorkspaceLayout(path), *catalog, scorer, params);
        },
        [this, generation](const WorkspaceValidation& validation) {
            if (generation != m_generation)
                return; // the folder, scorer or params changed meanwhile
            const QString metaScorer = m_validation.meta.scorer;
            m_validation = validation;
            m_validationCurrent = true;
            if (validation.meta.scorer != metaScorer)
                fillScorers();
            showValidation(validation);
            Q_EMIT validated();
        });
}

void ModelScoringPage::showValidation(const WorkspaceValidation& validation)
{
    m_problems->clear();
    m_params->setPlaceholderText(validation.meta.params.isEmpty()
            ? tr("Optional, e.g. {\"average\": \"weighted\"}; applied over meta.json's params")
            : tr("meta.json: %1 — anything written here is applied over it").arg(compact(validation.meta.params)));
    auto add = [this](QStyle::StandardPixmap icon, const QString& code, const QString& message) {
        auto* item = new QTreeWidgetItem(m_problems, { code, message });
        item->setIcon(CodeColumn, style()->standardIcon(icon));
        item->setToolTip(MessageColumn, message);
    };
    if (m_paramsProblem)
        add(QStyle::SP_MessageBoxCritical, errorCodeName(m_paramsProblem->code),
            tr("Params box: %1").arg(m_paramsProblem->message));
    for (const EvalError& e : validation.errors)
        add(QStyle::SP_MessageBoxCritical, errorCodeName(e.code), e.message);
    for (const EvalError& w : validation.warnings)
        add(QStyle::SP_MessageBoxWarning, errorCodeName(w.code), w.message);
    if (m_path->text().trimmed().isEmpty()) {
        add(QStyle::SP_MessageBoxInformation, QString(), tr("Choose a workspace folder to check it."));
    } else if (m_validationCurrent && validation.ok() && validation.scorer && !m_paramsProblem) {
        add(QStyle::SP_DialogApplyButton, QString(),
            tr("Ready: %1 can score this workspace (%2).")
                .arg(validation.scorer->id, taskText(validation.scorer->task)));
    }
    updateScoreButton();
}

void ModelScoringPage::updateScoreButton()
{
    const bool running = !m_jobId.isEmpty();
    m_scoreButton->setEnabled(
        !running && m_validationCurrent && m_validation.ok() && m_validation.scorer && !m_paramsProblem);
}

void ModelScoringPage::score()
{
    QJsonObject params;
    if (paramsFromText(&params) || !m_jobId.isEmpty())
        return;
    WorkspaceRequest request;
    request.workspacePath = m_path->text().trimmed();
    request.scorerId = m_scorer->currentData().toString();
    request.params = params;
    request.name = m_name->text().trimmed();
    const auto submitted = m_jobs.submitWorkspace(request);
    if (const EvalError* error = std::get_if<EvalError>(&submitted)) {
        m_status->setText(error->message);
        return;
    }
    m_jobId = std::get<JobTicket>(submitted).jobId;
    m_ownJobs.insert(m_jobId);
    m_status->setText(tr("Scoring…"));
    m_progress->show();
    m_cancelButton->show();
    m_openReport->hide();
    updateScoreButton();
}

void ModelScoringPage::onJobFinished(const QString& jobId, const QString& runId, JobState state, const EvalError& error)
{
    if (jobId != m_jobId || m_jobId.isEmpty())
        return;
    m_jobId.clear();
    m_progress->hide();
    m_cancelButton->hide();
    QString emitted;
    switch (state) {
    case JobState::Completed:
        m_lastRunId = runId;
        emitted = runId;
        m_status->setText(tr("Scored; the result is in output/result.json and the run is stored."));
        m_openReport->show();
        break;
    case JobState::Cancelled:
        m_status->setText(tr("Cancelled; nothing was stored."));
        break;
    default: {
        m_status->setText(tr("Scoring failed: %1").arg(error.message));
        // Show every problem the scorer met, not only the first.
        m_problems->clear();
        const QJsonArray problems = error.details.value(QStringLiteral("problems")).toArray();
        auto add = [this](const QString& code, const QString& message) {
            auto* item = new QTreeWidgetItem(m_problems, { code, message });
            item->setIcon(CodeColumn, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setToolTip(MessageColumn, message);
        };
        if (problems.isEmpty())
            add(errorCodeName(error.code), error.message);
        for (const QJsonValue& p : problems)
            add(p.toObject().value(QStringLiteral("code")).toString(),
                p.toObject().value(QStringLiteral("message")).toString());
        break;
    }
    }
    updateScoreButton();
    Q_EMIT scoringFinished(emitted);
    if (!emitted.isEmpty())
        Q_EMIT openReportRequested(emitted);
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "ui/llmprofilespage.h"

#include "judge/apikeystore.h"
#include "judge/judgeprofilerepository.h"
#include "ui/backgroundtask.h"
#include "ui/judgeconnectiontester.h"
#include "ui/judgeprofileform.h"
#include "ui/judgeprofilelistmodel.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace evalbench {

namespace {
const auto kErrorStyle = QStringLiteral("color: #c0392b");
}

LlmProfilesPage::LlmProfilesPage(JudgeProfileRepository& repository, QWidget* parent)
    : QWidget(parent)
    , m_repository(repository)
    , m_confirm([](QWidget* parent, const QString& question) {
        return QMessageBox::question(parent, tr("Delete the profile"), question) == QMessageBox::Yes;
    })
{
    m_model = new JudgeProfileListModel(this);
    m_form = new JudgeProfileForm;
    m_tester = new JudgeConnectionTester(this);

    m_keyWarning = new QLabel;
    m_keyWarning->setObjectName(QStringLiteral("keyWarningLabel"));
    m_keyWarning->setWordWrap(true);
    m_keyWarning->setStyleSheet(QStringLiteral("background: #fff3cd; color: #664d03; padding: 6px"));
    m_keyWarning->hide();

    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* addButton = new QPushButton(tr("Add"));
    addButton->setObjectName(QStringLiteral("addButton"));
    m_editButton = new QPushButton(tr("Edit"));
    m_editButton->setObjectName(QStringLiteral("editButton"));
    m_deleteButton = new QPushButton(tr("Delete"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(addButton);
    listButtons->addWidget(m_editButton);
    listButtons->addWidget(m_deleteButton);
    listButtons->addStretch();
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_editorTitle = new QLabel;
    m_saveButton = new QPushButton(tr("Save"));
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_testButton = new QPushButton(tr("Test connection"));
    m_testButton->setObjectName(QStringLiteral("testButton"));
    m_testButton->setToolTip(tr("Send one short chat request with these settings"));
    m_testResult = new QLabel;
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_testButton);
    editorButtons->addStretch();
    editorButtons->addWidget(m_saveButton);
    auto* editor = new QWidget;
    auto* editorLayout = new QVBoxLayout(editor);
    editorLayout->addWidget(m_editorTitle);
    editorLayout->addWidget(m_form);
    editorLayout->addLayout(editorButtons);
    editorLayout->addWidget(m_testResult);
    editorLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(scroll, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>LLM profiles</h2>")));
    layout->addWidget(new QLabel(tr("OpenAI-compatible endpoints the LLM judge can use. "
                                    "API keys are kept in the system keychain, never in the database.")));
    layout->addWidget(m_keyWarning);
    layout->addLayout(columns, 1);

    connect(addButton, &QPushButton::clicked, this, &LlmProfilesPage::addProfile);
    connect(m_editButton, &QPushButton::clicked, this, [this] { editProfile(selectedRow()); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteProfile(selectedRow()); });
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex& index) { editProfile(index.row()); });
    connect(m_saveButton, &QPushButton::clicked, this, &LlmProfilesPage::save);
    connect(m_testButton, &QPushButton::clicked, this, &LlmProfilesPage::testConnection);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LlmProfilesPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LlmProfilesPage::updateButtons);
    connect(&m_repository, &JudgeProfileRepository::profilesChanged, this, &LlmProfilesPage::reload);
    connect(&m_repository, &JudgeProfileRepository::keyStoreWarning, this, &LlmProfilesPage::showKeyWarning);
    connect(m_tester, &JudgeConnectionTester::finished, this,
        [this](bool ok, qint64 latencyMs, const QString& answer, const QString& error) {
            m_testButton->setEnabled(true);
            if (ok) {
                m_testResult->setStyleSheet({});
                m_testResult->setText(tr("Connected in %L1 ms. The model answered: %2")
                                          .arg(latencyMs)
                                          .arg(answer.isEmpty() ? tr("(an empty answer)") : answer.left(300)));
            } else {
                m_testResult->setStyleSheet(kErrorStyle);
                m_testResult->setText(tr("Failed after %L1 ms: %2").arg(latencyMs).arg(error));
            }
            Q_EMIT connectionTestFinished();
        });

    showKeyWarning(m_repository.keyStore().fallbackWarning());
    addProfile();
    reload();
}

void LlmProfilesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_probed) {
        m_probed = true;
        probeKeyStore();
    }
}

QCoro::Task<> LlmProfilesPage::probeKeyStore()
{
    // Reading an entry that does not exist tells whether a keychain answers, so the
    // file-fallback notice is on the page before the first key is typed.
    QPointer self(this);
    QCoro::Task<KeyResult> probe = m_repository.keyStore().readKey(QStringLiteral("probe"));
    const KeyResult result = co_await probe;
    if (self)
        showKeyWarning(result.warning);
}

void LlmProfilesPage::showKeyWarning(const QString& warning)
{
    if (warning.isEmpty())
        return;
    m_keyWarning->setText(warning);
    m_keyWarning->show();
}

void LlmProfilesPage::reload()
{
    const quint64 generation = ++m_generation;
    JudgeProfileRepository* repository = &m_repository;
    runInBackground(
        this, [repository] { return repository->profiles(); },
        [this, generation](const QList<JudgeProfile>& profiles) {
            if (generation != m_generation)
                return;
            m_model->setProfiles(profiles);
            if (const int row = m_model->rowOf(m_selectAfterReload); row >= 0)
                m_list->setCurrentIndex(m_model->index(row));
            m_selectAfterReload.clear();
            Q_EMIT reloaded();
        });
}

int LlmProfilesPage::selectedRow() const
{
    const QModelIndexList selected = m_list->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.first().row();
}

void LlmProfilesPage::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

void LlmProfilesPage::addProfile()
{
    m_list->clearSelection();
    m_editorTitle->setText(tr("<b>New profile</b>"));
    m_form->setProfile({});
    m_testResult->clear();
}

void LlmProfilesPage::editProfile(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const JudgeProfile& profile = m_model->profiles().at(row);
    m_list->setCurrentIndex(m_model->index(row));
    m_editorTitle->setText(tr("<b>Edit “%1”</b>").arg(profile.name.toHtmlEscaped()));
    m_form->setProfile(profile);
    m_testResult->clear();
}

void LlmProfilesPage::save()
{
    if (!m_form->validate()) {
        Q_EMIT saveFinished(m_form->firstError());
        return;
    }
    saveProfile();
}

QCoro::Task<> LlmProfilesPage::saveProfile()
{
    QPointer self(this);
    m_saveButton->setEnabled(false);
    QCoro::Task<QString> saving = m_repository.save(m_form->profile(), m_form->newKey());
    const QString error = co_await saving;
    if (!self)
        co_return;
    m_saveButton->setEnabled(true);
    if (!error.isEmpty()) {
        m_form->showError(error);
        Q_EMIT saveFinished(error);
        co_return;
    }
    // Keep editing what was saved, now with its id; the list reloads on profilesChanged.
    JudgeProfile saved = m_form->profile();
    saved.id = m_repository.lastSavedId();
    m_selectAfterReload = saved.id;
    m_editorTitle->setText(tr("<b>Edit “%1”</b>").arg(saved.name.toHtmlEscaped()));
    m_form->setProfile(saved);
    Q_EMIT saveFinished({});
}

void LlmProfilesPage::deleteProfile(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const JudgeProfile profile = m_model->profiles().at(row);
    if (!m_confirm(this, tr("Delete the profile “%1” and its stored API key?").arg(profile.name)))
        return;
    deleteProfileById(profile.id);
}

QCoro::Task<> LlmProfilesPage::deleteProfileById(QString id)
{
    QPointer self(this);
    QCoro::Task<QString> removing = m_repository.remove(id);
    const QString error = co_await removing;
    if (!self)
        co_return;
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Cannot delete the profile"), error);
    else if (m_form->profile().id == id)
        addProfile();
    Q_EMIT deleteFinished(error);
}

void LlmProfilesPage::testConnection()
{
    if (m_tester->isRunning() || !m_form->validate())
        return;
    runConnectionTest();
}

QCoro::Task<> LlmProfilesPage::runConnectionTest()
{
    QPointer self(this);
    m_testButton->setEnabled(false);
    m_testResult->setStyleSheet({});
    m_testResult->setText(tr("Testing…"));
    JudgeProfile profile = m_form->profile();
    const std::optional<QString> typed = m_form->newKey();
    if (!ApiKeyStore::environmentKey().isEmpty()) {
        profile.apiKey = ApiKeyStore::environmentKey();
    } else if (typed) {
        profile.apiKey = *typed;
    } else if (!profile.id.isEmpty()) {
        QCoro::Task<KeyedJudgeProfile> reading = m_repository.withKey(profile);
        const KeyedJudgeProfile keyed = co_await reading;
        if (!self)
            co_return;
        profile.apiKey = keyed.profile.apiKey;
    }
    m_tester->start(profile);
}

} // namespace evalbench

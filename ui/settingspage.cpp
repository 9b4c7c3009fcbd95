// SPDX-License-Identifier: MIT
#include "ui/settingspage.h"

#include "ui/defaultmetricseditor.h"
#include "ui/evaluationdefaults.h"
#include "ui/uilanguage.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace evalbench {

SettingsPage::SettingsPage(DataDir dataDir, QWidget* parent)
    : QWidget(parent)
    , m_dataDir(std::move(dataDir))
{
    m_folderProvider = [this](const QString& current) {
        return QFileDialog::getExistingDirectory(this, tr("Choose the data directory"), current);
    };
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h2>Settings</h2>")));
    layout->addWidget(buildLanguageGroup());
    layout->addWidget(buildDataDirectoryGroup());
    layout->addWidget(buildDefaultsGroup(), 1);
}

QWidget* SettingsPage::buildLanguageGroup()
{
    auto* group = new QGroupBox(tr("Language"));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so that it can be found whatever the window shows now.
    m_language->addItem(QStringLiteral("English"), UiLanguage::english());
    m_language->addItem(QStringLiteral("简体中文"), UiLanguage::chinese());
    m_language->setCurrentIndex(std::max(0, m_language->findData(UiLanguage::current())));
    auto* row = new QHBoxLayout(group);
    row->addWidget(m_language);
    auto* note = new QLabel(tr("Applies at once and is remembered; --lang on the command line wins."));
    note->setWordWrap(true);
    row->addWidget(note, 1);
    connect(m_language, &QComboBox::activated, this,
        [this](int index) { chooseLanguage(m_language->itemData(index).toString()); });
    return group;
}

void SettingsPage::chooseLanguage(const QString& code)
{
    m_language->setCurrentIndex(std::max(0, m_language->findData(code)));
    if (code != UiLanguage::current())
        Q_EMIT languageChangeRequested(code);
}

QWidget* SettingsPage::buildDataDirectoryGroup()
{
    auto* group = new QGroupBox(tr("Data directory"));
    auto* current = new QLabel(QDir::toNativeSeparators(m_dataDir.root()));
    current->setObjectName(QStringLiteral("dataDirectoryLabel"));
    current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_dataDirNote = new QLabel;
    m_dataDirNote->setObjectName(QStringLiteral("dataDirectoryNote"));
    m_dataDirNote->setWordWrap(true);
    auto* change = new QPushButton(tr("Change…"));
    change->setToolTip(tr("Choose the folder for the database and run files from the next start"));
    m_resetDataDir = new QPushButton(tr("Use the default"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(change);
    buttons->addWidget(m_resetDataDir);
    buttons->addStretch();
    auto* form = new QFormLayout(group);
    form->addRow(tr("In use"), current);
    form->addRow(QString(), m_dataDirNote);
    form->addRow(QString(), buttons);
    connect(change, &QPushButton::clicked, this, &SettingsPage::chooseDataDirectory);
    connect(m_resetDataDir, &QPushButton::clicked, this, &SettingsPage::resetDataDirectory);
    updateDataDirectoryNote();
    return group;
}

void SettingsPage::setFolderProvider(FolderProvider provider)
{
    m_folderProvider = std::move(provider);
}

void SettingsPage::chooseDataDirectory()
{
    const QString saved = DataDir::savedRoot();
    const QString folder = m_folderProvider(saved.isEmpty() ? m_dataDir.root() : saved);
    if (folder.isEmpty())
        return;
    DataDir::saveRoot(folder);
    updateDataDirectoryNote();
}

void SettingsPage::resetDataDirectory()
{
    DataDir::saveRoot(QString());
    updateDataDirectoryNote();
}

void SettingsPage::updateDataDirectoryNote()
{
    const QString saved = DataDir::savedRoot();
    m_resetDataDir->setEnabled(!saved.isEmpty());
    QStringList lines;
    if (!saved.isEmpty() && QDir::cleanPath(saved) != m_dataDir.root())
        lines.append(tr("From the next start: %1").arg(QDir::toNativeSeparators(saved)));
    else if (saved.isEmpty() && m_dataDir.origin() == DataDir::Origin::Saved)
        lines.append(tr("From the next start: the default folder."));
    if (m_dataDir.origin() == DataDir::Origin::CommandLine)
        lines.append(tr("This start uses --data-dir, which wins over the folder chosen here."));
    else if (m_dataDir.origin() == DataDir::Origin::Environment)
        lines.append(tr("This start uses EVALBENCH_DATA_DIR, which wins over the folder chosen here."));
    if (lines.isEmpty())
        lines.append(tr("A new folder takes effect at the next start."));
    m_dataDirNote->setText(lines.join(QLatin1Char('\n')));
}

QWidget* SettingsPage::buildDefaultsGroup()
{
    auto* group = new QGroupBox(tr("Metrics of a new evaluation"));
    m_metrics = new DefaultMetricsEditor;
    m_metrics->setDefaults(EvaluationDefaults::load());
    auto* save = new QPushButton(tr("Save as defaults"));
    save->setObjectName(QStringLiteral("saveDefaultsButton"));
    m_defaultsNote = new QLabel(tr("The New evaluation page starts with these metrics and weights."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_defaultsNote, 1);
    buttons->addWidget(save);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(m_metrics, 1);
    layout->addLayout(buttons);
    connect(save, &QPushButton::clicked, this, &SettingsPage::saveDefaults);
    return group;
}

void SettingsPage::saveDefaults()
{
    const EvaluationDefaults defaults = m_metrics->defaults();
    defaults.save();
    m_defaultsNote->setText(
        tr("Saved: new evaluations start with %n metric(s).", nullptr, int(defaults.metrics.size())));
    Q_EMIT defaultsSaved(defaults);
}

} // namespace evalbench

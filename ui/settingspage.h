// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "ui/evaluationdefaults.h"

#include <functional>

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace evalbench {

class DefaultMetricsEditor;

// The window's preferences: its language (switched at once), the data directory (saved for
// the next start) and the metrics and weights a new evaluation starts with.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    // Asked for a folder, given the current one; an empty answer cancels.
    using FolderProvider = std::function<QString(const QString& current)>;

    explicit SettingsPage(DataDir dataDir, QWidget* parent = nullptr);

    void setFolderProvider(FolderProvider provider);
    // As if the analyst picked `code` ("en", "zh_CN") in the language list.
    void chooseLanguage(const QString& code);
    void chooseDataDirectory();
    void resetDataDirectory();
    void saveDefaults();

    QComboBox* languageCombo() const { return m_language; }
    DefaultMetricsEditor* metricsEditor() const { return m_metrics; }
    QLabel* dataDirectoryNote() const { return m_dataDirNote; }

Q_SIGNALS:
    // The window is rebuilt in the new language by its owner (WindowHost).
    void languageChangeRequested(const QString& code);
    void defaultsSaved(const EvaluationDefaults& defaults);

private:
    QWidget* buildLanguageGroup();
    QWidget* buildDataDirectoryGroup();
    QWidget* buildDefaultsGroup();
    void updateDataDirectoryNote();

    DataDir m_dataDir;
    FolderProvider m_folderProvider;
    QComboBox* m_language = nullptr;
    QLabel* m_dataDirNote = nullptr;
    QPushButton* m_resetDataDir = nullptr;
    DefaultMetricsEditor* m_metrics = nullptr;
    QLabel* m_defaultsNote = nullptr;
};

} // namespace evalbench

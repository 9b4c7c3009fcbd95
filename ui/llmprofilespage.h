// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QCoro/QCoroTask>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace evalbench {

class JudgeConnectionTester;
class JudgeProfileForm;
class JudgeProfileListModel;
class JudgeProfileRepository;

// "LLM profiles": the judge endpoints the analyst has set up. A list on the left,
// the selected (or new) profile's form on the right, with "Test connection".
// Reads run in the background and writes go through the async repository, so the
// window never waits on the database or the keychain.
class LlmProfilesPage : public QWidget
{
    Q_OBJECT
public:
    // Asked before a delete; true goes ahead. Tests replace the message box.
    using Confirm = std::function<bool(QWidget* parent, const QString& question)>;

    explicit LlmProfilesPage(JudgeProfileRepository& repository, QWidget* parent = nullptr);

    JudgeProfileListModel* model() const { return m_model; }
    JudgeProfileForm* form() const { return m_form; }
    QLabel* keyWarningLabel() const { return m_keyWarning; }
    QLabel* testResultLabel() const { return m_testResult; }
    QPushButton* testButton() const { return m_testButton; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    void reload();
    void addProfile();
    void editProfile(int row);
    void save();
    void deleteProfile(int row);
    void testConnection();
    int selectedRow() const;

Q_SIGNALS:
    void reloaded();
    // After a save attempt; error is empty on success.
    void saveFinished(const QString& error);
    void deleteFinished(const QString& error);
    void connectionTestFinished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QCoro::Task<> saveProfile();
    QCoro::Task<> deleteProfileById(QString id);
    QCoro::Task<> runConnectionTest();
    QCoro::Task<> probeKeyStore();
    void showKeyWarning(const QString& warning);
    void updateButtons();
    void selectProfile(const QString& id);

    JudgeProfileRepository& m_repository;
    JudgeProfileListModel* m_model = nullptr;
    JudgeProfileForm* m_form = nullptr;
    JudgeConnectionTester* m_tester = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_keyWarning = nullptr;
    QLabel* m_editorTitle = nullptr;
    QLabel* m_testResult = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_testButton = nullptr;
    Confirm m_confirm;
    QString m_selectAfterReload;
    quint64 m_generation = 0;
    bool m_probed = false;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "server/apiserversettings.h"

#include <optional>

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace evalbench {

class ApiQueueCounter;
class ApiRequestLogModel;
class ApiServer;
class DifySetupPanel;
struct ApiRequestCounters;

// The "API server" page: turns the Dify listener on and off, sets its address, port and token
// (remembered between sessions), shows what it answers live (request log and counters) and how
// to set up Dify's HTTP Request node for it. The listener is off until the user turns it on.
class ApiServerPage : public QWidget
{
    Q_OBJECT
public:
    ApiServerPage(ApiServer& server, ApiQueueCounter& queue, QWidget* parent = nullptr);

    // As the toggle does: starts the listener with the page's settings (false, with the reason
    // shown on the page, when it cannot) or stops it.
    bool setListening(bool on);
    // Adds the row that chooses the listener's judge (ApiJudgeSelector; the page does not own
    // the judge profiles).
    void setJudgeSelector(QWidget* selector);
    bool isListening() const;
    // The settings the fields describe; std::nullopt (and a message) when the address is invalid.
    std::optional<ApiServerSettings> settings() const;
    void generateToken();
    void copyToken();

    QPushButton* listenButton() const { return m_listenButton; }
    QComboBox* addressBox() const { return m_address; }
    QSpinBox* portBox() const { return m_port; }
    QLineEdit* tokenEdit() const { return m_token; }
    QPushButton* showTokenButton() const { return m_showToken; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* addressNote() const { return m_addressNote; }
    ApiRequestLogModel* logModel() const { return m_log; }
    DifySetupPanel* setupPanel() const { return m_setup; }
    // The counter tiles' numbers, as shown (requests, 2xx, 4xx, 5xx, accepted jobs, queued now).
    QStringList counterTexts() const;

private:
    QWidget* buildListenerBox();
    QWidget* buildCounters();
    void onRunningChanged(bool running);
    void onSettingsEdited();
    void showCounters(const ApiRequestCounters& counters);
    void showQueued(int queued);
    void setTile(int tile, qint64 value);

    ApiServer& m_server;
    ApiRequestLogModel* m_log = nullptr;
    QPushButton* m_listenButton = nullptr;
    QLabel* m_status = nullptr;
    QFormLayout* m_form = nullptr;
    QComboBox* m_address = nullptr;
    QLabel* m_addressNote = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_token = nullptr;
    QPushButton* m_generateToken = nullptr;
    QPushButton* m_showToken = nullptr;
    QPushButton* m_copyToken = nullptr;
    QList<QLabel*> m_tiles;
    QTableView* m_logView = nullptr;
    DifySetupPanel* m_setup = nullptr;
    bool m_restoring = false;
};

} // namespace evalbench

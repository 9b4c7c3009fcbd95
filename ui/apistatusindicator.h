// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

class QSystemTrayIcon;

namespace evalbench {

class ApiQueueCounter;
class ApiServer;

// The status bar's "API: listening on 127.0.0.1:8765 · 3 queued" while the listener is on
// (hidden while it is off), and the same in a tray icon where the desktop has a system tray.
class ApiStatusIndicator : public QLabel
{
    Q_OBJECT
public:
    ApiStatusIndicator(ApiServer& server, ApiQueueCounter& queue, QWidget* parent = nullptr);

    QSystemTrayIcon* trayIcon() const { return m_tray; }
    // Shows the listener's state; call it once the label is in the status bar.
    void refresh();

Q_SIGNALS:
    // The tray icon was clicked: show the API server page.
    void activated();

private:
    ApiServer& m_server;
    ApiQueueCounter& m_queue;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace evalbench

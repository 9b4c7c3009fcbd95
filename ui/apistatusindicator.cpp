// SPDX-License-Identifier: MIT
#include "ui/apistatusindicator.h"

#include "server/apiserver.h"
#include "ui/apiqueuecounter.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace evalbench {

ApiStatusIndicator::ApiStatusIndicator(ApiServer& server, ApiQueueCounter& queue, QWidget* parent)
    : QLabel(parent)
    , m_server(server)
    , m_queue(queue)
{
    setObjectName(QStringLiteral("apiStatusIndicator"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon().isNull()
                ? QApplication::style()->standardIcon(QStyle::SP_DriveNetIcon)
                : QApplication::windowIcon(),
            this);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] { Q_EMIT activated(); });
    }
    connect(&server, &ApiServer::runningChanged, this, &ApiStatusIndicator::refresh);
    connect(&queue, &ApiQueueCounter::queuedChanged, this, &ApiStatusIndicator::refresh);
}

void ApiStatusIndicator::refresh()
{
    const bool running = m_server.isRunning();
    if (running) {
        const ApiServerSettings settings = m_server.settings();
        QString address = settings.address.toString();
        if (settings.address.protocol() == QAbstractSocket::IPv6Protocol)
            address = QLatin1Char('[') + address + QLatin1Char(']');
        setText(tr("API: listening on %1:%2 · %n queued", nullptr, m_queue.queued()).arg(address).arg(m_server.port()));
    }
    setVisible(running);
    if (m_tray) {
        m_tray->setToolTip(running ? text() : QString());
        m_tray->setVisible(running);
    }
}

} // namespace evalbench

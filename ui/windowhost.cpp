// SPDX-License-Identifier: MIT
#include "ui/windowhost.h"

#include "ui/comparepage.h"
#include "ui/mainwindow.h"
#include "ui/reportpage.h"
#include "ui/uilanguage.h"

namespace evalbench {

WindowHost::WindowHost(StoreWriter& writer, JobManager& jobs, ApiJobService& apiJobs, ApiServer& apiServer,
    DataDir dataDir, QObject* parent)
    : QObject(parent)
    , m_writer(writer)
    , m_jobs(jobs)
    , m_apiJobs(apiJobs)
    , m_apiServer(apiServer)
    , m_dataDir(std::move(dataDir))
    , m_window(createWindow())
{ }

WindowHost::~WindowHost() = default;

std::unique_ptr<MainWindow> WindowHost::createWindow()
{
    auto window = std::make_unique<MainWindow>(m_writer, m_jobs, m_apiJobs, m_apiServer, m_dataDir);
    // Queued: the old window is still inside the Settings page's handler when it asks.
    connect(
        window.get(), &MainWindow::languageChangeRequested, this, &WindowHost::switchLanguage, Qt::QueuedConnection);
    return window;
}

void WindowHost::show()
{
    m_window->show();
}

void WindowHost::switchLanguage(const QString& code)
{
    UiLanguage::apply(code);
    UiLanguage::save(code);

    std::unique_ptr<MainWindow> old = std::move(m_window);
    m_window = createWindow();
    m_window->restoreGeometry(old->saveGeometry());
    // restoreGeometry of a window not shown yet can come out a menu bar taller (seen offscreen).
    if (!(old->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        m_window->resize(old->size());
    if (const QString runId = old->reportPage()->runId(); !runId.isEmpty())
        m_window->openReport(runId);
    if (const QStringList compared = old->comparePage()->runIds(); compared.size() >= 2) {
        m_window->openComparison(compared);
        m_window->comparePage()->setBaseline(old->comparePage()->baselineId());
    }
    m_window->showPage(old->currentPage());
    if (old->isVisible())
        m_window->show();
    // Hidden, not closed: closing would stop the API listener and ask about running jobs.
    old->hide();
    old.release()->deleteLater();
    Q_EMIT windowRebuilt(m_window.get());
}

} // namespace evalbench

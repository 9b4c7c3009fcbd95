// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"

#include <memory>

#include <QObject>

namespace evalbench {

class ApiJobService;
class ApiServer;
class JobManager;
class MainWindow;
class StoreWriter;

// Owns the main window on the application's services. A language switch swaps the
// translators and puts a new window in the old one's place (same geometry, page, open
// report and comparison) instead of retranslating every page; the services live here,
// outside the window, so running jobs and the API listener carry on untouched.
class WindowHost : public QObject
{
    Q_OBJECT
public:
    WindowHost(StoreWriter& writer, JobManager& jobs, ApiJobService& apiJobs, ApiServer& apiServer, DataDir dataDir,
        QObject* parent = nullptr);
    ~WindowHost() override;

    MainWindow* window() const { return m_window.get(); }
    void show();
    // Installs `code`'s translators ("en", "zh_CN"), remembers the choice for the next
    // start and rebuilds the window; windowRebuilt follows.
    void switchLanguage(const QString& code);

Q_SIGNALS:
    void windowRebuilt(MainWindow* window);

private:
    std::unique_ptr<MainWindow> createWindow();

    StoreWriter& m_writer;
    JobManager& m_jobs;
    ApiJobService& m_apiJobs;
    ApiServer& m_apiServer;
    DataDir m_dataDir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace evalbench

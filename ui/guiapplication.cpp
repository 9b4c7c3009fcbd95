// SPDX-License-Identifier: MIT
#include "ui/guiapplication.h"

#include "common/datadir.h"
#include "jobs/apijobservice.h"
#include "jobs/jobmanager.h"
#include "server/apiserver.h"
#include "store/storewriter.h"
#include "ui/uilanguage.h"
#include "ui/windowhost.h"

#include <QApplication>
#include <QMessageBox>

namespace evalbench {

void GuiApplication::installTranslators(const QString& language)
{
    UiLanguage::apply(language);
}

int GuiApplication::run(const QString& dataDirArgument, const QString& language)
{
    installTranslators(UiLanguage::atStart(language));
    const DataDir dataDir = DataDir::resolve(dataDirArgument);
    QString error;
    if (!dataDir.ensureExists(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("EvalBench"), error);
        return 1;
    }
    StoreWriter writer(dataDir.databasePath());
    if (!writer.openError().isEmpty()) {
        QMessageBox::critical(nullptr, QObject::tr("EvalBench cannot open its database"), writer.openError());
        return 1;
    }
    JobManager jobs(writer, dataDir);
    // The HTTP API's engine runs whether the listener is on or not, so API jobs a crash left
    // queued or running are scored; the listener itself stays off until the user turns it on.
    ApiJobService apiJobs(writer, dataDir);
    ApiServer apiServer(apiJobs, dataDir);
    // The window can be rebuilt (a language switch); the services above outlive it.
    WindowHost window(writer, jobs, apiJobs, apiServer, dataDir);
    window.show();
    jobs.recoverInterrupted();
    apiJobs.start();
    const int code = QApplication::exec();
    apiServer.stop();
    apiJobs.stop();
    return code;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "ui/guiapplication.h"

#include "common/datadir.h"
#include "jobs/apijobservice.h"
#include "jobs/jobmanager.h"
#include "server/apiserver.h"
#include "store/storewriter.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace evalbench {

void GuiApplication::installTranslators(const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() != QLocale::Chinese)
        return;
    auto* own = new QTranslator(qApp);
    if (own->load(QStringLiteral(":/i18n/evalbench_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(qApp);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

int GuiApplication::run(const QString& dataDirArgument, const QString& language)
{
    installTranslators(language);
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
    MainWindow window(writer, jobs, apiJobs, apiServer, dataDir);
    window.show();
    jobs.recoverInterrupted();
    apiJobs.start();
    const int code = QApplication::exec();
    apiServer.stop();
    apiJobs.stop();
    return code;
}

} // namespace evalbench

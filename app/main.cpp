// SPDX-License-Identifier: MIT
// evalbench: with a sub-command it runs headless, otherwise it opens the window.
#include "cli/commanddispatcher.h"
#include "cli/globaloptions.h"
#include "ui/guiapplication.h"

#include <QApplication>
#include <QCoreApplication>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("EvalBench"));
    QCoreApplication::setApplicationName(QStringLiteral("EvalBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EVALBENCH_VERSION));
}
} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (evalbench::cli::CommandDispatcher::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return evalbench::cli::CommandDispatcher::run(QCoreApplication::arguments());
    }
    QApplication app(argc, argv);
    describeApplication();
    const auto options = evalbench::cli::GlobalOptions::extract(QCoreApplication::arguments());
    return evalbench::GuiApplication::run(options.dataDir, options.language);
}

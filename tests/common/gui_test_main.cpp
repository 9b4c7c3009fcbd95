// SPDX-License-Identifier: MIT
// Shared main for widget suites; ctest runs them with QT_QPA_PLATFORM=offscreen.
#include "common/sanitizeroptions.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("evalbench-tests"));
    // Each test process keeps its settings in a folder of its own: ctest runs the cases in
    // parallel processes, which would otherwise share (and race on) one settings file.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return RUN_ALL_TESTS();
}

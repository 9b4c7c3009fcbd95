// SPDX-License-Identifier: MIT
// Shared main for headless suites: a QCoreApplication so that event loops,
// QSignalSpy::wait and queued connections work inside tests.
#include "common/sanitizeroptions.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("evalbench-tests"));
    // Each test process keeps its settings in a folder of its own: ctest runs the cases in
    // parallel processes, which would otherwise share (and race on) one settings file.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return RUN_ALL_TESTS();
}

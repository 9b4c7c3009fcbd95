// SPDX-License-Identifier: MIT
// Shared main for widget suites; ctest runs them with QT_QPA_PLATFORM=offscreen.
#include <gtest/gtest.h>

#include <QApplication>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("evalbench-tests"));
    return RUN_ALL_TESTS();
}

// SPDX-License-Identifier: MIT
// Shared main for headless suites: a QCoreApplication so that event loops,
// QSignalSpy::wait and queued connections work inside tests.
#include <gtest/gtest.h>

#include <QCoreApplication>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("evalbench-tests"));
    return RUN_ALL_TESTS();
}

// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

namespace evalbench::cli {

// Runs a headless sub-command and returns its exit code; without a
// sub-command the window opens instead (isHeadless() is false).
class CommandDispatcher
{
public:
    static bool isHeadless(const QStringList& arguments);
    static int run(const QStringList& arguments);
    static QString usage();
};

} // namespace evalbench::cli

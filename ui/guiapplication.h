// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace evalbench {

// Starts the window: language, data directory, database, job manager (which
// resumes jobs a crash interrupted), the HTTP API's job service (which resumes
// its jobs) and listener (off), main window. Returns the exit code.
class GuiApplication
{
public:
    static int run(const QString& dataDirArgument, const QString& language);
    // Installs the zh_CN / en translators for `language` (empty: the system's), replacing
    // those installed before.
    static void installTranslators(const QString& language);
};

} // namespace evalbench

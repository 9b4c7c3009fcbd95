// SPDX-License-Identifier: MIT
#pragma once

#include "server/apiserversettings.h"

namespace evalbench {

// The window's listener settings, kept in QSettings ("api/…") between sessions. The token is
// stored with them (the user's own config file) and never written to a log.
class ApiServerPreferences
{
public:
    static ApiServerSettings load();
    static void save(const ApiServerSettings& settings);
};

} // namespace evalbench

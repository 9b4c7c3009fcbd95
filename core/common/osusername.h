// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace evalbench {

// Who is at the keyboard, for the author of an annotation: USERNAME on Windows,
// USER elsewhere (LOGNAME when USER is unset, as under some cron-like launchers).
QString osUserName();

} // namespace evalbench

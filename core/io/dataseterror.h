// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"

#include <QString>

namespace evalbench {

// Builds the import error every dataset problem is reported as:
// "<file name> line <n>: <what>" (or "<file name>: <what>" when line is 0), stage "import",
// details {"file", "line", "field"}.
EvalError datasetError(ErrorCode code, const QString& path, int line, const QString& field, const QString& what);

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "io/dataseterror.h"

#include <QFileInfo>

namespace evalbench {

EvalError datasetError(ErrorCode code, const QString& path, int line, const QString& field, const QString& what)
{
    const QString fileName = QFileInfo(path).fileName();
    EvalError error;
    error.code = code;
    error.stage = QStringLiteral("import");
    if (line > 0)
        error.message = fileName + QStringLiteral(" line ") + QString::number(line) + QStringLiteral(": ") + what;
    else
        error.message = fileName + QStringLiteral(": ") + what;
    error.details = QJsonObject {
        { QStringLiteral("file"), path },
        { QStringLiteral("line"), line },
        { QStringLiteral("field"), field },
    };
    return error;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace evalbench {

// Error codes shared by the command line, the HTTP API and result files (CONTRACTS).
enum class ErrorCode
{
    MissingFile,
    BadFormat,
    ParseError,
    Mismatch,
    UnknownMetric,
    MissingInput,
    JudgeUnavailable,
    JudgeBadOutput,
    TimeoutError,
    NotFound,
    Unauthorized,
    Internal,
};

QString errorCodeName(ErrorCode code);
// The code a name stands for (exact, upper case); e.g. for errors a custom scorer reports.
std::optional<ErrorCode> errorCodeFromName(QStringView name);

// A user-facing failure: the message names the file / line / field and says what to do.
struct EvalError
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString stage; // e.g. "validation", "import", "scoring", "export"
    QJsonObject details;

    QJsonObject toJson() const;
};

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::EvalError)

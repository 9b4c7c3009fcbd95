// SPDX-License-Identifier: MIT
#include "common/evalerror.h"

namespace evalbench {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::MissingFile:
        return QStringLiteral("MISSING_FILE");
    case ErrorCode::BadFormat:
        return QStringLiteral("BAD_FORMAT");
    case ErrorCode::ParseError:
        return QStringLiteral("PARSE_ERROR");
    case ErrorCode::Mismatch:
        return QStringLiteral("MISMATCH");
    case ErrorCode::UnknownMetric:
        return QStringLiteral("UNKNOWN_METRIC");
    case ErrorCode::MissingInput:
        return QStringLiteral("MISSING_INPUT");
    case ErrorCode::JudgeUnavailable:
        return QStringLiteral("JUDGE_UNAVAILABLE");
    case ErrorCode::JudgeBadOutput:
        return QStringLiteral("JUDGE_BAD_OUTPUT");
    case ErrorCode::TimeoutError:
        return QStringLiteral("TIMEOUT_ERROR");
    case ErrorCode::NotFound:
        return QStringLiteral("NOT_FOUND");
    case ErrorCode::Unauthorized:
        return QStringLiteral("UNAUTHORIZED");
    case ErrorCode::Internal:
        return QStringLiteral("INTERNAL");
    }
    return QStringLiteral("INTERNAL");
}

std::optional<ErrorCode> errorCodeFromName(QStringView name)
{
    for (int i = int(ErrorCode::MissingFile); i <= int(ErrorCode::Internal); ++i) {
        if (name == errorCodeName(ErrorCode(i)))
            return ErrorCode(i);
    }
    return std::nullopt;
}

QJsonObject EvalError::toJson() const
{
    QJsonObject json {
        { QStringLiteral("code"), errorCodeName(code) },
        { QStringLiteral("message"), message },
    };
    if (!stage.isEmpty())
        json.insert(QStringLiteral("stage"), stage);
    if (!details.isEmpty())
        json.insert(QStringLiteral("details"), details);
    return json;
}

} // namespace evalbench

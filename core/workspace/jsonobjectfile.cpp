// SPDX-License-Identifier: MIT
#include "workspace/jsonobjectfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace evalbench {

ml::Loaded<QJsonObject> JsonObjectFile::read(const QString& path, const QString& shownName)
{
    using Result = ml::Loaded<QJsonObject>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Result::failure(ErrorCode::MissingFile,
            QStringLiteral("%1: cannot be read (%2)").arg(shownName, file.errorString()),
            { { QStringLiteral("file"), path } });
    }
    const QByteArray bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // QJsonParseError only gives a byte offset; people look for lines.
        const qsizetype offset = qBound(qsizetype(0), qsizetype(parseError.offset), bytes.size());
        const QByteArray before = bytes.left(offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
        return Result::failure(ErrorCode::ParseError,
            QStringLiteral("%1: not valid JSON at line %2, column %3 (offset %4): %5")
                .arg(shownName)
                .arg(line)
                .arg(column)
                .arg(offset)
                .arg(parseError.errorString()),
            { { QStringLiteral("file"), path }, { QStringLiteral("line"), line }, { QStringLiteral("column"), column },
                { QStringLiteral("offset"), offset } });
    }
    if (!document.isObject()) {
        return Result::failure(ErrorCode::BadFormat,
            QStringLiteral("%1: must hold one JSON object ({...}), not %2")
                .arg(shownName, document.isArray() ? QStringLiteral("an array") : QStringLiteral("a bare value")),
            { { QStringLiteral("file"), path } });
    }
    return Result::success(document.object());
}

} // namespace evalbench

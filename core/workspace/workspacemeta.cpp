// SPDX-License-Identifier: MIT
#include "workspace/workspacemeta.h"

#include "workspace/workspacelayout.h"

#include <cmath>

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

namespace evalbench {

namespace {

EvalError metaError(ErrorCode code, const QString& message, const QString& field = {})
{
    QJsonObject details { { QStringLiteral("file"), QStringLiteral("meta.json") } };
    if (!field.isEmpty())
        details.insert(QStringLiteral("field"), field);
    return EvalError { code, message, QStringLiteral("validation"), details };
}

int lineOfOffset(const QByteArray& text, int offset)
{
    return 1 + int(text.left(offset).count('\n'));
}

} // namespace

WorkspaceMeta WorkspaceMeta::read(const WorkspaceLayout& workspace, bool scorerRequired, QList<EvalError>& errors)
{
    WorkspaceMeta meta;
    QFile file(workspace.metaPath());
    if (!file.exists()) {
        if (scorerRequired)
            errors << metaError(ErrorCode::MissingFile,
                QStringLiteral("meta.json is missing; create it with {\"scorer\": \"classification_f1\"} "
                               "(or pass --scorer)"));
        return meta;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        errors << metaError(
            ErrorCode::MissingFile, QStringLiteral("meta.json cannot be read: %1").arg(file.errorString()));
        return meta;
    }
    const QByteArray text = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = lineOfOffset(text, parseError.offset);
        EvalError e = metaError(ErrorCode::ParseError,
            QStringLiteral("meta.json line %1 is not valid JSON: %2").arg(line).arg(parseError.errorString()));
        e.details.insert(QStringLiteral("line"), line);
        errors << e;
        return meta;
    }
    if (!doc.isObject()) {
        errors << metaError(ErrorCode::BadFormat,
            QStringLiteral("meta.json must be a JSON object such as {\"scorer\": \"classification_f1\"}"));
        return meta;
    }
    meta.present = true;
    const QJsonObject json = doc.object();

    const QJsonValue scorer = json.value(QStringLiteral("scorer"));
    if (scorer.isString() && !scorer.toString().trimmed().isEmpty()) {
        meta.scorer = scorer.toString().trimmed();
    } else if (!scorer.isUndefined() || scorerRequired) {
        errors << metaError(ErrorCode::BadFormat,
            scorer.isUndefined()
                ? QStringLiteral("meta.json has no \"scorer\"; add e.g. \"scorer\": \"classification_f1\" "
                                 "(`evalbench scorers list` shows them all)")
                : QStringLiteral("meta.json: \"scorer\" must be a scorer id such as \"classification_f1\""),
            QStringLiteral("scorer"));
    }

    const QJsonValue params = json.value(QStringLiteral("params"));
    if (params.isObject())
        meta.params = params.toObject();
    else if (!params.isUndefined() && !params.isNull())
        errors << metaError(ErrorCode::BadFormat,
            QStringLiteral("meta.json: \"params\" must be an object such as {\"average\": \"macro\"}"),
            QStringLiteral("params"));

    for (const QString& key : { QStringLiteral("timeout"), QStringLiteral("time_limit") }) {
        const QJsonValue timeout = json.value(key);
        if (timeout.isUndefined() || timeout.isNull() || meta.timeoutSeconds)
            continue;
        const double seconds = timeout.toDouble(-1);
        if (!timeout.isDouble() || !(seconds > 0) || !std::isfinite(seconds) || seconds > 86400.0 * 7)
            errors << metaError(ErrorCode::BadFormat,
                QStringLiteral("meta.json: \"%1\" must be a number of seconds above 0, e.g. 300").arg(key), key);
        else
            meta.timeoutSeconds = int(std::ceil(seconds));
    }

    const QJsonValue task = json.value(QStringLiteral("task_type"));
    if (task.isString())
        meta.taskType = task.toString();
    return meta;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "workspace/scorerparams.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace evalbench {

namespace {

using Parsed = ml::Loaded<ScorerParams>;

Parsed badParam(const QString& name, const QString& problem)
{
    return Parsed::failure(ErrorCode::BadFormat, QStringLiteral("params.%1 %2").arg(name, problem),
        QJsonObject { { QStringLiteral("field"), QString(QStringLiteral("params.") + name) } });
}

QString shown(const QJsonValue& value)
{
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    if (value.isArray() || value.isObject())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Compact)).left(60);
    return value.toVariant().toString();
}

} // namespace

ml::Loaded<ScorerParams> ScorerParams::parse(const ScorerInfo& scorer, const QJsonObject& params)
{
    ScorerParams out;
    QStringList known;
    for (const ScorerParamInfo& info : scorer.params) {
        known << info.name;
        const QJsonValue given = params.value(info.name);
        const bool present = !given.isUndefined() && !given.isNull();
        const QJsonValue value = present ? given : info.defaultValue;
        if (!info.choices.isEmpty() && present) {
            if (!given.isString() || !info.choices.contains(given.toString()))
                return badParam(info.name,
                    QStringLiteral("must be one of %1; got %2")
                        .arg(info.choices.join(QStringLiteral(", ")), shown(given)));
        }
        if (info.name == QLatin1String("average")) {
            out.primaryMetric = QStringLiteral("f1_") + value.toString();
        } else if (info.name == QLatin1String("primary_metric") && present) {
            if (!given.isString() || given.toString().isEmpty())
                return badParam(info.name, QStringLiteral("must be the name of a metric; got %1").arg(shown(given)));
            out.primaryMetric = given.toString();
        } else if (info.name == QLatin1String("pass_threshold") && present) {
            if (!given.isDouble())
                return badParam(info.name, QStringLiteral("must be a number; got %1").arg(shown(given)));
            out.passThreshold = given.toDouble();
        } else if (info.name == QLatin1String("iou_threshold")) {
            if (!value.isDouble() || !(value.toDouble() > 0.0 && value.toDouble() <= 1.0))
                return badParam(
                    info.name, QStringLiteral("must be a number above 0 and at most 1; got %1").arg(shown(value)));
            out.iouThreshold = value.toDouble();
        } else if (info.name == QLatin1String("bbox_format")) {
            out.boxFormat = *ml::parseBoxFormat(value.toString().toStdString());
        }
        if (!value.isNull())
            out.effective.insert(info.name, value);
    }
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        out.warnings << EvalError { ErrorCode::BadFormat,
            QStringLiteral("params.%1 is not a parameter of %2 and was ignored (it knows: %3)")
                .arg(it.key(), scorer.id, known.join(QStringLiteral(", "))),
            QStringLiteral("validation"),
            { { QStringLiteral("field"), QString(QStringLiteral("params.") + it.key()) } } };
    }
    return Parsed::success(std::move(out));
}

} // namespace evalbench

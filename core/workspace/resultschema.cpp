// SPDX-License-Identifier: MIT
#include "workspace/resultschema.h"

#include "workspace/jsontypename.h"

#include <cmath>

namespace evalbench {

namespace {

// Collects the first violation; each check names the field by its JSON path.
class SchemaCheck
{
public:
    explicit SchemaCheck(QString file)
        : m_file(std::move(file))
    { }

    const std::optional<EvalError>& error() const { return m_error; }

    void fail(const QString& field, const QString& text)
    {
        if (m_error)
            return;
        m_error = EvalError { ErrorCode::BadFormat, m_file + QStringLiteral(": ") + text, QStringLiteral("output"),
            { { QStringLiteral("file"), m_file }, { QStringLiteral("field"), field } } };
    }

    void expect(const QString& field, const QJsonValue& value, const QString& expected)
    {
        if (value.isUndefined())
            fail(field, QStringLiteral("%1 is missing, expected %2").arg(field, expected));
        else
            fail(field, QStringLiteral("%1 is %2, expected %3").arg(field, jsonTypeName(value), expected));
    }

    // JSON cannot hold NaN, but a parser may still hand over an overflowing 1e999 as infinity.
    void finiteNumber(const QString& field, const QJsonValue& value, bool nullAllowed)
    {
        if (value.isNull() && nullAllowed)
            return;
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            expect(field, value, nullAllowed ? QStringLiteral("a number or null") : QStringLiteral("a number"));
    }

    // Present and not null means it must be an object.
    void optionalObject(const QJsonObject& result, const QString& key)
    {
        const QJsonValue value = result.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isObject())
            expect(key, value, QStringLiteral("an object"));
    }

private:
    QString m_file;
    std::optional<EvalError> m_error;
};

void checkReportedError(SchemaCheck& check, const QJsonValue& error)
{
    if (!error.isObject()) {
        check.expect(QStringLiteral("error"), error, QStringLiteral("an object {\"code\", \"message\"} or null"));
        return;
    }
    const QJsonObject object = error.toObject();
    const QJsonValue code = object.value(QStringLiteral("code"));
    if (!code.isString() || code.toString().isEmpty())
        check.expect(QStringLiteral("error.code"), code, QStringLiteral("a code such as \"BAD_FORMAT\""));
    const QJsonValue message = object.value(QStringLiteral("message"));
    if (!message.isString())
        check.expect(QStringLiteral("error.message"), message, QStringLiteral("a string"));
    const QJsonValue stage = object.value(QStringLiteral("stage"));
    if (!stage.isUndefined() && !stage.isNull() && !stage.isString())
        check.expect(QStringLiteral("error.stage"), stage, QStringLiteral("a string"));
    const QJsonValue details = object.value(QStringLiteral("details"));
    if (!details.isUndefined() && !details.isNull() && !details.isObject())
        check.expect(QStringLiteral("error.details"), details, QStringLiteral("an object"));
}

} // namespace

std::optional<EvalError> ResultSchema::check(const QJsonObject& result, const QString& fileForMessages)
{
    SchemaCheck check(fileForMessages);
    const QJsonValue error = result.value(QStringLiteral("error"));
    if (!error.isUndefined() && !error.isNull()) {
        checkReportedError(check, error);
        return check.error();
    }

    const QJsonValue summary = result.value(QStringLiteral("summary"));
    if (summary.isObject())
        check.finiteNumber(QStringLiteral("summary.score"), summary.toObject().value(QStringLiteral("score")), false);
    else
        check.expect(QStringLiteral("summary"), summary, QStringLiteral("an object with a number \"score\""));

    const QJsonValue metrics = result.value(QStringLiteral("metrics"));
    if (metrics.isObject()) {
        const QJsonObject object = metrics.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            check.finiteNumber(QStringLiteral("metrics.") + it.key(), it.value(), true);
    } else {
        check.expect(QStringLiteral("metrics"), metrics, QStringLiteral("an object of metric name → number"));
    }

    for (const char* key : { "versioning", "timing", "details", "artifacts" })
        check.optionalObject(result, QLatin1String(key));
    return check.error();
}

std::optional<EvalError> ResultSchema::reportedError(const QJsonObject& result)
{
    const QJsonValue value = result.value(QStringLiteral("error"));
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const QString codeName = object.value(QStringLiteral("code")).toString();
    EvalError error;
    error.message = object.value(QStringLiteral("message")).toString();
    error.stage = object.value(QStringLiteral("stage")).toString(QStringLiteral("scoring"));
    error.details = object.value(QStringLiteral("details")).toObject();
    if (const std::optional<ErrorCode> code = errorCodeFromName(codeName))
        error.code = *code;
    else
        error.details.insert(QStringLiteral("reported_code"), codeName);
    return error;
}

} // namespace evalbench

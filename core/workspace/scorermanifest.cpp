// SPDX-License-Identifier: MIT
#include "workspace/scorermanifest.h"

#include "workspace/jsonobjectfile.h"
#include "workspace/jsontypename.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>

namespace evalbench {

namespace {

using Result = ml::Loaded<ScorerInfo>;

const char kCommandExample[] = R"(["python3", "{scorer_dir}/score.py", "{workspace}"])";

// Reads the fields of one manifest; every problem becomes a BAD_FORMAT error that starts with
// the file and names the field.
class ManifestFields
{
public:
    ManifestFields(const QJsonObject& json, QString path)
        : m_json(json)
        , m_path(std::move(path))
        , m_shown(ScorerManifest::shownPath(m_path))
    { }

    const std::optional<EvalError>& error() const { return m_error; }

    // A string field; `example` is what the message suggests when it is missing.
    QString string(const QString& key, bool required, const QString& example)
    {
        const QJsonValue value = m_json.value(key);
        if (value.isUndefined() || (value.isNull() && !required))
            return required ? fail(key, QStringLiteral("\"%1\" is missing; add e.g. \"%1\": \"%2\"").arg(key, example))
                            : QString();
        if (!value.isString())
            return fail(key,
                QStringLiteral("\"%1\" is %2, expected a string (in quotes), e.g. \"%1\": \"%3\"")
                    .arg(key, jsonTypeName(value), example));
        if (required && value.toString().trimmed().isEmpty())
            return fail(key, QStringLiteral("\"%1\" is empty; write e.g. \"%1\": \"%2\"").arg(key, example));
        return value.toString();
    }

    QString fail(const QString& field, const QString& text)
    {
        if (!m_error) {
            m_error =
                EvalError { ErrorCode::BadFormat, m_shown + QStringLiteral(": ") + text, QStringLiteral("validation"),
                    { { QStringLiteral("file"), m_path }, { QStringLiteral("field"), field } } };
        }
        return {};
    }

    QStringList command()
    {
        const QJsonValue value = m_json.value(QStringLiteral("command"));
        const QString key = QStringLiteral("command");
        QStringList out;
        if (value.isUndefined() || value.isNull()) {
            fail(key,
                QStringLiteral("\"command\" is missing; add the program and its arguments, e.g. \"command\": %1")
                    .arg(QLatin1String(kCommandExample)));
        } else if (value.isString()) {
            out = QProcess::splitCommand(value.toString());
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array.at(i).isString()) {
                    fail(key,
                        QStringLiteral("command[%1] is %2, expected a string; quote every argument, e.g. %3")
                            .arg(i)
                            .arg(jsonTypeName(array.at(i)), QLatin1String(kCommandExample)));
                    return {};
                }
                out.append(array.at(i).toString());
            }
        } else {
            fail(key,
                QStringLiteral("\"command\" is %1, expected an array of strings, e.g. \"command\": %2")
                    .arg(jsonTypeName(value), QLatin1String(kCommandExample)));
            return {};
        }
        if (!m_error && (out.isEmpty() || out.constFirst().isEmpty()))
            fail(key,
                QStringLiteral("\"command\" is empty; give the program and its arguments, e.g. \"command\": %1")
                    .arg(QLatin1String(kCommandExample)));
        return out;
    }

    int timeout()
    {
        const QJsonValue value = m_json.value(QStringLiteral("timeout"));
        if (value.isUndefined() || value.isNull())
            return 300;
        const double seconds = value.toDouble(-1);
        if (!value.isDouble() || seconds <= 0 || seconds != double(qint64(seconds)) || seconds > 7 * 24 * 3600) {
            fail(QStringLiteral("timeout"),
                QStringLiteral("\"timeout\" must be a whole number of seconds above 0 (at most a week), e.g. "
                               "\"timeout\": 60; got %1")
                    .arg(value.isDouble() ? QString::number(seconds) : jsonTypeName(value)));
            return 0;
        }
        return int(seconds);
    }

    QList<ScorerParamInfo> params()
    {
        const QJsonValue value = m_json.value(QStringLiteral("params"));
        if (value.isUndefined() || value.isNull())
            return {};
        const QString example = QStringLiteral(R"("params": {"k": {"default": 3, "description": "..."}})");
        if (!value.isObject()) {
            fail(QStringLiteral("params"),
                QStringLiteral("\"params\" is %1, expected an object, e.g. %2").arg(jsonTypeName(value), example));
            return {};
        }
        QList<ScorerParamInfo> out;
        const QJsonObject params = value.toObject();
        for (auto it = params.begin(); it != params.end() && !m_error; ++it) {
            const QString field = QStringLiteral("params.") + it.key();
            if (!it.value().isObject()) {
                fail(field,
                    QStringLiteral("%1 is %2, expected an object with \"default\" and \"description\", e.g. %3")
                        .arg(field, jsonTypeName(it.value()), example));
                break;
            }
            out.append(param(it.key(), it.value().toObject()));
        }
        return out;
    }

private:
    ScorerParamInfo param(const QString& name, const QJsonObject& json)
    {
        const QString field = QStringLiteral("params.") + name;
        ScorerParamInfo info { name, {}, json.value(QStringLiteral("default")), {} };
        if (info.defaultValue.isUndefined())
            info.defaultValue = QJsonValue(QJsonValue::Null);
        const QJsonValue description = json.value(QStringLiteral("description"));
        if (description.isString())
            info.description = description.toString();
        else if (!description.isUndefined() && !description.isNull())
            fail(field + QStringLiteral(".description"),
                QStringLiteral("%1.description is %2, expected a string").arg(field, jsonTypeName(description)));
        const QJsonValue choices = json.value(QStringLiteral("choices"));
        if (choices.isUndefined() || choices.isNull())
            return info;
        const QString choicesField = field + QStringLiteral(".choices");
        if (!choices.isArray()) {
            fail(choicesField,
                QStringLiteral("%1 is %2, expected an array of strings, e.g. [\"macro\", \"micro\"]")
                    .arg(choicesField, jsonTypeName(choices)));
            return info;
        }
        for (const QJsonValue& choice : choices.toArray()) {
            if (!choice.isString()) {
                fail(choicesField,
                    QStringLiteral("%1 holds %2; every choice must be a string, e.g. [\"macro\", \"micro\"]")
                        .arg(choicesField, jsonTypeName(choice)));
                return info;
            }
            info.choices.append(choice.toString());
        }
        return info;
    }

    const QJsonObject& m_json;
    QString m_path;
    QString m_shown;
    std::optional<EvalError> m_error;
};

// A valid id derived from the folder name, for the "add e.g." hint.
QString suggestedId(const QString& folderName)
{
    QString id = folderName.toLower();
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9_.-]+")), QStringLiteral("_"));
    return id.isEmpty() ? QStringLiteral("my_scorer") : id;
}

} // namespace

QString ScorerManifest::shownPath(const QString& manifestPath)
{
    const QStringList parts = QDir::cleanPath(QDir::fromNativeSeparators(manifestPath)).split(QLatin1Char('/'));
    return parts.mid(qMax(qsizetype(0), parts.size() - 3)).join(QLatin1Char('/'));
}

ml::Loaded<ScorerInfo> ScorerManifest::read(const QString& manifestPath)
{
    const QFileInfo file(manifestPath);
    const QString path = QDir::cleanPath(file.absoluteFilePath());
    const auto loaded = JsonObjectFile::read(path, shownPath(path));
    if (!loaded.ok())
        return Result::failure(loaded.error);

    ManifestFields fields(*loaded.value, path);
    ScorerInfo info;
    info.builtin = false;
    info.folder = QDir::cleanPath(file.absolutePath());
    info.manifestPath = path;
    const QString exampleId = suggestedId(QFileInfo(info.folder).fileName());
    info.id = fields.string(QStringLiteral("id"), true, exampleId);
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9_.-]+$"));
    if (!fields.error() && !idPattern.match(info.id).hasMatch())
        fields.fail(QStringLiteral("id"),
            QStringLiteral("\"id\" \"%1\" may only use a-z, 0-9, '_', '.' and '-'; e.g. \"id\": \"%2\"")
                .arg(info.id, suggestedId(info.id)));
    info.name = fields.string(QStringLiteral("name"), false, info.id);
    if (info.name.isEmpty())
        info.name = info.id;
    info.version = fields.string(QStringLiteral("version"), true, QStringLiteral("1.0.0"));
    const QString task = fields.string(QStringLiteral("task_type"), true, QStringLiteral("custom"));
    if (!fields.error()) {
        const std::optional<MlTask> parsed = mlTaskFromName(task);
        if (parsed)
            info.task = *parsed;
        else
            fields.fail(QStringLiteral("task_type"),
                QStringLiteral("\"task_type\" \"%1\" is not one of classification, regression, detection, custom")
                    .arg(task));
    }
    info.description = fields.string(QStringLiteral("description"), false, QString());
    info.command = fields.command();
    info.timeoutSeconds = fields.timeout();
    info.primaryMetric = fields.string(QStringLiteral("primary_metric"), false, QStringLiteral("accuracy"));
    info.params = fields.params();
    if (fields.error())
        return Result::failure(*fields.error());
    return Result::success(std::move(info));
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "server/scorerequestparser.h"

#include "server/contextsnormalizer.h"
#include "server/jsonnull.h"

#include <cmath>
#include <optional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace evalbench {

namespace {

constexpr qsizetype kMaxRequestIdLength = 200;

// Dify's raw-text bodies (and json.loads(strict=False) habits) can carry raw newlines and tabs
// inside strings; JSON forbids them, so escape control characters found inside strings.
QByteArray escapeRawControls(const QByteArray& body)
{
    QByteArray out;
    out.reserve(body.size() + 16);
    bool inString = false;
    bool escaped = false;
    for (const char c : body) {
        const auto u = static_cast<unsigned char>(c);
        if (inString && !escaped && u < 0x20) {
            static const char* const kHex = "0123456789abcdef";
            if (c == '\n')
                out += "\\n";
            else if (c == '\r')
                out += "\\r";
            else if (c == '\t')
                out += "\\t";
            else
                out += QByteArray("\\u00") + kHex[u >> 4] + kHex[u & 0xF];
            continue;
        }
        out += c;
        if (escaped)
            escaped = false;
        else if (inString && c == '\\')
            escaped = true;
        else if (c == '"')
            inString = !inString;
    }
    return out;
}

class FieldReader
{
public:
    FieldReader(const QJsonObject& object, FieldProblems& problems)
        : m_object(object)
        , m_problems(problems)
    { }

    // The first of `names` present in the body (the first name is the documented one).
    std::pair<QString, QJsonValue> lookup(const QStringList& names) const
    {
        for (const QString& name : names) {
            const QJsonValue value = m_object.value(name);
            if (!isNullLike(value))
                return { name, value };
        }
        return { names.constFirst(), QJsonValue(QJsonValue::Undefined) };
    }

    std::optional<QString> string(const QStringList& names, bool required = false)
    {
        const auto [name, value] = lookup(names);
        if (value.isUndefined()) {
            if (required)
                m_problems.missing(name);
            return std::nullopt;
        }
        if (value.isString())
            return value.toString();
        if (value.isDouble()) // pydantic v1 coerces numbers to str
            return value.toVariant().toString();
        m_problems.add({ name }, QStringLiteral("str type expected"), QStringLiteral("type_error.str"));
        return std::nullopt;
    }

    QStringList stringList(const QString& name, bool commaString)
    {
        const QJsonValue value = m_object.value(name);
        if (isNullLike(value))
            return {};
        QStringList out;
        if (value.isString() && commaString) {
            for (const QString& part : value.toString().split(QLatin1Char(','))) {
                if (!part.trimmed().isEmpty())
                    out.append(part.trimmed());
            }
            return out;
        }
        if (!value.isArray()) {
            m_problems.add({ name }, QStringLiteral("value is not a valid list"), QStringLiteral("type_error.list"));
            return {};
        }
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (isNullLike(items.at(i)))
                continue;
            if (!items.at(i).isString()) {
                m_problems.add({ name, int(i) }, QStringLiteral("str type expected"), QStringLiteral("type_error.str"));
                continue;
            }
            out.append(items.at(i).toString().trimmed());
        }
        return out;
    }

    std::optional<double> number(const QJsonValue& value) const
    {
        if (value.isDouble())
            return value.toDouble();
        if (value.isString()) {
            bool ok = false;
            const double number = value.toString().trimmed().toDouble(&ok);
            if (ok)
                return number;
        }
        return std::nullopt;
    }

    QMap<QString, double> weights()
    {
        const QString name = QStringLiteral("weights");
        const QJsonValue value = m_object.value(name);
        if (isNullLike(value))
            return {};
        QJsonObject pairs;
        if (value.isObject()) {
            pairs = value.toObject();
        } else if (value.isString()) { // "m1=2,m2=1", as on the command line
            for (const QString& part : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const qsizetype eq = part.indexOf(QLatin1Char('='));
                if (eq <= 0) {
                    m_problems.add({ name }, QStringLiteral("weights must look like m1=2,m2=1 or {\"m1\": 2}"),
                        QStringLiteral("value_error.weights"));
                    return {};
                }
                pairs.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
            }
        } else {
            m_problems.add({ name }, QStringLiteral("value is not a valid dict"), QStringLiteral("type_error.dict"));
            return {};
        }
        QMap<QString, double> out;
        for (auto it = pairs.constBegin(); it != pairs.constEnd(); ++it) {
            const std::optional<double> weight = number(it.value());
            if (!weight) {
                m_problems.add({ name, it.key() }, QStringLiteral("value is not a valid float"),
                    QStringLiteral("type_error.float"));
            } else if (!std::isfinite(*weight) || *weight < 0) {
                m_problems.add({ name, it.key() }, QStringLiteral("a weight must be a non-negative number"),
                    QStringLiteral("value_error.number.not_ge"));
            } else {
                out.insert(it.key(), *weight);
            }
        }
        return out;
    }

    bool boolean(const QString& name)
    {
        const QJsonValue value = m_object.value(name);
        if (isNullLike(value))
            return false;
        if (value.isBool())
            return value.toBool();
        if (value.isDouble() && (value.toDouble() == 0 || value.toDouble() == 1))
            return value.toDouble() == 1;
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no"))
            return false;
        m_problems.add(
            { name }, QStringLiteral("value could not be parsed to a boolean"), QStringLiteral("type_error.bool"));
        return false;
    }

private:
    const QJsonObject& m_object;
    FieldProblems& m_problems;
};

// A `contexts_separator` as typed into a template: "\n" may arrive as a backslash and an n.
QString unescapeSeparator(QString separator)
{
    separator.replace(QLatin1String("\\n"), QLatin1String("\n"));
    separator.replace(QLatin1String("\\t"), QLatin1String("\t"));
    return separator;
}

} // namespace

bool ScoreRequestParser::acceptsContentType(const QByteArray& contentType)
{
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    return type.isEmpty() || type == "application/json" || type == "text/plain" || type.endsWith("+json");
}

std::variant<QJsonObject, HttpProblem> ScoreRequestParser::parseObject(const QByteArray& body)
{
    QByteArray bytes = body;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        FieldProblems problems;
        problems.add({}, QStringLiteral("field required"), QStringLiteral("value_error.missing"));
        return problems.toProblem();
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        QJsonParseError retryError;
        const QJsonDocument retried = QJsonDocument::fromJson(escapeRawControls(bytes), &retryError);
        if (retryError.error != QJsonParseError::NoError) {
            // Qt 6.4 rejects a top-level scalar; valid JSON that is not an object is a 422.
            const QJsonDocument wrapped = QJsonDocument::fromJson('[' + bytes + ']', &retryError);
            if (retryError.error == QJsonParseError::NoError && wrapped.array().size() == 1) {
                FieldProblems problems;
                problems.add({}, QStringLiteral("value is not a valid dict"), QStringLiteral("type_error.dict"));
                return problems.toProblem();
            }
            return HttpProblem::detail(400,
                QStringLiteral("The body is not valid JSON (%1 at byte %2). Send a JSON object; in Dify, build it "
                               "in a Code node and set the body to that one Object variable.")
                    .arg(error.errorString())
                    .arg(error.offset));
        }
        document = retried;
    }
    if (!document.isObject()) {
        FieldProblems problems;
        problems.add({}, QStringLiteral("value is not a valid dict"), QStringLiteral("type_error.dict"));
        return problems.toProblem();
    }
    return document.object();
}

std::variant<ScoreRequest, HttpProblem> ScoreRequestParser::fromObject(const QJsonObject& object)
{
    FieldProblems problems;
    FieldReader fields(object, problems);
    ScoreRequest request;
    Sample& sample = request.sample;

    const std::optional<QString> question =
        fields.string({ QStringLiteral("question"), QStringLiteral("user_input"), QStringLiteral("query") }, true);
    if (question && question->trimmed().isEmpty())
        problems.add({ QStringLiteral("question") }, QStringLiteral("ensure this value has at least 1 characters"),
            QStringLiteral("value_error.any_str.min_length"));
    sample.question = question.value_or(QString());
    sample.answer = fields.string({ QStringLiteral("answer"), QStringLiteral("response") });
    sample.groundTruth = fields.string({ QStringLiteral("ground_truth"), QStringLiteral("reference") });
    if (!sample.groundTruth) {
        const QJsonValue truths = object.value(QStringLiteral("ground_truths"));
        if (truths.isArray() && !truths.toArray().isEmpty() && truths.toArray().first().isString())
            sample.groundTruth = truths.toArray().first().toString();
        else if (!isNullLike(truths) && !truths.isArray())
            sample.groundTruth = fields.string({ QStringLiteral("ground_truths") });
    }

    const QString separator =
        unescapeSeparator(fields.string({ QStringLiteral("contexts_separator") }).value_or(QString()));
    const auto [contextsKey, contextsValue] =
        fields.lookup({ QStringLiteral("contexts"), QStringLiteral("retrieved_contexts") });
    Q_UNUSED(contextsKey)
    NormalizedContexts contexts = ContextsNormalizer::normalize(contextsValue, separator, problems);
    sample.contexts = contexts.texts;
    sample.contextMetadata = contexts.metadata;
    if (object.contains(QStringLiteral("reference_contexts"))
        && !isNullLike(object.value(QStringLiteral("reference_contexts"))))
        sample.referenceContexts = fields.stringList(QStringLiteral("reference_contexts"), false);

    request.metrics = fields.stringList(QStringLiteral("metrics"), true);
    request.weights = fields.weights();
    request.judgeModel = fields.string({ QStringLiteral("judge_model") }).value_or(QString());
    request.embeddingModel = fields.string({ QStringLiteral("embedding_model") }).value_or(QString());
    request.runName = fields.string({ QStringLiteral("run") }).value_or(QString()).trimmed();
    request.requestId = fields.string({ QStringLiteral("request_id") }).value_or(QString()).trimmed();
    if (request.requestId.size() > kMaxRequestIdLength)
        problems.add({ QStringLiteral("request_id") },
            QStringLiteral("ensure this value has at most %1 characters").arg(kMaxRequestIdLength),
            QStringLiteral("value_error.any_str.max_length"));
    request.ragasCompat = fields.boolean(QStringLiteral("ragas_compat"));

    // Passed through to the report as sample metadata; never read as scores.
    const QJsonValue metadata = object.value(QStringLiteral("metadata"));
    if (metadata.isObject())
        sample.metadata = metadata.toObject();
    else if (!isNullLike(metadata))
        problems.add({ QStringLiteral("metadata") }, QStringLiteral("value is not a valid dict"),
            QStringLiteral("type_error.dict"));
    if (const std::optional<QString> appId = fields.string({ QStringLiteral("app_id") }))
        sample.metadata.insert(QStringLiteral("app_id"), *appId);

    if (!problems.isEmpty())
        return problems.toProblem();
    return request;
}

std::variant<ScoreRequest, HttpProblem> ScoreRequestParser::parse(const QByteArray& body, const QByteArray& contentType)
{
    if (!acceptsContentType(contentType))
        return HttpProblem::detail(415,
            QStringLiteral("Unsupported content type \"%1\": send the body as application/json (or text/plain "
                           "holding JSON).")
                .arg(QString::fromLatin1(contentType)));
    auto object = parseObject(body);
    if (HttpProblem* problem = std::get_if<HttpProblem>(&object))
        return *problem;
    return fromObject(std::get<QJsonObject>(object));
}

} // namespace evalbench

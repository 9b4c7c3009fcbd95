// SPDX-License-Identifier: MIT
#include "server/contextsnormalizer.h"

#include "server/jsonnull.h"
#include "server/pythonliteral.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace evalbench {

namespace {

const QString kContexts = QStringLiteral("contexts");

// The context's text: `content`, else `text`, else `page_content`, else the Knowledge API's
// `segment.content`. Null when none is there; an error message when one is not a string.
std::variant<std::optional<QString>, QString> itemText(const QJsonObject& item)
{
    QJsonValue segment = item.value(QStringLiteral("segment"));
    for (const QJsonValue& candidate : { item.value(QStringLiteral("content")), item.value(QStringLiteral("text")),
             item.value(QStringLiteral("page_content")), segment.toObject().value(QStringLiteral("content")) }) {
        if (isNullLike(candidate))
            continue;
        if (!candidate.isString())
            return QStringLiteral("content must be a string");
        return std::optional<QString>(candidate.toString());
    }
    return std::optional<QString>();
}

QJsonObject itemMetadata(const QJsonObject& item)
{
    static const QStringList kKept = { QStringLiteral("document_name"), QStringLiteral("dataset_name"),
        QStringLiteral("segment_id"), QStringLiteral("document_id"), QStringLiteral("score"),
        QStringLiteral("position") };
    QJsonObject out;
    const QJsonValue title = item.value(QStringLiteral("title"));
    if (!title.isUndefined())
        out.insert(QStringLiteral("title"), nullNormalized(title));
    const QJsonObject nested = item.value(QStringLiteral("metadata")).toObject();
    for (const QString& key : kKept) {
        // Dify nests them under `metadata`; a Code node's flattened payload has them at the top.
        QJsonValue value = nested.value(key);
        if (value.isUndefined())
            value = item.value(key);
        if (!value.isUndefined())
            out.insert(key, nullNormalized(value));
    }
    return out;
}

bool looksLikeRepr(const QString& trimmed)
{
    return trimmed.startsWith(QLatin1String("[{")) || trimmed.startsWith(QLatin1String("['"))
        || trimmed.startsWith(QLatin1String("[\"")) || trimmed.startsWith(QLatin1String("[]"));
}

} // namespace

NormalizedContexts ContextsNormalizer::normalize(
    const QJsonValue& value, const QString& separator, FieldProblems& problems)
{
    NormalizedContexts out;
    if (isNullLike(value))
        return out;
    if (value.isArray())
        fromArray(value.toArray(), out, problems);
    else if (value.isObject())
        fromArray(QJsonArray { value }, out, problems);
    else if (value.isString())
        fromString(value.toString(), separator, out, problems);
    else
        problems.add({ kContexts }, QStringLiteral("value is not a valid list"), QStringLiteral("type_error.list"));
    return out;
}

void ContextsNormalizer::fromArray(const QJsonArray& items, NormalizedContexts& out, FieldProblems& problems)
{
    QStringList texts;
    QJsonArray metadata;
    bool anyObject = false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue item = items.at(i);
        if (isNullLike(item))
            continue;
        if (item.isString()) {
            texts.append(item.toString());
            metadata.append(QJsonObject {});
            continue;
        }
        if (!item.isObject()) {
            problems.add({ kContexts, int(i) }, QStringLiteral("a context must be a string or an object with content"),
                QStringLiteral("type_error.str"));
            continue;
        }
        const QJsonObject object = item.toObject();
        const auto text = itemText(object);
        if (const QString* error = std::get_if<QString>(&text)) {
            problems.add({ kContexts, int(i), QStringLiteral("content") }, *error, QStringLiteral("type_error.str"));
            continue;
        }
        const std::optional<QString> content = std::get<std::optional<QString>>(text);
        if (!content) {
            problems.add({ kContexts, int(i), QStringLiteral("content") },
                QStringLiteral("field required (a context object needs content, text or page_content)"),
                QStringLiteral("value_error.missing"));
            continue;
        }
        anyObject = true;
        texts.append(*content);
        metadata.append(itemMetadata(object));
    }
    out.texts = texts;
    out.metadata = anyObject ? metadata : QJsonArray {};
}

void ContextsNormalizer::fromString(
    const QString& text, const QString& separator, NormalizedContexts& out, FieldProblems& problems)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('['))) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8(), &error);
        if (error.error == QJsonParseError::NoError && document.isArray()) {
            fromArray(document.array(), out, problems);
            return;
        }
        const auto literal = PythonLiteral::parse(trimmed);
        if (const QJsonValue* value = std::get_if<QJsonValue>(&literal); value && value->isArray()) {
            fromArray(value->toArray(), out, problems);
            return;
        }
        if (looksLikeRepr(trimmed)) {
            problems.add({ kContexts },
                QStringLiteral("contexts looks like a list but cannot be read (%1); build the payload in a Code "
                               "node and send it as one Object variable")
                    .arg(std::holds_alternative<QString>(literal) ? std::get<QString>(literal) : QString()),
                QStringLiteral("value_error.contexts"));
            return;
        }
    }
    if (trimmed.isEmpty()) {
        out.texts = QStringList {}; // Dify renders an empty array variable as ""
        return;
    }
    if (separator.isEmpty()) {
        out.texts = QStringList { text };
        return;
    }
    QStringList parts;
    for (const QString& part : text.split(separator)) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    out.texts = parts;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "server/httpproblem.h"

#include <optional>

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace evalbench {

struct NormalizedContexts
{
    std::optional<QStringList> texts; // nullopt: no contexts given
    QJsonArray metadata; // one object per context when any came as an object, else empty
};

// The `contexts` shapes Dify workflows post (dify-reference.md §2.3): a list of strings; a list
// of Knowledge Retrieval objects (text from `content`, else `text` / `page_content`; title,
// document and dataset names, segment and document ids, score and position kept as metadata);
// one string (one context, or split on `separator`); a string holding a JSON array or the
// Python repr of one. Problems are added to `problems` under ["body", "contexts", ...].
class ContextsNormalizer
{
public:
    static NormalizedContexts normalize(const QJsonValue& value, const QString& separator, FieldProblems& problems);

private:
    static void fromArray(const QJsonArray& items, NormalizedContexts& out, FieldProblems& problems);
    static void fromString(
        const QString& text, const QString& separator, NormalizedContexts& out, FieldProblems& problems);
};

} // namespace evalbench

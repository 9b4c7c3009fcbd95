// SPDX-License-Identifier: MIT
#pragma once

#include "judge/orderedjson.h"

#include <utility>

#include <QJsonValue>
#include <QList>
#include <QString>

namespace evalbench {

// A prompt's input, in the order the fields are shown to the judge.
using PromptFields = QList<std::pair<QString, QJsonValue>>;

// Writes JSON the way RAGAS's prompts show it, so a judge sees the same text
// (and the judge cache gets the same key) whatever produced the values:
// indented() is pydantic `model_dump_json(indent=4)`, compact() is Python
// `json.dumps` with its default ", " / ": " separators.
class PydanticJson
{
public:
    enum class NullMembers
    {
        Keep,
        Omit // pydantic exclude_none: object members whose value is null are left out
    };
    enum class NonAscii
    {
        Raw, // as pydantic writes it
        Escaped // \uXXXX, as json.dumps writes it by default (ensure_ascii=True)
    };

    static QString indented(const OrderedJson& value, NullMembers nulls = NullMembers::Keep);
    static QString indented(const PromptFields& fields, NullMembers nulls = NullMembers::Keep);
    static QString compact(const OrderedJson& value, NonAscii nonAscii = NonAscii::Raw);

    // A JSON string literal: \" \\ \b \f \n \r \t, other control characters as \u00xx.
    static QString quoted(const QString& text, NonAscii nonAscii = NonAscii::Raw);
    // Whole numbers without ".0", others as the shortest text that reads back the same.
    static QString number(double value);
};

} // namespace evalbench

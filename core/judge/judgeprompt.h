// SPDX-License-Identifier: MIT
#pragma once

#include "judge/orderedjson.h"

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace evalbench {

// One judge prompt in one language, as read from core/judge/prompts/<lang>/<name>.json.
struct JudgePrompt
{
    struct Example
    {
        OrderedJson input; // keys in inputFields order
        OrderedJson output; // keys in the output schema's order
    };

    QString instruction;
    OrderedJson outputSchema; // JSON Schema of the reply, properties in field order
    QStringList inputFields; // the order input fields are shown in
    QList<Example> examples;

    // Empty error when the file has every part with the right JSON type.
    static std::optional<JudgePrompt> fromJson(const OrderedJson& file, QString* error);
};

} // namespace evalbench

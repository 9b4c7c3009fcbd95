// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace evalbench {

// Reads a judge's reply into the JSON object its prompt asked for. Judges,
// small local ones most of all, wrap the JSON in prose or code fences, quote
// numbers and use true for 1; this accepts what pydantic's lax mode accepts,
// so a reply RAGAS would score is scored here too.
class JudgeOutputParser
{
public:
    struct ParsedOutput
    {
        std::optional<QJsonObject> value; // coerced to the schema's types; unknown fields dropped
        QString error; // set when value is empty: where and what (`statements[2].verdict: expected ...`)
    };

    // RAGAS's extract_json: from "```json" on (if present), the first [ or { up to where that
    // bracket type balances. Only that bracket type is counted and strings are not skipped, so
    // replies parse the way they do in RAGAS. No bracket, or never balanced: the text from the
    // fence on (the whole text without a fence), as RAGAS returns it.
    static QString extractJson(QStringView text);

    // extractJson, then JSON parsing, then validation against the output schema (a JSON Schema
    // subset: type, properties, required, items, $ref into #/$defs).
    static ParsedOutput parse(const QJsonObject& schema, const QString& text);
};

} // namespace evalbench

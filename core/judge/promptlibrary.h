// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgelanguage.h"
#include "judge/judgeprompt.h"
#include "judge/pydanticjson.h"

#include <map>

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace evalbench {

// The judge prompts built into EvalBench (resources under :/evalbench/prompts/<lang>/),
// rendered into the text a judge receives with the same layout as RAGAS's prompts:
// instruction, output schema, few-shot examples, then the input.
// Read once; immutable afterwards, so any thread may use it.
class PromptLibrary
{
public:
    static const PromptLibrary& instance();

    bool has(const QString& name) const;
    QStringList names() const; // sorted
    // Files that could not be read, one line each ("zh/rubric_score.json: ..."); empty normally.
    QStringList loadErrors() const { return m_errors; }

    // The prompt in that language, or in English when it has no such translation; nullptr if unknown.
    const JudgePrompt* prompt(const QString& name, JudgeLanguage language) const;
    // The full prompt text, ending in "Output: ". Input fields follow the prompt's input_fields
    // order (others after them, as given); null values are left out. Empty for an unknown name.
    QString render(const QString& name, JudgeLanguage language, const PromptFields& input) const;
    // The reply's JSON Schema, as JudgeOutputParser::parse wants it (the same in every language).
    QJsonObject outputSchema(const QString& name) const;

private:
    // The fixed sentences around the schema and the input, per language (prompts/<lang>/_frame.json).
    struct Frame
    {
        QString schemaRequest; // followed by ":\n" and the schema
        QString quotingRule; // directly after the schema
        QString nowLine; // before the input
    };

    PromptLibrary();
    void loadLanguage(JudgeLanguage language);
    const Frame& frame(JudgeLanguage language) const;

    std::map<JudgeLanguage, std::map<QString, JudgePrompt>> m_prompts;
    std::map<JudgeLanguage, Frame> m_frames;
    QStringList m_errors;
};

} // namespace evalbench

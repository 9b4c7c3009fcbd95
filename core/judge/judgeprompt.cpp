// SPDX-License-Identifier: MIT
#include "judge/judgeprompt.h"

namespace evalbench {

std::optional<JudgePrompt> JudgePrompt::fromJson(const OrderedJson& file, QString* error)
{
    auto fail = [error](const QString& what) -> std::optional<JudgePrompt> {
        if (error)
            *error = what;
        return std::nullopt;
    };
    const OrderedJson* instruction = file.member(u"instruction");
    const OrderedJson* schema = file.member(u"output_schema");
    const OrderedJson* fields = file.member(u"input_fields");
    const OrderedJson* examples = file.member(u"examples");
    if (!instruction || !instruction->scalar().isString())
        return fail(QStringLiteral("\"instruction\" must be a string"));
    if (!schema || !schema->isObject())
        return fail(QStringLiteral("\"output_schema\" must be an object"));
    if (!fields || !fields->isArray())
        return fail(QStringLiteral("\"input_fields\" must be a list"));

    JudgePrompt prompt;
    prompt.instruction = instruction->scalar().toString();
    prompt.outputSchema = *schema;
    for (const OrderedJson& field : fields->items()) {
        if (!field.scalar().isString())
            return fail(QStringLiteral("\"input_fields\" must hold strings"));
        prompt.inputFields.append(field.scalar().toString());
    }
    if (examples) {
        if (!examples->isArray())
            return fail(QStringLiteral("\"examples\" must be a list"));
        for (const OrderedJson& example : examples->items()) {
            const OrderedJson* input = example.member(u"input");
            const OrderedJson* output = example.member(u"output");
            if (!input || !input->isObject() || !output || !output->isObject())
                return fail(QStringLiteral("each example needs \"input\" and \"output\" objects"));
            prompt.examples.append({ *input, *output });
        }
    }
    return prompt;
}

} // namespace evalbench

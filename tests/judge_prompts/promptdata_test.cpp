// SPDX-License-Identifier: MIT
// The prompt files are data: check every one is complete and that its own examples are replies its parser accepts.
#include "judge/judgeoutputparser.h"
#include "judge/promptlibrary.h"

#include <gtest/gtest.h>

#include <QJsonObject>

using namespace evalbench;

namespace {

const QStringList& promptNames()
{
    static const QStringList names { QStringLiteral("statement_generator"), QStringLiteral("nli_statement"),
        QStringLiteral("response_relevance"), QStringLiteral("context_precision"), QStringLiteral("context_recall"),
        QStringLiteral("correctness_classifier"), QStringLiteral("fix_output"), QStringLiteral("rubric_steps"),
        QStringLiteral("rubric_score"), QStringLiteral("hallucination"), QStringLiteral("optimization_advice") };
    return names;
}

QStringList keys(const OrderedJson& object)
{
    QStringList out;
    for (const auto& member : object.members())
        out.append(member.first);
    return out;
}

class PromptData : public ::testing::TestWithParam<JudgeLanguage>
{
};

} // namespace

TEST(PromptLibrary, LoadsEveryFile)
{
    EXPECT_TRUE(PromptLibrary::instance().loadErrors().isEmpty())
        << PromptLibrary::instance().loadErrors().join(u'\n').toStdString();
    QStringList expected = promptNames();
    expected.sort();
    EXPECT_EQ(PromptLibrary::instance().names(), expected);
}

TEST_P(PromptData, EveryPromptRendersAndItsExamplesValidate)
{
    const JudgeLanguage language = GetParam();
    const PromptLibrary& library = PromptLibrary::instance();
    for (const QString& name : promptNames()) {
        SCOPED_TRACE(name.toStdString());
        ASSERT_TRUE(library.has(name));
        const JudgePrompt* prompt = library.prompt(name, language);
        ASSERT_NE(prompt, nullptr);
        // Really translated, not the English fallback.
        EXPECT_EQ(detectJudgeLanguage(prompt->instruction), language);
        EXPECT_FALSE(prompt->inputFields.isEmpty());

        PromptFields input;
        for (const QString& field : prompt->inputFields)
            input.append({ field, QStringLiteral("x") });
        const QString rendered = library.render(name, language, input);
        EXPECT_TRUE(rendered.startsWith(prompt->instruction + u'\n'));
        EXPECT_TRUE(rendered.endsWith(QStringLiteral("}\nOutput: ")));
        EXPECT_EQ(rendered.contains(QStringLiteral("--------EXAMPLES-----------")), !prompt->examples.isEmpty());

        // The schema is the same in both languages except for descriptions: the parser uses the English one.
        const QJsonObject schema = library.outputSchema(name);
        ASSERT_EQ(schema.value(u"type").toString(), QStringLiteral("object"));
        const OrderedJson* properties = prompt->outputSchema.member(u"properties");
        ASSERT_NE(properties, nullptr);
        EXPECT_EQ(
            keys(*properties), keys(*library.prompt(name, JudgeLanguage::English)->outputSchema.member(u"properties")));

        for (qsizetype i = 0; i < prompt->examples.size(); ++i) {
            SCOPED_TRACE(i);
            const JudgePrompt::Example& example = prompt->examples[i];
            EXPECT_EQ(keys(example.input), prompt->inputFields);
            EXPECT_EQ(keys(example.output), keys(*properties));
            const auto parsed = JudgeOutputParser::parse(schema, PydanticJson::indented(example.output));
            EXPECT_TRUE(parsed.value) << parsed.error.toStdString();
            if (parsed.value) {
                EXPECT_EQ(*parsed.value, example.output.toJsonValue().toObject()); // nothing needed coercion
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(BothLanguages, PromptData, ::testing::Values(JudgeLanguage::English, JudgeLanguage::Chinese),
    [](const auto& info) { return judgeLanguageName(info.param).toStdString(); });

TEST(PromptLibrary, ChinesePromptsAskForChinese)
{
    const PromptLibrary& library = PromptLibrary::instance();
    EXPECT_TRUE(library.prompt(QStringLiteral("response_relevance"), JudgeLanguage::Chinese)
                    ->instruction.contains(QStringLiteral("相同的语言")));
    for (const QString& name : { QStringLiteral("nli_statement"), QStringLiteral("rubric_score") })
        EXPECT_TRUE(library.prompt(name, JudgeLanguage::Chinese)->instruction.contains(QStringLiteral("中文")));
}

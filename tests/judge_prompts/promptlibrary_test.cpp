// SPDX-License-Identifier: MIT
#include "judge/promptlibrary.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>

using namespace evalbench;

namespace {

const PromptLibrary& library()
{
    return PromptLibrary::instance();
}

PromptFields questionAnswer(const QString& question, const QString& answer)
{
    return { { QStringLiteral("question"), question }, { QStringLiteral("answer"), answer } };
}

} // namespace

// The whole text, byte for byte: the layout of RAGAS's PydanticPrompt.to_string with EvalBench's sentences.
TEST(PromptLibrary, StatementGeneratorGolden)
{
    const QString expected = QStringLiteral(
        "Break the answer to the question into short statements that each state one fact. Go through the answer "
        "sentence by sentence; one sentence can give one or several statements. Every statement must be "
        "understandable on its own, so write out the names that pronouns and other references stand for. Do not add "
        "anything the answer does not say.\n"
        "Reply with JSON only, valid against this JSON Schema:\n"
        "{\"properties\": {\"statements\": {\"description\": \"The statements, each one self-contained\", \"items\": "
        "{\"type\": \"string\"}, \"title\": \"Statements\", \"type\": \"array\"}}, \"required\": [\"statements\"], "
        "\"title\": \"StatementGeneratorOutput\", \"type\": \"object\"}"
        "Put every key and string in double quotes, never single quotes, and escape quotes and backslashes inside "
        "strings with a backslash.\n"
        "\n--------EXAMPLES-----------\n"
        "Example 1\n"
        "Input: {\n"
        "    \"question\": \"Who designed the Sydney Opera House and when did it open?\",\n"
        "    \"answer\": \"The Sydney Opera House was designed by the Danish architect Jørn Utzon. It opened in 1973, "
        "several years after he had left the project.\"\n"
        "}\n"
        "Output: {\n"
        "    \"statements\": [\n"
        "        \"The Sydney Opera House was designed by Jørn Utzon.\",\n"
        "        \"Jørn Utzon was a Danish architect.\",\n"
        "        \"The Sydney Opera House opened in 1973.\",\n"
        "        \"Jørn Utzon left the Sydney Opera House project several years before it opened.\"\n"
        "    ]\n"
        "}\n"
        "-----------------------------\n"
        "\nNow perform the same with the following input\n"
        "input: {\n"
        "    \"question\": \"Who wrote \\\"Dune\\\"?\",\n"
        "    \"answer\": \"Frank Herbert.\"\n"
        "}\n"
        "Output: ");
    const QString rendered = library().render(QStringLiteral("statement_generator"), JudgeLanguage::English,
        questionAnswer(QStringLiteral("Who wrote \"Dune\"?"), QStringLiteral("Frank Herbert.")));
    EXPECT_EQ(rendered, expected);
}

TEST(PromptLibrary, OmitsNullInputFields)
{
    const PromptFields input { { QStringLiteral("criteria"), QStringLiteral("Be brief.") },
        { QStringLiteral("question"), QStringLiteral("Why?") }, { QStringLiteral("answer"), QStringLiteral("So.") },
        { QStringLiteral("steps"), QJsonArray { QStringLiteral("Read it.") } },
        { QStringLiteral("contexts"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("ground_truth"), QJsonValue(QJsonValue::Null) } };
    const QString rendered = library().render(QStringLiteral("rubric_score"), JudgeLanguage::English, input);
    const QString tail = rendered.mid(rendered.lastIndexOf(QStringLiteral("input: ")));
    EXPECT_EQ(tail,
        QStringLiteral("input: {\n"
                       "    \"criteria\": \"Be brief.\",\n"
                       "    \"steps\": [\n"
                       "        \"Read it.\"\n"
                       "    ],\n"
                       "    \"question\": \"Why?\",\n"
                       "    \"answer\": \"So.\"\n"
                       "}\n"
                       "Output: "));
}

TEST(PromptLibrary, InputFollowsThePromptsFieldOrder)
{
    // Given answer first and with an extra field: the prompt's order wins, extras come last.
    const PromptFields input { { QStringLiteral("extra"), 1 }, { QStringLiteral("answer"), QStringLiteral("A") },
        { QStringLiteral("question"), QStringLiteral("Q") } };
    const QString rendered = library().render(QStringLiteral("statement_generator"), JudgeLanguage::English, input);
    EXPECT_TRUE(rendered.endsWith(
        QStringLiteral("input: {\n    \"question\": \"Q\",\n    \"answer\": \"A\",\n    \"extra\": 1\n}\nOutput: ")));
}

TEST(PromptLibrary, ChineseIsWrittenRawAndFramedInChinese)
{
    const QString rendered = library().render(QStringLiteral("response_relevance"), JudgeLanguage::Chinese,
        { { QStringLiteral("response"), QStringLiteral("长城位于中国北方。") } });
    EXPECT_TRUE(rendered.contains(QStringLiteral("\"response\": \"长城位于中国北方。\""))) << rendered.toStdString();
    EXPECT_FALSE(rendered.contains(QStringLiteral("\\u")));
    EXPECT_TRUE(rendered.contains(QStringLiteral("\n--------EXAMPLES-----------\nExample 1\nInput: {\n")));
    EXPECT_TRUE(rendered.contains(
        QStringLiteral("\n-----------------------------\n\n现在请对以下输入完成同样的任务\ninput: {")));
    EXPECT_TRUE(rendered.contains(QStringLiteral("只输出 JSON，且必须符合以下 JSON Schema:\n{")));
    EXPECT_TRUE(rendered.endsWith(QStringLiteral("\nOutput: ")));
    EXPECT_EQ(detectJudgeLanguage(rendered), JudgeLanguage::Chinese);
}

TEST(PromptLibrary, EmptyListRendersAsBrackets)
{
    const PromptFields input { { QStringLiteral("question"), QStringLiteral("Q") },
        { QStringLiteral("answer"), QJsonArray {} }, { QStringLiteral("ground_truth"), QJsonArray {} } };
    const QString rendered = library().render(QStringLiteral("correctness_classifier"), JudgeLanguage::English, input);
    EXPECT_TRUE(rendered.endsWith(QStringLiteral(
        "input: {\n    \"question\": \"Q\",\n    \"answer\": [],\n    \"ground_truth\": []\n}\nOutput: ")));
    // The second example's empty TP list, as pydantic writes it.
    EXPECT_TRUE(rendered.contains(QStringLiteral("Output: {\n    \"TP\": [],\n    \"FP\": [\n")));
}

TEST(PromptLibrary, ExamplesKeepTheFilesKeyOrder)
{
    const QString rendered = library().render(QStringLiteral("nli_statement"), JudgeLanguage::English, {});
    // statement, reason, verdict: pydantic's field order, not alphabetical.
    EXPECT_TRUE(rendered.contains(QStringLiteral("        {\n            \"statement\": \"Maria Lopez works at the "
                                                 "University of Lisbon.\",\n            \"reason\": ")));
    EXPECT_TRUE(rendered.contains(QStringLiteral("\"properties\": {\"statement\": {")));
    EXPECT_TRUE(rendered.contains(QStringLiteral("\nExample 2\nInput: {\n    \"context\": ")));
    EXPECT_TRUE(rendered.contains(QStringLiteral("\n\nExample 2\n")));
}

TEST(PromptLibrary, NoExamplesNoExampleBlock)
{
    const QString rendered = library().render(QStringLiteral("fix_output"), JudgeLanguage::English,
        { { QStringLiteral("output_string"), QStringLiteral("{bad") },
            { QStringLiteral("prompt_value"), QStringLiteral("P") } });
    EXPECT_FALSE(rendered.contains(QStringLiteral("EXAMPLES")));
    EXPECT_TRUE(rendered.contains(QStringLiteral("backslash.\n\n-----------------------------\n\nNow perform")));
}

TEST(PromptLibrary, UnknownPromptRendersNothing)
{
    EXPECT_FALSE(library().has(QStringLiteral("no_such_prompt")));
    EXPECT_TRUE(library().render(QStringLiteral("no_such_prompt"), JudgeLanguage::English, {}).isEmpty());
    EXPECT_TRUE(library().outputSchema(QStringLiteral("no_such_prompt")).isEmpty());
    EXPECT_EQ(library().prompt(QStringLiteral("no_such_prompt"), JudgeLanguage::Chinese), nullptr);
}

TEST(PromptLibrary, OutputSchemaIsTheFilesSchema)
{
    const QJsonObject schema = library().outputSchema(QStringLiteral("hallucination"));
    EXPECT_EQ(schema.value(u"required").toArray(), QJsonArray { QStringLiteral("verdicts") });
    EXPECT_EQ(schema.value(u"$defs").toObject().value(u"ContextVerdict").toObject().value(u"required").toArray(),
        (QJsonArray { QStringLiteral("context_index"), QStringLiteral("verdict"), QStringLiteral("reason") }));
}

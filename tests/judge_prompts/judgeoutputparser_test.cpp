// SPDX-License-Identifier: MIT
#include "judge/judgeoutputparser.h"
#include "judge/promptlibrary.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace evalbench;

namespace {

QString extract(const QString& text)
{
    return JudgeOutputParser::extractJson(text);
}

QJsonObject schema(const char* name)
{
    return PromptLibrary::instance().outputSchema(QString::fromLatin1(name));
}

JudgeOutputParser::ParsedOutput parse(const char* name, const QString& text)
{
    return JudgeOutputParser::parse(schema(name), text);
}

} // namespace

TEST(ExtractJson, StartsAtTheJsonFence)
{
    EXPECT_EQ(extract(QStringLiteral("Sure {not this}\n```json\n{\"a\": [1]}\n```")), QStringLiteral("{\"a\": [1]}"));
}

TEST(ExtractJson, SkipsLeadingProse)
{
    EXPECT_EQ(extract(QStringLiteral("Here you go: {\"a\": 1} Hope it helps {x}")), QStringLiteral("{\"a\": 1}"));
    EXPECT_EQ(extract(QStringLiteral("list: [1, [2, 3]] and {\"a\": 1}")), QStringLiteral("[1, [2, 3]]"));
}

TEST(ExtractJson, Nested)
{
    EXPECT_EQ(extract(QStringLiteral("{\"a\": {\"b\": {\"c\": []}}, \"d\": 2}tail")),
        QStringLiteral("{\"a\": {\"b\": {\"c\": []}}, \"d\": 2}"));
}

TEST(ExtractJson, UnbalancedOrNoneGivesTheText)
{
    EXPECT_EQ(extract(QStringLiteral("{\"a\": {\"b\": 1}")), QStringLiteral("{\"a\": {\"b\": 1}"));
    EXPECT_EQ(extract(QStringLiteral("no json here")), QStringLiteral("no json here"));
    // From the fence on, as RAGAS returns it.
    EXPECT_EQ(extract(QStringLiteral("intro ```json {\"a\": ")), QStringLiteral("```json {\"a\": "));
}

TEST(ExtractJson, BracketsInsideStringsCount)
{
    // Only braces are counted (the first bracket is "{"), strings are not skipped: the "}" in the
    // string closes the object early, as in RAGAS.
    EXPECT_EQ(extract(QStringLiteral("{\"a\": \"x}\", \"b\": 1}")), QStringLiteral("{\"a\": \"x}"));
    // "]" inside an object is ignored: only "{" / "}" count.
    EXPECT_EQ(extract(QStringLiteral("{\"a\": \"]]\"}")), QStringLiteral("{\"a\": \"]]\"}"));
}

TEST(ParseJudgeOutput, Valid)
{
    const auto parsed =
        parse("context_precision", QStringLiteral("```json\n{\"reason\": \"ok\", \"verdict\": 1}\n```"));
    ASSERT_TRUE(parsed.value) << parsed.error.toStdString();
    EXPECT_EQ(parsed.value->value(u"verdict").toInt(), 1);
    EXPECT_TRUE(parsed.error.isEmpty());
}

TEST(ParseJudgeOutput, CoercesLikePydanticLaxMode)
{
    const auto parsed = parse("nli_statement",
        QStringLiteral("{\"statements\": [{\"statement\": 42, \"reason\": \"r\", \"verdict\": \"1\"},"
                       " {\"statement\": \"s\", \"reason\": \"r\", \"verdict\": true, \"extra\": 9},"
                       " {\"statement\": \"s\", \"reason\": \"r\", \"verdict\": 0.0}]}"));
    ASSERT_TRUE(parsed.value) << parsed.error.toStdString();
    const QJsonArray items = parsed.value->value(u"statements").toArray();
    ASSERT_EQ(items.size(), 3);
    EXPECT_EQ(items[0].toObject().value(u"verdict"), QJsonValue(1));
    EXPECT_EQ(items[0].toObject().value(u"statement"), QJsonValue(QStringLiteral("42")));
    EXPECT_EQ(items[1].toObject().value(u"verdict"), QJsonValue(1));
    EXPECT_FALSE(items[1].toObject().contains(u"extra"));
    EXPECT_EQ(items[2].toObject().value(u"verdict"), QJsonValue(0));
}

TEST(ParseJudgeOutput, MissingRequiredNamesThePath)
{
    const auto parsed = parse("nli_statement",
        QStringLiteral("{\"statements\": [{\"statement\": \"s\", \"reason\": \"r\", \"verdict\": 1},"
                       " {\"statement\": \"s\", \"verdict\": 1}]}"));
    EXPECT_FALSE(parsed.value);
    EXPECT_EQ(parsed.error, QStringLiteral("statements[1].reason: required field missing"));
    EXPECT_EQ(parse("response_relevance", QStringLiteral("{\"question\": \"q\"}")).error,
        QStringLiteral("noncommittal: required field missing"));
}

TEST(ParseJudgeOutput, WrongTypeNamesPathAndType)
{
    const auto parsed = parse("nli_statement",
        QStringLiteral("{\"statements\": [{\"statement\": \"a\", \"reason\": \"r\", \"verdict\": 1},"
                       " {\"statement\": \"b\", \"reason\": \"r\", \"verdict\": 0},"
                       " {\"statement\": \"c\", \"reason\": \"r\", \"verdict\": \"yes\"}]}"));
    EXPECT_FALSE(parsed.value);
    EXPECT_EQ(parsed.error, QStringLiteral("statements[2].verdict: expected an integer, got \"yes\""));
    EXPECT_EQ(parse("context_precision", QStringLiteral("{\"reason\": [], \"verdict\": 1.5}")).error,
        QStringLiteral("reason: expected a string, got a list"));
    EXPECT_EQ(parse("context_precision", QStringLiteral("{\"reason\": \"r\", \"verdict\": 1.5}")).error,
        QStringLiteral("verdict: expected an integer, got 1.5"));
    EXPECT_EQ(parse("statement_generator", QStringLiteral("{\"statements\": \"one\"}")).error,
        QStringLiteral("statements: expected a list, got \"one\""));
    EXPECT_EQ(parse("rubric_score", QStringLiteral("{\"reason\": \"r\", \"score\": 7}")).error,
        QStringLiteral("score: expected at most 5, got 7"));
}

TEST(ParseJudgeOutput, AcceptsABareListForASingleListObject)
{
    const auto parsed = parse("statement_generator", QStringLiteral("[\"a\", \"b\"]"));
    ASSERT_TRUE(parsed.value) << parsed.error.toStdString();
    EXPECT_EQ(parsed.value->value(u"statements").toArray().size(), 2);
    // TP/FP/FN has three lists: a bare list is ambiguous and refused.
    EXPECT_FALSE(parse("correctness_classifier", QStringLiteral("[]")).value);
}

TEST(ParseJudgeOutput, GarbageIsAnError)
{
    const auto parsed = parse("statement_generator", QStringLiteral("I cannot help with that."));
    EXPECT_FALSE(parsed.value);
    EXPECT_TRUE(parsed.error.startsWith(QStringLiteral("not valid JSON at byte "))) << parsed.error.toStdString();
    EXPECT_FALSE(parse("statement_generator", QStringLiteral("{\"statements\": [\"a\",]}")).value);
    EXPECT_FALSE(parse("statement_generator", QString()).value);
}

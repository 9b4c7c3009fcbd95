// SPDX-License-Identifier: MIT
#include "judge/pydanticjson.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>

using namespace evalbench;

namespace {

OrderedJson parsed(QStringView text)
{
    auto json = OrderedJson::parse(text);
    EXPECT_TRUE(json);
    return json.value_or(OrderedJson());
}

} // namespace

TEST(PydanticJson, IndentsLikeModelDumpJson)
{
    const QString expected = QStringLiteral("{\n"
                                            "    \"name\": \"x\",\n"
                                            "    \"items\": [\n"
                                            "        1,\n"
                                            "        {\n"
                                            "            \"z\": true,\n"
                                            "            \"a\": null\n"
                                            "        }\n"
                                            "    ],\n"
                                            "    \"empty_list\": [],\n"
                                            "    \"empty_object\": {}\n"
                                            "}");
    EXPECT_EQ(PydanticJson::indented(parsed(
                  u"{\"name\":\"x\",\"items\":[1,{\"z\":true,\"a\":null}],\"empty_list\":[],\"empty_object\":{}}")),
        expected);
}

TEST(PydanticJson, OmitsNullMembersWhenAsked)
{
    const PromptFields fields { { QStringLiteral("b"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("a"), QStringLiteral("kept") } };
    EXPECT_EQ(
        PydanticJson::indented(fields, PydanticJson::NullMembers::Omit), QStringLiteral("{\n    \"a\": \"kept\"\n}"));
    EXPECT_EQ(PydanticJson::indented(fields), QStringLiteral("{\n    \"b\": null,\n    \"a\": \"kept\"\n}"));
    EXPECT_EQ(PydanticJson::indented(PromptFields {}), QStringLiteral("{}"));
}

TEST(PydanticJson, EscapesStringsLikeJson)
{
    EXPECT_EQ(
        PydanticJson::quoted(QStringLiteral("a\"b\\c\nd\te\x01/")), QStringLiteral("\"a\\\"b\\\\c\\nd\\te\\u0001/\""));
    EXPECT_EQ(PydanticJson::quoted(QStringLiteral("中文 Jørn")), QStringLiteral("\"中文 Jørn\""));
    EXPECT_EQ(
        PydanticJson::quoted(QStringLiteral("中"), PydanticJson::NonAscii::Escaped), QStringLiteral("\"\\u4e2d\""));
}

TEST(PydanticJson, WritesNumbersShortest)
{
    EXPECT_EQ(PydanticJson::number(1.0), QStringLiteral("1"));
    EXPECT_EQ(PydanticJson::number(-3.0), QStringLiteral("-3"));
    EXPECT_EQ(PydanticJson::number(0.1), QStringLiteral("0.1"));
    EXPECT_EQ(PydanticJson::number(0.8333333332916666), QStringLiteral("0.8333333332916666"));
    EXPECT_EQ(PydanticJson::number(2.5e-7).toDouble(), 2.5e-7);
    EXPECT_EQ(PydanticJson::number(qQNaN()), QStringLiteral("null"));
}

TEST(PydanticJson, CompactUsesPythonSeparators)
{
    EXPECT_EQ(
        PydanticJson::compact(parsed(u"{\"b\":[1,\"x\"],\"a\":{}}")), QStringLiteral("{\"b\": [1, \"x\"], \"a\": {}}"));
}

// SPDX-License-Identifier: MIT
#include "judge/orderedjson.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonObject>

using namespace evalbench;

TEST(OrderedJson, KeepsMemberOrder)
{
    const auto json = OrderedJson::parse(u"{\"zeta\": 1, \"alpha\": {\"b\": true, \"a\": null}, \"mid\": [1, \"x\"]}");
    ASSERT_TRUE(json);
    ASSERT_TRUE(json->isObject());
    ASSERT_EQ(json->members().size(), 3u);
    EXPECT_EQ(json->members()[0].first, QStringLiteral("zeta"));
    EXPECT_EQ(json->members()[1].first, QStringLiteral("alpha"));
    EXPECT_EQ(json->members()[1].second.members()[0].first, QStringLiteral("b"));
    EXPECT_TRUE(json->member(u"alpha")->member(u"a")->isNull());
    ASSERT_TRUE(json->member(u"mid")->isArray());
    EXPECT_EQ(json->member(u"mid")->items()[1].scalar().toString(), QStringLiteral("x"));
    EXPECT_EQ(json->member(u"nope"), nullptr);
}

TEST(OrderedJson, DecodesEscapesAndSurrogatePairs)
{
    const auto json = OrderedJson::parse(u"[\"a\\\"b\\\\c\\n\\u4e2d\\ud83d\\ude00/\"]");
    ASSERT_TRUE(json);
    EXPECT_EQ(json->items()[0].scalar().toString(), QStringLiteral("a\"b\\c\n中😀/"));
}

TEST(OrderedJson, ReportsErrorsWithOffset)
{
    QString error;
    EXPECT_FALSE(OrderedJson::parse(u"{\"a\": 1,}", &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("offset 8:"))) << error.toStdString();
    EXPECT_FALSE(OrderedJson::parse(u"[1] x", &error));
    EXPECT_FALSE(OrderedJson::parse(u"\"open", &error));
    EXPECT_FALSE(OrderedJson::parse(u"01x", &error));
    EXPECT_FALSE(OrderedJson::parse(QString(1000, u'[')));
}

TEST(OrderedJson, ConvertsToAndFromQtJson)
{
    const auto json = OrderedJson::parse(u"{\"b\": [1, 2.5], \"a\": \"x\"}");
    ASSERT_TRUE(json);
    const QJsonObject object = json->toJsonValue().toObject();
    EXPECT_EQ(object.value(u"a").toString(), QStringLiteral("x"));
    EXPECT_EQ(object.value(u"b").toArray().at(1).toDouble(), 2.5);
    const OrderedJson back(object);
    EXPECT_EQ(back.members()[0].first, QStringLiteral("a")); // QJsonObject order: alphabetical
}

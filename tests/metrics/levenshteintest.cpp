// SPDX-License-Identifier: MIT
#include "metrics/levenshtein.h"

#include "metrics/unicodetext.h"
#include "metricstesthelpers.h"

#include <gtest/gtest.h>
#include <random>

#include <QJsonArray>

using namespace evalbench;

namespace {

size_t distance(const QString& a, const QString& b)
{
    return Levenshtein::distance(unicodetext::toCodePoints(a), unicodetext::toCodePoints(b));
}

double similarity(const QString& a, const QString& b)
{
    return Levenshtein::similarity(unicodetext::toCodePoints(a), unicodetext::toCodePoints(b));
}

} // namespace

TEST(Levenshtein, GoldenKittenSitting)
{
    EXPECT_EQ(distance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3u);
    EXPECT_EQ(similarity(QStringLiteral("kitten"), QStringLiteral("sitting")), 0.5714285714285714);
}

TEST(Levenshtein, GoldenEiffel)
{
    EXPECT_EQ(similarity(QStringLiteral("The Eiffel Tower is located in Paris."),
                  QStringLiteral("The Eiffel Tower is located in India.")),
        0.8918918918918919);
}

TEST(Levenshtein, EmptyStrings)
{
    EXPECT_EQ(similarity(QString(), QString()), 1.0);
    EXPECT_EQ(similarity(QString(), QStringLiteral("abc")), 0.0);
    EXPECT_EQ(distance(QStringLiteral("abcd"), QString()), 4u);
}

TEST(Levenshtein, CountsCodePointsNotUtf16Units)
{
    // 😀 and 𠀀 are two UTF-16 units each but one code point.
    EXPECT_EQ(distance(QStringLiteral("a😀b"), QStringLiteral("a😁b")), 1u);
    EXPECT_EQ(distance(QStringLiteral("𠀀"), QString()), 1u);
    EXPECT_EQ(similarity(QStringLiteral("😀😀"), QStringLiteral("😀")), 0.5);
    EXPECT_EQ(distance(QStringLiteral("北京"), QStringLiteral("南京")), 1u);
}

TEST(Levenshtein, MatchesDynamicProgrammeOnRandomStrings)
{
    std::mt19937 rng(7);
    const std::u32string alphabet = U"abcde 北京😀";
    for (int round = 0; round < 300; ++round) {
        std::uniform_int_distribution<size_t> lengthDist(0, round < 100 ? 70 : 400);
        std::u32string a;
        std::u32string b;
        const size_t la = lengthDist(rng);
        const size_t lb = lengthDist(rng);
        for (size_t i = 0; i < la; ++i)
            a.push_back(alphabet[rng() % alphabet.size()]);
        for (size_t i = 0; i < lb; ++i)
            b.push_back(alphabet[rng() % alphabet.size()]);
        if (round % 3 == 0)
            b = a.substr(0, a.size() / 2) + U"xy" + a.substr(a.size() / 2); // near-identical pairs
        ASSERT_EQ(Levenshtein::distance(a, b), Levenshtein::distanceReference(a, b)) << "round " << round;
        ASSERT_EQ(Levenshtein::distance(b, a), Levenshtein::distanceReference(a, b)) << "round " << round;
    }
}

TEST(Levenshtein, MatchesNltkEditDistanceAcrossWordBoundaries)
{
    const QJsonArray cases = metricstest::referenceData().value(QStringLiteral("levenshtein_cases")).toArray();
    ASSERT_GE(cases.size(), 9);
    for (const auto& value : cases) {
        const QJsonObject c = value.toObject();
        EXPECT_EQ(distance(c.value(QStringLiteral("a")).toString(), c.value(QStringLiteral("b")).toString()),
            size_t(c.value(QStringLiteral("distance")).toInt()))
            << c.value(QStringLiteral("a")).toString().size();
    }
}

TEST(Levenshtein, BatchedDistancesMatchDynamicProgramme)
{
    std::mt19937 rng(11);
    const std::u32string alphabet = U"abcdef ghij北京😀";
    for (int round = 0; round < 60; ++round) {
        const auto randomText = [&](size_t length) {
            std::u32string s;
            for (size_t i = 0; i < length; ++i)
                s.push_back(alphabet[rng() % alphabet.size()]);
            return s;
        };
        const std::u32string text = randomText(rng() % 600);
        std::vector<std::u32string> patterns;
        const size_t count = 1 + rng() % 7; // more than one vector of lanes
        for (size_t p = 0; p < count; ++p) {
            if (p == 2)
                patterns.push_back(text); // equal pair
            else if (p == 3)
                patterns.push_back(text.substr(0, text.size() / 3) + U"zz" + text.substr(text.size() / 2));
            else
                patterns.push_back(randomText(rng() % 600));
        }
        std::vector<std::u32string_view> views(patterns.begin(), patterns.end());
        std::vector<size_t> out(count);
        Levenshtein::distances(text, views.data(), count, out.data());
        for (size_t p = 0; p < count; ++p)
            ASSERT_EQ(out[p], Levenshtein::distanceReference(text, patterns[p])) << "round " << round << " lane " << p;
    }
}

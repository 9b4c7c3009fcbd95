// SPDX-License-Identifier: MIT
#include "metrics/rougetokenizer.h"
#include "metrics/squadtokenizer.h"
#include "metrics/tokenizer13a.h"
#include "metrics/unicodetext.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace evalbench;

namespace {

std::vector<std::u32string> tokens13a(const QString& text, bool splitCjk)
{
    TokenList out;
    Tokenizer13a::tokenize(unicodetext::toCodePoints(text), splitCjk, out);
    return out.toVector();
}

std::vector<std::u32string> rougeTokens(const QString& text, bool compat)
{
    TokenList out;
    RougeTokenizer::tokenize(unicodetext::toCodePoints(text), compat, out);
    return out.toVector();
}

std::vector<std::u32string> squadTokens(const QString& text)
{
    TokenList out;
    SquadTokenizer::tokenize(unicodetext::toCodePoints(text), out);
    return out.toVector();
}

using V = std::vector<std::u32string>;

} // namespace

TEST(Tokenizer13a, SplitsPunctuationButKeepsNumbers)
{
    EXPECT_EQ(tokens13a(QStringLiteral("Hello, world! 3.14 costs $5."), false),
        (V { U"Hello", U",", U"world", U"!", U"3.14", U"costs", U"$", U"5", U"." }));
    EXPECT_EQ(tokens13a(QStringLiteral("2023-2024 e-mail"), false), (V { U"2023", U"-", U"2024", U"e-mail" }));
    EXPECT_EQ(tokens13a(QStringLiteral("don't"), false), (V { U"don't" }));
}

TEST(Tokenizer13a, UnescapesAndDropsMarkup)
{
    EXPECT_EQ(tokens13a(QStringLiteral("a &amp; b &lt;c&gt; <skipped>hy-\nphen\nx"), false),
        (V { U"a", U"&", U"b", U"<", U"c", U">", U"hyphen", U"x" }));
    EXPECT_EQ(tokens13a(QStringLiteral("&amp;quot;"), false), (V { U"&", U"quot", U";" }));
}

TEST(Tokenizer13a, CjkSplitOnlyWhenAsked)
{
    EXPECT_EQ(tokens13a(QStringLiteral("北京是China的"), false), (V { U"北京是China的" }));
    EXPECT_EQ(tokens13a(QStringLiteral("北京是China的"), true), (V { U"北", U"京", U"是", U"China", U"的" }));
    EXPECT_EQ(tokens13a(QStringLiteral("𠀀𠀁"), true), (V { U"𠀀", U"𠀁" }));
    EXPECT_TRUE(tokens13a(QStringLiteral("  \n "), true).empty());
}

TEST(RougeTokenizer, CompatDropsNonAsciiAndStems)
{
    EXPECT_EQ(rougeTokens(QStringLiteral("The cats were RUNNING, aren't they?"), true),
        (V { U"the", U"cat", U"were", U"run", U"aren", U"t", U"they" }));
    EXPECT_TRUE(rougeTokens(QStringLiteral("北京是中国的首都"), true).empty());
    EXPECT_EQ(rougeTokens(QStringLiteral("Café"), true), (V { U"caf" }));
    // Python's lower(): the Kelvin sign becomes k, İ becomes i + a combining dot.
    EXPECT_EQ(rougeTokens(QStringLiteral("\u212A \u0130x"), true), (V { U"k", U"i", U"x" }));
}

TEST(RougeTokenizer, DefaultKeepsEveryScript)
{
    EXPECT_EQ(rougeTokens(QStringLiteral("北京 Café RUNNING"), false), (V { U"北", U"京", U"café", U"run" }));
    EXPECT_EQ(rougeTokens(QStringLiteral("Straße naïve"), false), (V { U"straße", U"naïve" }));
    EXPECT_EQ(rougeTokens(QStringLiteral("😀 ok"), false), (V { U"ok" }));
}

TEST(SquadTokenizer, NormalisesLikeSquad)
{
    EXPECT_EQ(squadTokens(QStringLiteral("The  Cat's hat, an apple!")), (V { U"cats", U"hat", U"apple" }));
    EXPECT_EQ(squadTokens(QStringLiteral("北京，上海。")), (V { U"北", U"京", U"上", U"海" }));
    EXPECT_EQ(squadTokens(QStringLiteral("Ａ！b")), (V { U"ａb" }));
    EXPECT_TRUE(squadTokens(QStringLiteral("the a an ...")).empty());
}

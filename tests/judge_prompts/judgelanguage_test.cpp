// SPDX-License-Identifier: MIT
#include "judge/judgelanguage.h"

#include <gtest/gtest.h>

using namespace evalbench;

TEST(JudgeLanguage, DetectsChinese)
{
    EXPECT_EQ(detectJudgeLanguage(u"悉尼歌剧院是谁设计的？"), JudgeLanguage::Chinese);
    // Mostly English letters, but the ideographs are over a fifth of them.
    EXPECT_EQ(detectJudgeLanguage(u"如何配置 Qt Creator 的 CMake 项目"), JudgeLanguage::Chinese);
    EXPECT_EQ(detectJudgeLanguage(u"What is the capital of Australia?"), JudgeLanguage::English);
    EXPECT_EQ(detectJudgeLanguage(u"Please translate 你好 into English for me today"), JudgeLanguage::English);
    EXPECT_EQ(detectJudgeLanguage(u"1234 ?!"), JudgeLanguage::English);
    EXPECT_EQ(detectJudgeLanguage(u""), JudgeLanguage::English);
}

TEST(JudgeLanguage, NamesRoundTrip)
{
    EXPECT_EQ(judgeLanguageName(JudgeLanguage::English), QStringLiteral("en"));
    EXPECT_EQ(judgeLanguageName(JudgeLanguage::Chinese), QStringLiteral("zh"));
    EXPECT_EQ(judgeLanguageFromName(u"zh"), JudgeLanguage::Chinese);
    EXPECT_EQ(judgeLanguageFromName(u"zh-CN"), JudgeLanguage::Chinese);
    EXPECT_EQ(judgeLanguageFromName(u"ZH_Hans"), JudgeLanguage::Chinese);
    EXPECT_EQ(judgeLanguageFromName(u"en-US"), JudgeLanguage::English);
    EXPECT_FALSE(judgeLanguageFromName(u"fr"));
    EXPECT_FALSE(judgeLanguageFromName(u""));
}

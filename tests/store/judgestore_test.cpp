// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QTemporaryDir>

using namespace evalbench;

TEST(JudgeStore, ProfilesAreSavedReplacedAndDeletedWithUniqueNames)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("evalbench.sqlite"));
    StoreWriter writer(path);
    StoreReader reader(path);
    const QJsonObject settings { { QStringLiteral("model"), QStringLiteral("gpt-4o-mini") } };
    ASSERT_TRUE(writer.saveJudgeProfile({ QStringLiteral("p1"), QStringLiteral("openai"), settings }).result().ok());
    ASSERT_TRUE(writer.saveJudgeProfile({ QStringLiteral("p2"), QStringLiteral("local"), {} }).result().ok());

    const WriteResult clash = writer.saveJudgeProfile({ QStringLiteral("p3"), QStringLiteral("openai"), {} }).result();
    EXPECT_FALSE(clash.ok());
    EXPECT_NE(clash.error.indexOf(QStringLiteral("already exists")), -1) << clash.error.toStdString();

    // Saving the same id again renames it in place.
    ASSERT_TRUE(writer.saveJudgeProfile({ QStringLiteral("p1"), QStringLiteral("azure"), settings }).result().ok());
    QList<JudgeProfileRow> profiles = reader.judgeProfiles();
    ASSERT_EQ(profiles.size(), 2);
    EXPECT_EQ(profiles[0].name, QStringLiteral("azure"));
    EXPECT_EQ(profiles[0].profile, settings);

    ASSERT_TRUE(writer.deleteJudgeProfile(QStringLiteral("p1")).result().ok());
    profiles = reader.judgeProfiles();
    ASSERT_EQ(profiles.size(), 1);
    EXPECT_EQ(profiles[0].id, QStringLiteral("p2"));
}

TEST(JudgeStore, CachedAnswersKeepTheFirstAnswerForAHash)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("evalbench.sqlite"));
    StoreWriter writer(path);
    StoreReader reader(path);
    const QJsonObject first { { QStringLiteral("contents"), QJsonArray { QStringLiteral("{\"verdict\": 1}") } } };
    const QJsonObject second { { QStringLiteral("contents"), QJsonArray { QStringLiteral("other") } } };
    ASSERT_TRUE(writer.putJudgeAnswers({ { QStringLiteral("h1"), QStringLiteral("m"), first, 120, 7 } }).result().ok());
    ASSERT_TRUE(writer.putJudgeAnswers({ { QStringLiteral("h1"), QStringLiteral("m"), second, 1, 1 } }).result().ok());

    const std::optional<JudgeCacheRow> row = reader.judgeAnswer(QStringLiteral("h1"));
    ASSERT_TRUE(row.has_value());
    EXPECT_EQ(row->answer, first);
    EXPECT_EQ(row->promptTokens, 120);
    EXPECT_EQ(row->completionTokens, 7);
    EXPECT_FALSE(reader.judgeAnswer(QStringLiteral("h2")).has_value());
}

// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "jobs/apijobservice.h"
#include "judgeuitest.h"
#include "ui/apijudgeselector.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>

using namespace evalbench;

namespace {

class ApiJudgeSelectorTest : public JudgeUiTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(JudgeUiTest::SetUp());
        QSettings().remove(QStringLiteral("api/judgeProfile"));
        ASSERT_EQ(saveProfile(QStringLiteral("local qwen"), {}), QString());
        ASSERT_EQ(m_profiles->profiles().size(), 1);
        m_profileId = m_profiles->profiles().first().id;
        m_service = std::make_unique<ApiJobService>(*m_writer, *m_dataDir);
    }
    void TearDown() override
    {
        m_service.reset();
        QSettings().remove(QStringLiteral("api/judgeProfile"));
        JudgeUiTest::TearDown();
    }

    // The id applied by the next judgeApplied of `selector`.
    static QString nextApplied(ApiJudgeSelector& selector, const std::function<void()>& action)
    {
        QSignalSpy applied(&selector, &ApiJudgeSelector::judgeApplied);
        action();
        if (applied.isEmpty() && !applied.wait(10000))
            return QStringLiteral("<nothing applied>");
        return applied.last().at(0).toString();
    }

    QString m_profileId;
    std::unique_ptr<ApiJobService> m_service;
};

} // namespace

TEST_F(ApiJudgeSelectorTest, TheChosenProfileJudgesPostsWithItsKeyAndNoneTurnsItOff)
{
    ApiJudgeSelector selector(*m_profiles, *m_service);
    ASSERT_EQ(selector.combo()->count(), 2); // none, then the stored profile
    EXPECT_FALSE(m_service->hasJudge());

    EXPECT_EQ(nextApplied(selector, [&] { selector.combo()->setCurrentIndex(1); }), m_profileId);
    EXPECT_TRUE(m_service->hasJudge());
    EXPECT_EQ(selector.appliedProfileId(), m_profileId);
    EXPECT_TRUE(selector.note()->text().contains(QStringLiteral("qwen2.5:7b")));
    EXPECT_FALSE(selector.note()->text().contains(QStringLiteral("sk-stored"))); // the key is never shown

    EXPECT_EQ(nextApplied(selector, [&] { selector.combo()->setCurrentIndex(0); }), QString());
    EXPECT_FALSE(m_service->hasJudge());
}

TEST_F(ApiJudgeSelectorTest, TheChoiceIsRememberedAndADeletedProfileStopsJudging)
{
    {
        ApiJudgeSelector selector(*m_profiles, *m_service);
        EXPECT_EQ(nextApplied(selector, [&] { selector.combo()->setCurrentIndex(1); }), m_profileId);
    }
    m_service->setJudge(std::nullopt);

    // The key may be read before the constructor returns (the key file answers at once).
    auto selector = std::make_unique<ApiJudgeSelector>(*m_profiles, *m_service);
    QSignalSpy appliedSpy(selector.get(), &ApiJudgeSelector::judgeApplied);
    if (selector->appliedProfileId().isEmpty())
        ASSERT_TRUE(appliedSpy.wait(10000));
    const QString applied = selector->appliedProfileId();
    EXPECT_EQ(applied, m_profileId); // the next session starts with it
    EXPECT_TRUE(m_service->hasJudge());

    EXPECT_EQ(nextApplied(*selector, [&] { EXPECT_EQ(QCoro::waitFor(m_profiles->remove(m_profileId)), QString()); }),
        QString());
    EXPECT_FALSE(m_service->hasJudge());
    EXPECT_EQ(selector->combo()->count(), 1);
}

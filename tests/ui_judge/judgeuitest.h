// SPDX-License-Identifier: MIT
#pragma once

#include "common/enginetest.h"
#include "judge/apikeystore.h"
#include "judge/judgeprofilerepository.h"

#include <QCoro/QCoroTask>

// The engine on a temporary data directory plus the judge profiles, with the key
// file instead of the keychain (there is none in CI).
class JudgeUiTest : public EngineTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(EngineTest::SetUp());
        qunsetenv("EVALBENCH_JUDGE_API_KEY");
        m_keys = std::make_unique<evalbench::ApiKeyStore>(*m_dataDir, evalbench::ApiKeyStore::Backend::File);
        m_profiles = std::make_unique<evalbench::JudgeProfileRepository>(*m_writer, *m_keys);
    }
    void TearDown() override
    {
        m_profiles.reset();
        m_keys.reset();
        EngineTest::TearDown();
    }

    QString saveProfile(const QString& name, const QString& embeddingModel, double price = 0.0)
    {
        evalbench::JudgeProfile profile;
        profile.name = name;
        profile.baseUrl = QUrl(QStringLiteral("http://localhost:11434/v1"));
        profile.chatModel = QStringLiteral("qwen2.5:7b");
        profile.embeddingModel = embeddingModel;
        profile.pricePer1kInput = price;
        profile.pricePer1kOutput = price;
        return QCoro::waitFor(m_profiles->save(profile, QStringLiteral("sk-stored")));
    }

    std::unique_ptr<evalbench::ApiKeyStore> m_keys;
    std::unique_ptr<evalbench::JudgeProfileRepository> m_profiles;
};

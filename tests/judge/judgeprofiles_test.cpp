// SPDX-License-Identifier: MIT
#include "common/datadir.h"
#include "common/testprinters.h"
#include "judge/apikeystore.h"
#include "judge/judgeprofilerepository.h"
#include "store/connectionpool.h"
#include "store/storewriter.h"

#include <gtest/gtest.h>
#include <memory>

#include <QCoro/QCoroTask>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace evalbench;

namespace {

const auto kSecret = QStringLiteral("sk-test-0123456789abcdef-secret");

JudgeProfile sampleProfile(const QString& name)
{
    JudgeProfile profile;
    profile.name = name;
    profile.baseUrl = QUrl(QStringLiteral("http://localhost:11434/v1"));
    profile.chatModel = QStringLiteral("qwen2.5:7b");
    profile.embeddingModel = QStringLiteral("nomic-embed-text");
    return profile;
}

// A fresh data directory with the store and the key file fallback (no keychain in CI).
class JudgeProfilesTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        qunsetenv("EVALBENCH_JUDGE_API_KEY");
        m_dataDir = std::make_unique<DataDir>(m_dir.filePath(QStringLiteral("data")));
        ASSERT_TRUE(m_dataDir->ensureExists(nullptr));
        m_writer = std::make_unique<StoreWriter>(m_dataDir->databasePath());
        ASSERT_TRUE(m_writer->openError().isEmpty());
        m_keys = std::make_unique<ApiKeyStore>(*m_dataDir, ApiKeyStore::Backend::File);
        m_repository = std::make_unique<JudgeProfileRepository>(*m_writer, *m_keys);
    }
    void TearDown() override
    {
        qunsetenv("EVALBENCH_JUDGE_API_KEY");
        m_repository.reset();
        m_keys.reset();
        m_writer.reset();
        ConnectionPool::closeForCurrentThread(m_dataDir->databasePath());
    }

    QString save(const JudgeProfile& profile, std::optional<QString> key = std::nullopt)
    {
        return QCoro::waitFor(m_repository->save(profile, std::move(key)));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DataDir> m_dataDir;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<ApiKeyStore> m_keys;
    std::unique_ptr<JudgeProfileRepository> m_repository;
};

} // namespace

TEST_F(JudgeProfilesTest, SaveListFindRenameDelete)
{
    EXPECT_TRUE(m_repository->profiles().isEmpty());
    ASSERT_EQ(save(sampleProfile(QStringLiteral("local qwen"))), QString());
    ASSERT_EQ(save(sampleProfile(QStringLiteral("another"))), QString());

    const QList<JudgeProfile> listed = m_repository->profiles();
    ASSERT_EQ(listed.size(), 2);
    const auto found = m_repository->find(QStringLiteral("local qwen"));
    ASSERT_TRUE(found);
    EXPECT_FALSE(found->id.isEmpty()) << "a new profile gets an id";
    EXPECT_EQ(found->chatModel, QStringLiteral("qwen2.5:7b"));
    EXPECT_EQ(m_repository->find(found->id)->name, QStringLiteral("local qwen"));

    JudgeProfile renamed = *found;
    renamed.name = QStringLiteral("qwen on the laptop");
    ASSERT_EQ(save(renamed), QString());
    EXPECT_EQ(m_repository->profiles().size(), 2) << "saving an existing id replaces it";
    EXPECT_FALSE(m_repository->find(QStringLiteral("local qwen")));
    EXPECT_EQ(m_repository->find(QStringLiteral("qwen on the laptop"))->id, found->id);

    ASSERT_EQ(QCoro::waitFor(m_repository->remove(found->id)), QString());
    EXPECT_FALSE(m_repository->find(found->id));
    EXPECT_EQ(m_repository->profiles().size(), 1);
}

TEST_F(JudgeProfilesTest, ADuplicateNameIsRefusedWithAClearMessage)
{
    ASSERT_EQ(save(sampleProfile(QStringLiteral("gpt"))), QString());
    const QString error = save(sampleProfile(QStringLiteral("gpt")));
    EXPECT_TRUE(error.contains(QStringLiteral("already exists"))) << error.toStdString();
    EXPECT_EQ(m_repository->profiles().size(), 1);
}

TEST_F(JudgeProfilesTest, AnInvalidProfileIsRefusedNamingTheField)
{
    JudgeProfile profile = sampleProfile(QStringLiteral("bad"));
    profile.baseUrl = QUrl(QStringLiteral("ftp://example.com"));
    EXPECT_TRUE(save(profile).startsWith(QStringLiteral("base URL")));
    EXPECT_TRUE(m_repository->profiles().isEmpty());
}

TEST_F(JudgeProfilesTest, TheKeyRoundTripsAndIsNeverInTheProfileOrTheDatabase)
{
    JudgeProfile profile = sampleProfile(QStringLiteral("keyed"));
    profile.apiKey = QStringLiteral("ignored-inline-key");
    ASSERT_EQ(save(profile, kSecret), QString());
    const auto stored = m_repository->find(QStringLiteral("keyed"));
    ASSERT_TRUE(stored);
    EXPECT_TRUE(stored->apiKey.isEmpty());

    const KeyedJudgeProfile keyed = QCoro::waitFor(m_repository->withKey(*stored));
    EXPECT_EQ(keyed.profile.apiKey, kSecret);
    EXPECT_TRUE(keyed.error.isEmpty());
    EXPECT_TRUE(keyed.warning.contains(QStringLiteral("judge-keys.json"))) << "the file fallback is announced";
    EXPECT_FALSE(keyed.warning.contains(kSecret));

    // Editing without a new key keeps the stored one.
    JudgeProfile edited = *stored;
    edited.chatModel = QStringLiteral("llama3");
    ASSERT_EQ(save(edited), QString());
    EXPECT_EQ(QCoro::waitFor(m_repository->withKey(edited)).profile.apiKey, kSecret);

    const QByteArray json = QJsonDocument(stored->toJson()).toJson();
    EXPECT_FALSE(json.contains(kSecret.toUtf8()));
    EXPECT_FALSE(json.contains("ignored-inline-key"));
    m_writer->flush();
    // Every file SQLite wrote (the database, its WAL and shared memory).
    QDirIterator files(m_dataDir->root(), QDir::Files, QDirIterator::Subdirectories);
    int databaseFiles = 0;
    while (files.hasNext()) {
        const QString path = files.next();
        if (path.endsWith(QLatin1String("judge-keys.json")))
            continue;
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QByteArray bytes = file.readAll();
        EXPECT_FALSE(bytes.contains(kSecret.toUtf8())) << path.toStdString();
        EXPECT_FALSE(bytes.contains("ignored-inline-key")) << path.toStdString();
        if (path.startsWith(m_dataDir->databasePath()))
            ++databaseFiles;
    }
    EXPECT_GE(databaseFiles, 1);
}

TEST_F(JudgeProfilesTest, TheKeyFileIsReadableOnlyByItsOwner)
{
    ASSERT_EQ(save(sampleProfile(QStringLiteral("keyed")), kSecret), QString());
    const QString path = m_keys->keyFilePath();
    ASSERT_TRUE(QFile::exists(path));
    const QFileDevice::Permissions permissions = QFile::permissions(path);
    EXPECT_TRUE(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther | QFileDevice::ExeOwner;
    EXPECT_FALSE(permissions & others) << "no group or other bits, no execute bit";
    EXPECT_FALSE(m_keys->fallbackWarning().isEmpty());
}

TEST_F(JudgeProfilesTest, TheEnvironmentKeyWinsOverTheStoredOne)
{
    ASSERT_EQ(save(sampleProfile(QStringLiteral("keyed")), kSecret), QString());
    qputenv("EVALBENCH_JUDGE_API_KEY", "sk-from-the-environment");
    const auto stored = m_repository->find(QStringLiteral("keyed"));
    ASSERT_TRUE(stored);
    EXPECT_EQ(QCoro::waitFor(m_repository->withKey(*stored)).profile.apiKey, QStringLiteral("sk-from-the-environment"));
    EXPECT_EQ(ApiKeyStore::environmentKey(), QStringLiteral("sk-from-the-environment"));
}

TEST_F(JudgeProfilesTest, RemovingAProfileRemovesItsKeyAndAnEmptyKeyClearsIt)
{
    ASSERT_EQ(save(sampleProfile(QStringLiteral("a")), kSecret), QString());
    ASSERT_EQ(save(sampleProfile(QStringLiteral("b")), QStringLiteral("sk-b")), QString());
    const auto a = m_repository->find(QStringLiteral("a"));
    const auto b = m_repository->find(QStringLiteral("b"));
    ASSERT_TRUE(a && b);

    ASSERT_EQ(QCoro::waitFor(m_repository->remove(a->id)), QString());
    EXPECT_TRUE(QCoro::waitFor(m_keys->readKey(a->id)).key.isEmpty());
    EXPECT_EQ(QCoro::waitFor(m_keys->readKey(b->id)).key, QStringLiteral("sk-b"));

    ASSERT_EQ(save(*b, QString()), QString());
    EXPECT_TRUE(QCoro::waitFor(m_keys->readKey(b->id)).key.isEmpty());
    QFile file(m_keys->keyFilePath());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(kSecret.toUtf8()));
}

TEST(ApiKeyStore, TheEnvironmentForcesTheFile)
{
    QTemporaryDir dir;
    qputenv("EVALBENCH_KEYSTORE", "file");
    const ApiKeyStore store { DataDir(dir.path()) };
    qunsetenv("EVALBENCH_KEYSTORE");
    EXPECT_TRUE(store.usesFile());
    EXPECT_TRUE(store.fallbackWarning().contains(QStringLiteral("readable only by you")));
}

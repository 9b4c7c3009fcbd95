// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "fakechatserver.h"
#include "judgeuitest.h"
#include "ui/judgeprofileform.h"
#include "ui/judgeprofilelistmodel.h"
#include "ui/llmprofilespage.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace evalbench;

namespace {

class LlmProfilesPageTest : public JudgeUiTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(JudgeUiTest::SetUp());
        m_page = std::make_unique<LlmProfilesPage>(*m_profiles);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_page->setConfirm([this](QWidget*, const QString& question) {
            m_questions.append(question);
            return true;
        });
        m_page->show();
        QSignalSpy reloaded(m_page.get(), &LlmProfilesPage::reloaded);
        ASSERT_TRUE(reloaded.wait(10000));
    }
    void TearDown() override
    {
        m_tester.reset();
        m_page.reset();
        JudgeUiTest::TearDown();
    }

    template <typename T> T* child(const char* name) const
    {
        T* widget = m_page->findChild<T*>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
    void fill(const QString& name, const QString& url, const QString& model)
    {
        child<QLineEdit>("nameEdit")->setText(name);
        child<QLineEdit>("baseUrlEdit")->setText(url);
        child<QLineEdit>("chatModelEdit")->setText(model);
    }
    QString saveAndWait()
    {
        QSignalSpy saved(m_page.get(), &LlmProfilesPage::saveFinished);
        QSignalSpy reloaded(m_page.get(), &LlmProfilesPage::reloaded);
        child<QPushButton>("saveButton")->click();
        if (saved.isEmpty() && !saved.wait(10000))
            return QStringLiteral("no saveFinished");
        const QString error = saved.first().first().toString();
        if (error.isEmpty() && !reloaded.wait(10000))
            return QStringLiteral("no reload");
        return error;
    }

    std::unique_ptr<LlmProfilesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QStringList m_questions;
};

} // namespace

TEST_F(LlmProfilesPageTest, AddEditAndDeleteAProfile)
{
    EXPECT_EQ(m_page->model()->rowCount(), 0);
    child<QPushButton>("addButton")->click();
    fill(QStringLiteral("local qwen"), QStringLiteral("http://localhost:11434/v1"), QStringLiteral("qwen2.5:7b"));
    QTest::keyClicks(child<QLineEdit>("apiKeyEdit"), QStringLiteral("sk-typed-key"));
    ASSERT_EQ(saveAndWait(), QString());
    ASSERT_EQ(m_page->model()->rowCount(), 1);
    EXPECT_TRUE(m_page->model()->index(0).data().toString().contains(QStringLiteral("local qwen")));
    const JudgeProfile saved = m_page->model()->profiles().first();
    EXPECT_EQ(QCoro::waitFor(m_profiles->withKey(saved)).profile.apiKey, QStringLiteral("sk-typed-key"));

    // Edit: the key field starts empty and, untouched, leaves the stored key alone.
    m_page->editProfile(0);
    EXPECT_TRUE(child<QLineEdit>("apiKeyEdit")->text().isEmpty());
    child<QLineEdit>("chatModelEdit")->setText(QStringLiteral("llama3.1"));
    ASSERT_EQ(saveAndWait(), QString());
    ASSERT_EQ(m_page->model()->rowCount(), 1);
    EXPECT_EQ(m_page->model()->profiles().first().chatModel, QStringLiteral("llama3.1"));
    EXPECT_EQ(m_page->model()->profiles().first().id, saved.id);
    EXPECT_EQ(QCoro::waitFor(m_profiles->withKey(saved)).profile.apiKey, QStringLiteral("sk-typed-key"));

    QSignalSpy deleted(m_page.get(), &LlmProfilesPage::deleteFinished);
    QSignalSpy reloaded(m_page.get(), &LlmProfilesPage::reloaded);
    m_page->deleteProfile(0);
    ASSERT_EQ(m_questions.size(), 1) << "a delete is confirmed first";
    EXPECT_TRUE(m_questions.first().contains(QStringLiteral("local qwen")));
    // Without a keychain the delete may finish before deleteProfile returns.
    ASSERT_TRUE(!deleted.isEmpty() || deleted.wait(10000));
    EXPECT_EQ(deleted.first().first().toString(), QString());
    ASSERT_TRUE(!reloaded.isEmpty() || reloaded.wait(10000));
    EXPECT_EQ(m_page->model()->rowCount(), 0);
    EXPECT_TRUE(QCoro::waitFor(m_keys->readKey(saved.id)).key.isEmpty());
}

TEST_F(LlmProfilesPageTest, ADeclinedConfirmationKeepsTheProfile)
{
    ASSERT_EQ(saveProfile(QStringLiteral("keep me"), {}), QString());
    QSignalSpy reloaded(m_page.get(), &LlmProfilesPage::reloaded);
    ASSERT_TRUE(reloaded.wait(10000));
    m_page->setConfirm([](QWidget*, const QString&) { return false; });
    QSignalSpy deleted(m_page.get(), &LlmProfilesPage::deleteFinished);
    m_page->deleteProfile(0);
    // A declined confirmation starts nothing: no delete is pending and the store still has it.
    EXPECT_TRUE(deleted.isEmpty());
    EXPECT_EQ(m_page->model()->rowCount(), 1);
    EXPECT_EQ(m_profiles->profiles().size(), 1);
}

TEST_F(LlmProfilesPageTest, ABadUrlIsShownUnderTheUrlField)
{
    fill(QStringLiteral("broken"), QStringLiteral("localhost:11434"), QStringLiteral("m"));
    EXPECT_FALSE(saveAndWait().isNull());
    auto* error = child<QLabel>("baseUrlError");
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("http(s)://"))) << error->text().toStdString();
    EXPECT_TRUE(child<QLabel>("nameError")->isHidden());
    EXPECT_EQ(m_page->model()->rowCount(), 0);

    fill(QString(), QStringLiteral("http://localhost:11434/v1"), QString());
    saveAndWait();
    EXPECT_FALSE(child<QLabel>("nameError")->isHidden());
    EXPECT_FALSE(child<QLabel>("chatModelError")->isHidden());
    EXPECT_TRUE(child<QLabel>("baseUrlError")->isHidden());
}

TEST_F(LlmProfilesPageTest, ADuplicateNameIsShownUnderTheNameField)
{
    ASSERT_EQ(saveProfile(QStringLiteral("taken"), {}), QString());
    m_page->addProfile();
    fill(QStringLiteral("taken"), QStringLiteral("http://localhost:8000/v1"), QStringLiteral("m"));
    EXPECT_FALSE(saveAndWait().isEmpty());
    EXPECT_FALSE(child<QLabel>("nameError")->isHidden());
}

TEST_F(LlmProfilesPageTest, PresetsFillTheBaseUrl)
{
    auto* presets = child<QComboBox>("presetCombo");
    const int ollama = presets->findText(QStringLiteral("Ollama"));
    ASSERT_GE(ollama, 0);
    presets->setCurrentIndex(ollama);
    Q_EMIT presets->activated(ollama);
    EXPECT_EQ(child<QLineEdit>("baseUrlEdit")->text(), QStringLiteral("http://localhost:11434/v1"));
    const int azure = presets->findText(QStringLiteral("Azure OpenAI"));
    Q_EMIT presets->activated(azure);
    EXPECT_TRUE(child<QLineEdit>("baseUrlEdit")->text().contains(QStringLiteral("openai.azure.com")));
    EXPECT_EQ(child<QLineEdit>("apiVersionEdit")->text(), QStringLiteral("2024-06-01"));
}

TEST_F(LlmProfilesPageTest, TheKeyFileFallbackIsAnnounced)
{
    QLabel* warning = m_page->keyWarningLabel();
    EXPECT_FALSE(warning->isHidden());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("judge-keys.json"))) << warning->text().toStdString();
}

TEST_F(LlmProfilesPageTest, TestConnectionMakesOneChatCallAndShowsTheAnswer)
{
    FakeChatServer server;
    ASSERT_TRUE(server.isListening());
    fill(QStringLiteral("fake"), server.baseUrl(), QStringLiteral("fake-model"));
    QTest::keyClicks(child<QLineEdit>("apiKeyEdit"), QStringLiteral("sk-for-the-test"));
    QSignalSpy tested(m_page.get(), &LlmProfilesPage::connectionTestFinished);
    m_page->testButton()->click();
    EXPECT_FALSE(m_page->testButton()->isEnabled()) << "disabled while the test runs";
    ASSERT_TRUE(tested.wait(20000));
    EXPECT_TRUE(m_page->testButton()->isEnabled());
    const QString shown = m_page->testResultLabel()->text();
    EXPECT_TRUE(shown.contains(QStringLiteral(" ms"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("OK"))) << shown.toStdString();
    EXPECT_FALSE(shown.contains(QStringLiteral("sk-for-the-test")));
    EXPECT_EQ(server.requests(), 1);
    EXPECT_TRUE(server.lastRequest().contains("/v1/chat/completions"));
    EXPECT_TRUE(server.lastRequest().contains("Bearer sk-for-the-test"));
    EXPECT_TRUE(server.lastRequest().contains("fake-model"));
}

TEST_F(LlmProfilesPageTest, AFailedConnectionTestShowsTheError)
{
    FakeChatServer server;
    const QString url = server.baseUrl();
    server.close(); // nothing listens there now
    fill(QStringLiteral("down"), url, QStringLiteral("m"));
    child<QSpinBox>("retriesSpin")->setValue(0); // fail at once, no backoff
    QSignalSpy tested(m_page.get(), &LlmProfilesPage::connectionTestFinished);
    m_page->testButton()->click();
    ASSERT_TRUE(tested.wait(60000));
    EXPECT_TRUE(m_page->testResultLabel()->text().contains(QStringLiteral("Failed")))
        << m_page->testResultLabel()->text().toStdString();
}

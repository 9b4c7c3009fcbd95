// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "judgeuitest.h"
#include "metrics/metricregistry.h"
#include "ui/judgeoptionsgroup.h"
#include "ui/newevaluationpage.h"

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace evalbench;

namespace {

class JudgeOptionsTest : public JudgeUiTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(JudgeUiTest::SetUp());
        ASSERT_EQ(saveProfile(QStringLiteral("with embeddings"), QStringLiteral("nomic-embed-text"), 0.001), QString());
        ASSERT_EQ(saveProfile(QStringLiteral("chat only"), {}), QString());
        m_page = std::make_unique<NewEvaluationPage>(*m_jobs, m_profiles.get());
        m_page->show();
        QComboBox* combo = m_page->judgeOptions()->profileCombo();
        ASSERT_TRUE(QTest::qWaitFor([combo] { return combo->count() == 3; }, 10000));
        QSignalSpy ready(m_page.get(), &NewEvaluationPage::previewReady);
        m_page->setDatasetPath(QStringLiteral(EVALBENCH_SOURCE_DIR "/examples/rag-demo.jsonl"));
        ASSERT_TRUE(ready.wait(10000));
    }
    void TearDown() override
    {
        m_page.reset();
        JudgeUiTest::TearDown();
    }
    QString toolTip(const QString& metric) const
    {
        const auto items = m_page->metricTable()->findItems(metric, Qt::MatchExactly);
        return items.isEmpty() ? QString() : items.first()->toolTip();
    }

    std::unique_ptr<NewEvaluationPage> m_page;
};

QStringList llmMetrics()
{
    QStringList ids;
    for (const MetricInfo& info : MetricRegistry::builtin().infos()) {
        if (info.kind == MetricKind::Llm)
            ids.append(info.id);
    }
    return ids;
}

} // namespace

TEST_F(JudgeOptionsTest, LlmMetricsNeedAProfileAndEmbeddingMetricsItsEmbeddingModel)
{
    ASSERT_FALSE(llmMetrics().isEmpty());
    EXPECT_EQ(m_page->judgeOptions()->profileCombo()->currentIndex(), 0) << "no judge by default";
    for (const QString& metric : llmMetrics()) {
        EXPECT_FALSE(m_page->isMetricEnabled(metric)) << metric.toStdString();
        EXPECT_TRUE(toolTip(metric).contains(QStringLiteral("LLM profiles"))) << toolTip(metric).toStdString();
    }
    EXPECT_TRUE(m_page->isMetricEnabled(QStringLiteral("token_f1")));

    ASSERT_TRUE(m_page->judgeOptions()->selectProfile(QStringLiteral("with embeddings")));
    EXPECT_TRUE(m_page->isMetricEnabled(QStringLiteral("faithfulness")));
    EXPECT_TRUE(m_page->isMetricEnabled(QStringLiteral("answer_relevancy")));
    EXPECT_TRUE(m_page->isMetricEnabled(QStringLiteral("semantic_similarity")));

    ASSERT_TRUE(m_page->judgeOptions()->selectProfile(QStringLiteral("chat only")));
    EXPECT_TRUE(m_page->isMetricEnabled(QStringLiteral("faithfulness")));
    for (const char* metric : { "answer_relevancy", "answer_correctness", "semantic_similarity" }) {
        EXPECT_FALSE(m_page->isMetricEnabled(QString::fromLatin1(metric))) << metric;
        EXPECT_TRUE(toolTip(QString::fromLatin1(metric)).contains(QStringLiteral("embedding model"))) << metric;
    }
}

TEST_F(JudgeOptionsTest, TheEstimateCountsJudgeCallsForTheDemoDataset)
{
    QSignalSpy shown(m_page->judgeOptions(), &JudgeOptionsGroup::estimateShown);
    ASSERT_TRUE(m_page->judgeOptions()->selectProfile(QStringLiteral("with embeddings")));
    m_page->setMetricChecked(QStringLiteral("faithfulness"), true);
    m_page->setMetricChecked(QStringLiteral("answer_relevancy"), true);
    QLabel* label = m_page->judgeOptions()->estimateLabel();
    ASSERT_TRUE(QTest::qWaitFor([label] { return label->text().contains(QStringLiteral("judge calls")); }, 20000))
        << label->text().toStdString();
    const QString text = label->text();
    EXPECT_FALSE(text.startsWith(QStringLiteral("≈ 0 "))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("embedding"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("profile's prices"))) << "the profile has prices: " << text.toStdString();
}

TEST_F(JudgeOptionsTest, TheRunSettingsCarryTheProfileAndOptionsButNeverTheKey)
{
    EXPECT_TRUE(m_page->request().settings.judge.isEmpty()) << "no judge, no settings";
    ASSERT_TRUE(m_page->judgeOptions()->selectProfile(QStringLiteral("with embeddings")));
    m_page->setMetricChecked(QStringLiteral("faithfulness"), true);
    auto* rubricCriteria = m_page->findChild<QLineEdit*>(QStringLiteral("rubricCriteriaEdit"));
    ASSERT_NE(rubricCriteria, nullptr);
    EXPECT_FALSE(rubricCriteria->isEnabled()) << "only with the rubric metric";
    m_page->setMetricChecked(QStringLiteral("rubric"), true);
    EXPECT_TRUE(rubricCriteria->isEnabled());
    rubricCriteria->setText(QStringLiteral("polite and cites sources"));
    auto* language = m_page->findChild<QComboBox*>(QStringLiteral("judgeLanguageCombo"));
    language->setCurrentIndex(language->findData(QStringLiteral("zh")));
    m_page->findChild<QCheckBox*>(QStringLiteral("freshCallsCheck"))->setChecked(true);

    const EvalRequest request = m_page->request();
    EXPECT_TRUE(request.settings.metrics.contains(QStringLiteral("faithfulness")));
    const QJsonObject judge = request.settings.judge;
    EXPECT_EQ(judge.value(QStringLiteral("name")).toString(), QStringLiteral("with embeddings"));
    EXPECT_EQ(judge.value(QStringLiteral("model")).toString(), QStringLiteral("qwen2.5:7b"));
    EXPECT_EQ(judge.value(QStringLiteral("language")).toString(), QStringLiteral("zh"));
    EXPECT_TRUE(judge.value(QStringLiteral("fresh_calls")).toBool());
    EXPECT_EQ(judge.value(QStringLiteral("rubric_criteria")).toString(), QStringLiteral("polite and cites sources"));
    EXPECT_FALSE(QJsonDocument(judge).toJson().contains("sk-stored"));
}

TEST_F(JudgeOptionsTest, TheProfileComboFollowsSavedProfiles)
{
    QComboBox* combo = m_page->judgeOptions()->profileCombo();
    ASSERT_EQ(saveProfile(QStringLiteral("third"), {}), QString());
    EXPECT_TRUE(QTest::qWaitFor([combo] { return combo->count() == 4; }, 10000));
}

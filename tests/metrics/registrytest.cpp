// SPDX-License-Identifier: MIT
#include "metricstesthelpers.h"

#include <gtest/gtest.h>
#include <set>

#include <QJsonArray>

using namespace evalbench;
using evalbench::metricstest::scoreWith;
using evalbench::metricstest::textSample;

namespace {

const QStringList kOffline { QStringLiteral("exact_match"), QStringLiteral("token_f1"), QStringLiteral("rouge_l"),
    QStringLiteral("bleu"), QStringLiteral("string_similarity"), QStringLiteral("non_llm_context_recall"),
    QStringLiteral("non_llm_context_precision") };

} // namespace

TEST(MetricRegistry, BuiltinHasTheSevenOfflineMetricsInOrder)
{
    const MetricRegistry& registry = MetricRegistry::builtin();
    EXPECT_EQ(registry.defaultOfflineMetrics(), kOffline);
    for (const QString& id : kOffline) {
        const Metric* metric = registry.find(id);
        ASSERT_NE(metric, nullptr) << id.toStdString();
        EXPECT_EQ(metric->info().id, id);
        EXPECT_EQ(metric->info().kind, MetricKind::Offline);
        EXPECT_EQ(metric->info().rangeMin, 0.0);
        EXPECT_EQ(metric->info().rangeMax, 1.0);
        EXPECT_TRUE(metric->info().higherIsBetter);
        EXPECT_FALSE(metric->info().description.isEmpty());
    }
    EXPECT_TRUE(registry.ids().contains(QStringLiteral("bleu")));
    EXPECT_EQ(registry.infos().size(), registry.ids().size());
    EXPECT_EQ(registry.find(QStringLiteral("no_such_metric")), nullptr);
}

TEST(MetricRegistry, AddReplacesASameIdMetric)
{
    MetricRegistry registry;
    registry.add(nullptr);
    EXPECT_TRUE(registry.ids().isEmpty());
    class Fixed : public Metric
    {
    public:
        explicit Fixed(double v)
            : m_value(v)
        {
            m_info.id = QStringLiteral("fixed");
        }
        const MetricInfo& info() const override { return m_info; }
        MetricScore score(const Sample&, const MetricOptions&) const override
        {
            return MetricScore::ofValue(m_info.id, m_value);
        }

    private:
        MetricInfo m_info;
        double m_value;
    };
    registry.add(std::make_unique<Fixed>(0.25));
    registry.add(std::make_unique<Fixed>(0.75));
    ASSERT_EQ(registry.ids(), QStringList { QStringLiteral("fixed") });
    EXPECT_EQ(registry.find(QStringLiteral("fixed"))->score(Sample {}, {}).value, 0.75);
    EXPECT_TRUE(registry.defaultOfflineMetrics().isEmpty());
}

TEST(MetricInfo, ToJsonShape)
{
    const QJsonObject json = MetricRegistry::builtin().find(QStringLiteral("non_llm_context_recall"))->info().toJson();
    EXPECT_EQ(json.value(QStringLiteral("id")).toString(), QStringLiteral("non_llm_context_recall"));
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("offline"));
    EXPECT_EQ(json.value(QStringLiteral("inputs")).toArray(),
        (QJsonArray { QStringLiteral("contexts"), QStringLiteral("reference_contexts") }));
    EXPECT_EQ(json.value(QStringLiteral("range")).toArray(), (QJsonArray { 0.0, 1.0 }));
    EXPECT_EQ(json.value(QStringLiteral("higher_is_better")), QJsonValue(true));
    EXPECT_FALSE(json.value(QStringLiteral("description")).toString().isEmpty());
    EXPECT_EQ(json.size(), 6);
    EXPECT_EQ(MetricRegistry::builtin().find(QStringLiteral("bleu"))->info().toJson().value(QStringLiteral("inputs")),
        QJsonValue(QJsonArray { QStringLiteral("answer"), QStringLiteral("ground_truth") }));
}

TEST(MetricKind, Names)
{
    EXPECT_EQ(metricKindName(MetricKind::Offline), QStringLiteral("offline"));
    EXPECT_EQ(metricKindName(MetricKind::Llm), QStringLiteral("llm"));
    EXPECT_EQ(metricKindName(MetricKind::Ml), QStringLiteral("ml"));
    EXPECT_EQ(metricKindName(MetricKind::Retrieval), QStringLiteral("retrieval"));
}

TEST(ScoreSample, SkipsNamingTheMissingFields)
{
    Sample sample = textSample(QStringLiteral("x"), QStringLiteral("y"));
    sample.groundTruth.reset();
    const MetricScore one = scoreWith(QStringLiteral("token_f1"), sample, false);
    EXPECT_EQ(one.status, ScoreStatus::Skipped);
    EXPECT_EQ(one.metric, QStringLiteral("token_f1"));
    EXPECT_EQ(one.reason, QStringLiteral("needs \"ground_truth\", which this sample lacks"));
    EXPECT_TRUE(std::isnan(one.value));

    sample.answer.reset();
    EXPECT_EQ(scoreWith(QStringLiteral("bleu"), sample, true).reason,
        QStringLiteral("needs \"answer\" and \"ground_truth\", which this sample lacks"));

    const MetricScore context = scoreWith(QStringLiteral("non_llm_context_precision"), sample, false);
    EXPECT_EQ(context.status, ScoreStatus::Skipped);
    EXPECT_EQ(context.reason, QStringLiteral("needs \"contexts\" and \"reference_contexts\", which this sample lacks"));
}

TEST(ScoreSample, EmptyStringsAreScoredNotSkipped)
{
    const MetricScore score = scoreWith(QStringLiteral("exact_match"), textSample(QString(), QString()), false);
    EXPECT_EQ(score.status, ScoreStatus::Value);
    EXPECT_EQ(score.value, 1.0);
}

TEST(ScoreSample, EmptyReferenceContextListIsSkipped)
{
    Sample sample;
    sample.contexts = QStringList { QStringLiteral("c") };
    sample.referenceContexts = QStringList {};
    EXPECT_EQ(scoreWith(QStringLiteral("non_llm_context_recall"), sample, true).status, ScoreStatus::Skipped);
}

// SPDX-License-Identifier: MIT
#pragma once

#include "judge/judgecache.h"
#include "judge/judgeclient.h"
#include "judge/judgedmetric.h"
#include "judge/judgesession.h"
#include "judge_client/judgeclienttest.h"
#include "fakes/scriptedjudge.h"
#include "store/storewriter.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QTemporaryDir>

namespace evalbench::testing {

// A judged metric scored through the real session, client and SQLite cache,
// against the scripted fake server on loopback.
class JudgedMetricsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        writer = std::make_unique<StoreWriter>(dir.filePath(QStringLiteral("evalbench.sqlite")));
        ASSERT_TRUE(writer->openError().isEmpty());
        restart();
    }

    JudgeProfile profile() const
    {
        JudgeProfile p;
        p.name = QStringLiteral("fake");
        p.baseUrl = server.baseUrl();
        p.chatModel = QStringLiteral("judge-model");
        p.embeddingModel = QStringLiteral("embed-model");
        p.maxRetries = 1;
        p.timeoutMs = 5'000;
        return p;
    }

    // A new session on the same database: what a re-run sees.
    void restart(JudgeLanguage language = JudgeLanguage::English, bool fresh = false,
        std::optional<JudgeProfile> custom = std::nullopt)
    {
        session.reset();
        cache.reset();
        client = std::make_unique<JudgeClient>(custom.value_or(profile()));
        client->setBackoff(std::chrono::milliseconds(1), std::chrono::milliseconds(5));
        cache = std::make_unique<JudgeCache>(*writer);
        session = std::make_unique<JudgeSession>(*client, *cache, language, fresh);
    }

    MetricScore score(const QString& metric, const Sample& sample, JudgedMetricOptions options = {})
    {
        const JudgedMetric* judged = JudgedMetric::find(metric);
        EXPECT_NE(judged, nullptr) << metric.toStdString();
        return Pending(judged->score(sample, session.get(), options)).result();
    }

    static Sample sample(const QString& question, const QString& answer, QStringList contexts = {},
        std::optional<QString> groundTruth = std::nullopt)
    {
        Sample s;
        s.id = QStringLiteral("s1");
        s.question = question;
        s.answer = answer;
        if (!contexts.isEmpty())
            s.contexts = contexts;
        s.groundTruth = std::move(groundTruth);
        return s;
    }

    static QJsonObject statements(std::initializer_list<const char*> list)
    {
        QJsonArray items;
        for (const char* text : list)
            items.append(QString::fromUtf8(text));
        return { { QStringLiteral("statements"), items } };
    }
    static QJsonObject verdict(const QString& statement, int value)
    {
        return { { QStringLiteral("statement"), statement }, { QStringLiteral("reason"), QStringLiteral("because") },
            { QStringLiteral("verdict"), value } };
    }

    QTemporaryDir dir;
    FakeOpenAiServer server;
    ScriptedJudge judge { server };
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<JudgeClient> client;
    std::unique_ptr<JudgeCache> cache;
    std::unique_ptr<JudgeSession> session;
};

} // namespace evalbench::testing

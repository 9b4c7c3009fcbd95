// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "io/reportjson.h"
#include "io/samplejsonencoder.h"

#include <gtest/gtest.h>

#include <QJsonDocument>
#include <QJsonObject>

using namespace evalbench;

namespace {

// Both sides through the JSON parser, so numbers compare the same way.
QByteArray normalised(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError)
        << error.errorString().toStdString() << " in " << json.toStdString();
    return document.toJson(QJsonDocument::Compact);
}

void expectSameAsQJson(const StoredSample& sample, const QStringList& metrics)
{
    const QByteArray reference = QJsonDocument(reportjson::sample(sample, metrics)).toJson(QJsonDocument::Compact);
    EXPECT_EQ(normalised(SampleJsonEncoder::encode(sample, metrics)), normalised(reference));
}

} // namespace

TEST(SampleJsonEncoder, WritesTheSameObjectAsTheReportJsonBuilder)
{
    StoredSample full;
    full.index = 7;
    full.sample.id = QStringLiteral("q-7");
    full.sample.question = QStringLiteral("What is \"RAG\"?\nAsk\\tell 中文 😀");
    full.sample.answer = QStringLiteral("tab\there, control ") + QChar(0x02) + QStringLiteral(" end");
    full.sample.contexts = QStringList { QStringLiteral("ctx one"), QString(), QStringLiteral("\b\f/") };
    full.sample.groundTruth = QStringLiteral("RAG is retrieval-augmented generation.");
    full.sample.referenceContexts = QStringList {};
    full.sample.contextMetadata = QJsonArray { QJsonObject {
        { QStringLiteral("title"), QStringLiteral("Doc") }, { QStringLiteral("score"), 0.9 } } };
    full.sample.metadata = QJsonObject { { QStringLiteral("lang"), QStringLiteral("en") } };
    full.weightedScore = 0.1 + 0.2;
    full.scores = { MetricScore::ofValue(QStringLiteral("bleu"), 1.0),
        MetricScore::ofValue(
            QStringLiteral("rouge_l"), 1.0 / 3.0, QJsonObject { { QStringLiteral("best"), QJsonArray { 0.5, 1 } } }),
        MetricScore::failed(QStringLiteral("token_f1"), QStringLiteral("the \"reference\" has no tokens")),
        MetricScore::skipped(QStringLiteral("non_llm_context_recall"), QStringLiteral("needs reference_contexts")) };
    expectSameAsQJson(full,
        { QStringLiteral("bleu"), QStringLiteral("rouge_l"), QStringLiteral("token_f1"),
            QStringLiteral("non_llm_context_recall"), QStringLiteral("exact_match") });

    StoredSample bare;
    bare.sample.id = QStringLiteral("row-1");
    bare.sample.question = QStringLiteral("Only a question");
    expectSameAsQJson(bare, { QStringLiteral("bleu") });
    expectSameAsQJson(bare, {});
}

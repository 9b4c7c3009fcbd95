// SPDX-License-Identifier: MIT
// Each judged metric against scripted judge answers: scores equal the values
// computed by hand from those answers (ragas-reference §1, golden values §3).
#include "judgedmetricstest.h"

#include <cmath>

using namespace evalbench;
using namespace evalbench::testing;

namespace {

QJsonObject nliAnswer(const QList<int>& verdicts)
{
    QJsonArray items;
    for (int i = 0; i < verdicts.size(); ++i)
        items.append(QJsonObject { { QStringLiteral("statement"), QStringLiteral("s%1").arg(i) },
            { QStringLiteral("reason"), QStringLiteral("r%1").arg(i) }, { QStringLiteral("verdict"), verdicts[i] } });
    return { { QStringLiteral("statements"), items } };
}

} // namespace

TEST_F(JudgedMetricsTest, FaithfulnessIsTheShareOfSupportedStatementsWithEvidence)
{
    judge.answer(QStringLiteral("statement_generator"), statements({ "a", "b", "c", "d" }));
    judge.answer(QStringLiteral("nli_statement"), nliAnswer({ 1, 0, 1, 1 }));
    const MetricScore s = score(QStringLiteral("faithfulness"),
        sample(QStringLiteral("Where is it?"), QStringLiteral("In Paris."), { QStringLiteral("Paris.") }));
    ASSERT_TRUE(s.hasValue()) << s.reason.toStdString();
    EXPECT_DOUBLE_EQ(s.value, 0.75);
    EXPECT_EQ(s.evidence.value(QStringLiteral("statements")).toArray().size(), 4);
    EXPECT_EQ(s.evidence.value(QStringLiteral("verdicts")).toArray().at(1).toObject().value(QStringLiteral("reason")),
        QStringLiteral("r1"));
}

TEST_F(JudgedMetricsTest, FaithfulnessWithoutStatementsIsNanAndSkipsTheSecondCall)
{
    judge.answer(QStringLiteral("statement_generator"), statements({}));
    const MetricScore s = score(QStringLiteral("faithfulness"),
        sample(QStringLiteral("Q?"), QStringLiteral("I don't know."), { QStringLiteral("ctx") }));
    EXPECT_EQ(s.status, ScoreStatus::Failed);
    EXPECT_NE(s.reason.indexOf(QStringLiteral("no statements")), -1);
    EXPECT_EQ(judge.calls(QStringLiteral("nli_statement")), 0);
}

TEST_F(JudgedMetricsTest, MalformedJsonIsRepairedByOneRoundTrip)
{
    judge.answer(QStringLiteral("statement_generator"),
        [](const QString&) { return QStringLiteral("Sure! statements: ['a', 'b'"); });
    judge.answer(QStringLiteral("fix_output"),
        QJsonObject { { QStringLiteral("text"), ScriptedJudge::json(statements({ "a", "b" })) } });
    judge.answer(QStringLiteral("nli_statement"), nliAnswer({ 1, 0 }));
    const MetricScore s = score(
        QStringLiteral("faithfulness"), sample(QStringLiteral("Q?"), QStringLiteral("A."), { QStringLiteral("ctx") }));
    ASSERT_TRUE(s.hasValue()) << s.reason.toStdString();
    EXPECT_DOUBLE_EQ(s.value, 0.5);
    EXPECT_EQ(judge.calls(QStringLiteral("fix_output")), 1);
    EXPECT_EQ(session->stats().repairs, 1);
}

TEST_F(JudgedMetricsTest, MalformedTwiceIsNanWithTheReasonAndTheRawOutput)
{
    judge.answer(QStringLiteral("statement_generator"), [](const QString&) { return QStringLiteral("not json"); });
    judge.answer(QStringLiteral("fix_output"), [](const QString&) { return QStringLiteral("still not json"); });
    const MetricScore s = score(
        QStringLiteral("faithfulness"), sample(QStringLiteral("Q?"), QStringLiteral("A."), { QStringLiteral("ctx") }));
    EXPECT_EQ(s.status, ScoreStatus::Failed);
    EXPECT_NE(s.reason.indexOf(QStringLiteral("repair")), -1) << s.reason.toStdString();
    EXPECT_EQ(s.evidence.value(QStringLiteral("error_code")), QStringLiteral("JUDGE_BAD_OUTPUT"));
    EXPECT_EQ(s.evidence.value(QStringLiteral("raw_output")).toArray().at(0), QStringLiteral("not json"));
    EXPECT_EQ(judge.calls(QStringLiteral("fix_output")), 1); // one repair, no more
}

TEST_F(JudgedMetricsTest, AnswerRelevancyGoldenValueFromThreeGenerations)
{
    auto generation = [](const QString& question, int noncommittal) {
        return ScriptedJudge::json(
            { { QStringLiteral("question"), question }, { QStringLiteral("noncommittal"), noncommittal } });
    };
    judge.completions(QStringLiteral("response_relevance"),
        { generation(QStringLiteral("g1"), 0), generation(QStringLiteral("g2"), 0),
            generation(QStringLiteral("g3"), 0) });
    judge.embedding(QStringLiteral("asked"), { 1, 0, 0 });
    judge.embedding(QStringLiteral("g1"), { 1, 0, 0 });
    judge.embedding(QStringLiteral("g2"), { 0.6, 0.8, 0 });
    judge.embedding(QStringLiteral("g3"), { 0, 1, 0 });
    const MetricScore s =
        score(QStringLiteral("answer_relevancy"), sample(QStringLiteral("asked"), QStringLiteral("A.")));
    ASSERT_TRUE(s.hasValue()) << s.reason.toStdString();
    EXPECT_NEAR(s.value, 0.5333333333333333, 1e-12);
    EXPECT_EQ(s.evidence.value(QStringLiteral("generated_questions")).toArray().size(), 3);
    EXPECT_EQ(judge.embeddingCalls(), 1);
    // All three asked for in one request, at RAGAS's temperature for n > 1.
    const FakeRequest& request = server.requests().at(0);
    EXPECT_EQ(request.json.value(QStringLiteral("n")).toInt(), 3);
    EXPECT_DOUBLE_EQ(request.json.value(QStringLiteral("temperature")).toDouble(), 0.3);
}

TEST_F(JudgedMetricsTest, AnswerRelevancyIsZeroWhenEveryGenerationIsNoncommittal)
{
    const QString evasive = ScriptedJudge::json(
        { { QStringLiteral("question"), QStringLiteral("g") }, { QStringLiteral("noncommittal"), 1 } });
    judge.completions(QStringLiteral("response_relevance"), { evasive, evasive, evasive });
    const MetricScore s =
        score(QStringLiteral("answer_relevancy"), sample(QStringLiteral("asked"), QStringLiteral("I don't know")));
    ASSERT_TRUE(s.hasValue());
    EXPECT_EQ(s.value, 0.0);
}

TEST_F(JudgedMetricsTest, ContextPrecisionAsksOncePerContextInRankOrder)
{
    judge.answer(QStringLiteral("context_precision"), [](const QString& prompt) {
        const int verdict = prompt.contains(QStringLiteral("second context")) ? 0 : 1;
        return ScriptedJudge::json(
            { { QStringLiteral("reason"), QStringLiteral("r") }, { QStringLiteral("verdict"), verdict } });
    });
    const Sample s = sample(QStringLiteral("Q?"), QStringLiteral("A."),
        { QStringLiteral("first context"), QStringLiteral("second context"), QStringLiteral("third context") },
        QStringLiteral("truth"));
    const MetricScore exact = score(QStringLiteral("context_precision"), s);
    ASSERT_TRUE(exact.hasValue()) << exact.reason.toStdString();
    EXPECT_DOUBLE_EQ(exact.value, (1.0 + 2.0 / 3.0) / 2.0);
    EXPECT_EQ(judge.calls(QStringLiteral("context_precision")), 3);

    JudgedMetricOptions compat;
    compat.ragasCompat = true;
    const MetricScore ragas = score(QStringLiteral("context_precision"), s, compat);
    EXPECT_DOUBLE_EQ(ragas.value, 0.8333333332916666);
    EXPECT_EQ(judge.calls(QStringLiteral("context_precision")), 3); // the same prompts: answered by the cache
}

TEST_F(JudgedMetricsTest, ContextRecallIsTheShareOfAttributedSentences)
{
    QJsonArray items;
    for (int attributed : { 1, 1, 0, 1 })
        items.append(QJsonObject { { QStringLiteral("statement"), QStringLiteral("s") },
            { QStringLiteral("reason"), QStringLiteral("r") }, { QStringLiteral("attributed"), attributed } });
    judge.answer(QStringLiteral("context_recall"), QJsonObject { { QStringLiteral("classifications"), items } });
    const MetricScore s = score(QStringLiteral("context_recall"),
        sample(QStringLiteral("Q?"), QStringLiteral("A."), { QStringLiteral("c") }, QStringLiteral("truth")));
    ASSERT_TRUE(s.hasValue());
    EXPECT_DOUBLE_EQ(s.value, 0.75);
}

TEST_F(JudgedMetricsTest, AnswerCorrectnessGoldenCase)
{
    judge.answer(QStringLiteral("statement_generator"), statements({ "x", "y" }));
    auto reasons = [](int count) {
        QJsonArray list;
        for (int i = 0; i < count; ++i)
            list.append(QJsonObject { { QStringLiteral("statement"), QStringLiteral("s") },
                { QStringLiteral("reason"), QStringLiteral("r") } });
        return list;
    };
    judge.answer(QStringLiteral("correctness_classifier"),
        QJsonObject { { QStringLiteral("TP"), reasons(1) }, { QStringLiteral("FP"), reasons(1) },
            { QStringLiteral("FN"), reasons(5) } });
    judge.embedding(QStringLiteral("the answer"), { 1, 0 });
    judge.embedding(QStringLiteral("the truth"), { 0.9, std::sqrt(1 - 0.81) });
    const MetricScore s = score(QStringLiteral("answer_correctness"),
        sample(QStringLiteral("Q?"), QStringLiteral("the answer"), {}, QStringLiteral("the truth")));
    ASSERT_TRUE(s.hasValue()) << s.reason.toStdString();
    EXPECT_NEAR(s.value, 0.4125, 1e-12);
    EXPECT_DOUBLE_EQ(s.evidence.value(QStringLiteral("factuality")).toDouble(), 0.25);
}

TEST_F(JudgedMetricsTest, SemanticSimilarityIsTheCosine)
{
    judge.embedding(QStringLiteral("a"), { 3, 4 });
    judge.embedding(QStringLiteral("b"), { 4, 3 });
    const MetricScore s = score(QStringLiteral("semantic_similarity"),
        sample(QStringLiteral("Q"), QStringLiteral("a"), {}, QStringLiteral("b")));
    ASSERT_TRUE(s.hasValue());
    EXPECT_DOUBLE_EQ(s.value, 24.0 / 25.0);
    EXPECT_EQ(server.requests().size(), 1); // both texts in one embeddings call
}

TEST_F(JudgedMetricsTest, EmbeddingMetricsWithoutAnEmbeddingModelFailWithTheFix)
{
    JudgeProfile noEmbeddings = profile();
    noEmbeddings.embeddingModel.clear();
    restart(JudgeLanguage::English, false, noEmbeddings);
    const MetricScore s = score(QStringLiteral("semantic_similarity"),
        sample(QStringLiteral("Q"), QStringLiteral("a"), {}, QStringLiteral("b")));
    EXPECT_EQ(s.status, ScoreStatus::Failed);
    EXPECT_NE(s.reason.indexOf(QStringLiteral("embedding model")), -1);
    EXPECT_EQ(server.requestCount(), 0);
}

TEST_F(JudgedMetricsTest, RubricWeighsTheScoreByItsTokenProbabilities)
{
    judge.answer(QStringLiteral("rubric_steps"),
        QJsonObject { { QStringLiteral("steps"), QJsonArray { QStringLiteral("check facts") } } });
    // The score token "4" with its alternatives 4 and 5 at even odds: 4.5 of 5.
    const QJsonObject token { { QStringLiteral("token"), QStringLiteral("4") },
        { QStringLiteral("logprob"), std::log(0.5) },
        { QStringLiteral("top_logprobs"),
            QJsonArray { QJsonObject { { QStringLiteral("token"), QStringLiteral("4") },
                             { QStringLiteral("logprob"), std::log(0.5) } },
                QJsonObject { { QStringLiteral("token"), QStringLiteral("5") },
                    { QStringLiteral("logprob"), std::log(0.5) } } } } };
    const QJsonObject choice { { QStringLiteral("index"), 0 },
        { QStringLiteral("finish_reason"), QStringLiteral("stop") },
        { QStringLiteral("message"),
            QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                { QStringLiteral("content"), QStringLiteral("{\"reason\": \"good\", \"score\": 4}") } } },
        { QStringLiteral("logprobs"), QJsonObject { { QStringLiteral("content"), QJsonArray { token } } } } };
    fakes::FakeReply reply;
    reply.body = QJsonDocument(
        QJsonObject { { QStringLiteral("choices"), QJsonArray { choice } },
            { QStringLiteral("usage"),
                QJsonObject { { QStringLiteral("prompt_tokens"), 10 }, { QStringLiteral("completion_tokens"), 5 } } } })
                     .toJson();
    judge.rawReply(QStringLiteral("rubric_score"), reply);
    JudgedMetricOptions options;
    options.rubricCriteria = QStringLiteral("The answer is correct and complete.");
    const MetricScore s = score(QStringLiteral("rubric"), sample(QStringLiteral("Q?"), QStringLiteral("A.")), options);
    ASSERT_TRUE(s.hasValue()) << s.reason.toStdString();
    EXPECT_DOUBLE_EQ(s.value, (4.5 - 1.0) / 4.0);
    EXPECT_TRUE(s.evidence.value(QStringLiteral("probability_weighted")).toBool());
    EXPECT_EQ(s.evidence.value(QStringLiteral("score_1_to_5")).toInt(), 4);
}

TEST_F(JudgedMetricsTest, RubricWithoutCriteriaSaysWhatToDo)
{
    const MetricScore s = score(QStringLiteral("rubric"), sample(QStringLiteral("Q?"), QStringLiteral("A.")));
    EXPECT_EQ(s.status, ScoreStatus::Failed);
    EXPECT_NE(s.reason.indexOf(QStringLiteral("criteria")), -1);
}

TEST_F(JudgedMetricsTest, HallucinationIsTheShareOfContradictedContexts)
{
    QJsonArray verdicts;
    for (int i : { 0, 1 })
        verdicts.append(QJsonObject { { QStringLiteral("context_index"), i }, { QStringLiteral("verdict"), i },
            { QStringLiteral("reason"), QStringLiteral("r") } });
    judge.answer(QStringLiteral("hallucination"), QJsonObject { { QStringLiteral("verdicts"), verdicts } });
    const MetricScore s = score(QStringLiteral("hallucination"),
        sample(QStringLiteral("Q?"), QStringLiteral("A."), { QStringLiteral("c1"), QStringLiteral("c2") }));
    ASSERT_TRUE(s.hasValue());
    EXPECT_DOUBLE_EQ(s.value, 0.5);
    EXPECT_EQ(s.evidence.value(QStringLiteral("contradicted")).toInt(), 1);
}

TEST_F(JudgedMetricsTest, ASecondSessionAnswersFromTheCacheWithoutCalls)
{
    judge.answer(QStringLiteral("statement_generator"), statements({ "a" }));
    judge.answer(QStringLiteral("nli_statement"), nliAnswer({ 1 }));
    const Sample s = sample(QStringLiteral("Q?"), QStringLiteral("A."), { QStringLiteral("ctx") });
    ASSERT_TRUE(score(QStringLiteral("faithfulness"), s).hasValue());
    ASSERT_EQ(server.requestCount(), 2);
    cache->flush();

    restart();
    const MetricScore again = score(QStringLiteral("faithfulness"), s);
    EXPECT_DOUBLE_EQ(again.value, 1.0);
    EXPECT_EQ(server.requestCount(), 2);
    EXPECT_EQ(session->stats().cacheHits, 2);
    EXPECT_EQ(session->stats().chatCalls, 0);

    // "Fresh judge calls" asks again.
    restart(JudgeLanguage::English, true);
    ASSERT_TRUE(score(QStringLiteral("faithfulness"), s).hasValue());
    EXPECT_EQ(server.requestCount(), 4);
}

TEST_F(JudgedMetricsTest, ATimeoutIsNanWithTheTimeoutCode)
{
    fakes::FakeReply stall;
    stall.stall = true;
    judge.rawReply(QStringLiteral("context_recall"), stall);
    JudgeProfile quick = profile();
    quick.timeoutMs = 200;
    quick.maxRetries = 0;
    restart(JudgeLanguage::English, false, quick);
    const MetricScore s = score(QStringLiteral("context_recall"),
        sample(QStringLiteral("Q?"), QStringLiteral("A."), { QStringLiteral("c") }, QStringLiteral("truth")));
    EXPECT_EQ(s.status, ScoreStatus::Failed);
    EXPECT_EQ(s.evidence.value(QStringLiteral("error_code")), QStringLiteral("TIMEOUT_ERROR"));
}

TEST_F(JudgedMetricsTest, ChineseRunsSendChinesePrompts)
{
    restart(JudgeLanguage::Chinese);
    judge.answer(QStringLiteral("statement_generator"), statements({ "巴黎在法国。" }));
    judge.answer(QStringLiteral("nli_statement"), nliAnswer({ 1 }));
    const MetricScore s = score(QStringLiteral("faithfulness"),
        sample(
            QStringLiteral("巴黎在哪里？"), QStringLiteral("巴黎在法国。"), { QStringLiteral("巴黎是法国的首都。") }));
    ASSERT_TRUE(s.hasValue());
    const QString prompt = server.requests()
                               .at(0)
                               .json.value(QStringLiteral("messages"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QStringLiteral("content"))
                               .toString();
    EXPECT_NE(prompt.indexOf(QStringLiteral("巴黎在哪里？")), -1); // raw, not \u-escaped
    EXPECT_NE(prompt.indexOf(QStringLiteral("中文")), -1) << prompt.left(300).toStdString();
}

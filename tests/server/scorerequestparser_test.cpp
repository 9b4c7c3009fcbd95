// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "server/pythonliteral.h"
#include "server/scorerequestparser.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace evalbench;

namespace {

ScoreRequest accepted(const QByteArray& body, const QByteArray& contentType = "application/json")
{
    auto result = ScoreRequestParser::parse(body, contentType);
    if (const HttpProblem* problem = std::get_if<HttpProblem>(&result)) {
        ADD_FAILURE() << problem->status << " " << QJsonDocument(problem->body).toJson().toStdString();
        return {};
    }
    return std::get<ScoreRequest>(result);
}

HttpProblem rejected(const QByteArray& body, const QByteArray& contentType = "application/json")
{
    auto result = ScoreRequestParser::parse(body, contentType);
    if (!std::holds_alternative<HttpProblem>(result)) {
        ADD_FAILURE() << "accepted " << body.toStdString();
        return {};
    }
    return std::get<HttpProblem>(result);
}

// The "loc" of every 422 item, joined with dots: "body.question".
QStringList locs(const HttpProblem& problem)
{
    QStringList out;
    for (const QJsonValue& item : problem.body.value(QStringLiteral("detail")).toArray()) {
        QStringList parts;
        for (const QJsonValue& part : item.toObject().value(QStringLiteral("loc")).toArray())
            parts.append(part.isDouble() ? QString::number(part.toInt()) : part.toString());
        out.append(parts.join(QLatin1Char('.')));
    }
    return out;
}

} // namespace

TEST(ScoreRequestParser, ReadsEveryDocumentedField)
{
    const ScoreRequest request = accepted(R"({"question": "Q?", "answer": "A.", "contexts": ["c1", "c2"],
        "ground_truth": "G", "metrics": ["token_f1", "rouge_l"], "weights": {"token_f1": 2, "rouge_l": "1"},
        "judge_model": "gpt-4o-mini", "embedding_model": "bge-m3", "run": "nightly", "request_id": "wf-1-score",
        "ragas_compat": true, "reference_contexts": ["r1"], "app_id": "app-9", "metadata": {"user": "u1"}})");
    EXPECT_EQ(request.sample.question, QStringLiteral("Q?"));
    EXPECT_EQ(request.sample.answer, QStringLiteral("A."));
    EXPECT_EQ(request.sample.contexts, (QStringList { QStringLiteral("c1"), QStringLiteral("c2") }));
    EXPECT_TRUE(request.sample.contextMetadata.isEmpty());
    EXPECT_EQ(request.sample.groundTruth, QStringLiteral("G"));
    EXPECT_EQ(request.sample.referenceContexts, QStringList { QStringLiteral("r1") });
    EXPECT_EQ(request.metrics, (QStringList { QStringLiteral("token_f1"), QStringLiteral("rouge_l") }));
    EXPECT_EQ(request.weights.value(QStringLiteral("token_f1")), 2.0);
    EXPECT_EQ(request.weights.value(QStringLiteral("rouge_l")), 1.0);
    EXPECT_EQ(request.judgeModel, QStringLiteral("gpt-4o-mini"));
    EXPECT_EQ(request.embeddingModel, QStringLiteral("bge-m3"));
    EXPECT_EQ(request.runName, QStringLiteral("nightly"));
    EXPECT_EQ(request.requestId, QStringLiteral("wf-1-score"));
    EXPECT_TRUE(request.ragasCompat);
    EXPECT_EQ(request.sample.metadata.value(QStringLiteral("app_id")).toString(), QStringLiteral("app-9"));
    EXPECT_EQ(request.sample.metadata.value(QStringLiteral("user")).toString(), QStringLiteral("u1"));
}

TEST(ScoreRequestParser, AbsentOptionalFieldsStayAbsent)
{
    const ScoreRequest request = accepted(R"({"question": "Q"})");
    EXPECT_FALSE(request.sample.answer.has_value());
    EXPECT_FALSE(request.sample.contexts.has_value());
    EXPECT_FALSE(request.sample.groundTruth.has_value());
    EXPECT_TRUE(request.metrics.isEmpty());
    EXPECT_TRUE(request.requestId.isEmpty());
    EXPECT_FALSE(request.ragasCompat);
}

TEST(ScoreRequestParser, ContentTypes)
{
    EXPECT_EQ(accepted(R"({"question": "Q"})", "application/json; charset=utf-8").sample.question, QStringLiteral("Q"));
    EXPECT_EQ(accepted(R"({"question": "Q"})", "text/plain").sample.question, QStringLiteral("Q"));
    EXPECT_EQ(accepted(R"({"question": "Q"})", "").sample.question, QStringLiteral("Q"));
    EXPECT_EQ(rejected(R"({"question": "Q"})", "application/x-www-form-urlencoded").status, 415);
    EXPECT_EQ(rejected("question=Q", "multipart/form-data; boundary=x").status, 415);
}

TEST(ScoreRequestParser, MalformedJsonIs400WithAStringDetail)
{
    for (const QByteArray& body : { QByteArray(R"({"question": "Q)"), QByteArray("{'question': 'Q'}"),
             QByteArray("not json"), QByteArray(R"({"question": "Q",})") }) {
        const HttpProblem problem = rejected(body);
        EXPECT_EQ(problem.status, 400) << body.toStdString();
        EXPECT_TRUE(problem.body.value(QStringLiteral("detail")).isString());
    }
}

TEST(ScoreRequestParser, RawNewlinesInsideStringsAreAccepted)
{
    // A raw-text body typed as a template: LLM text with newlines and a tab pasted in.
    const ScoreRequest request = accepted("{\"question\": \"Q\", \"answer\": \"line 1\nline\t2\"}", "text/plain");
    EXPECT_EQ(request.sample.answer, QStringLiteral("line 1\nline\t2"));
}

TEST(ScoreRequestParser, MissingQuestionIs422InFastApiShape)
{
    const HttpProblem problem = rejected(R"({"answer": "A"})");
    EXPECT_EQ(problem.status, 422);
    const QJsonArray detail = problem.body.value(QStringLiteral("detail")).toArray();
    ASSERT_EQ(detail.size(), 1);
    const QJsonObject item = detail.first().toObject();
    EXPECT_EQ(item.value(QStringLiteral("loc")).toArray(),
        (QJsonArray { QStringLiteral("body"), QStringLiteral("question") }));
    EXPECT_EQ(item.value(QStringLiteral("msg")).toString(), QStringLiteral("field required"));
    EXPECT_EQ(item.value(QStringLiteral("type")).toString(), QStringLiteral("value_error.missing"));
}

TEST(ScoreRequestParser, EveryProblemIsListed)
{
    const HttpProblem problem = rejected(
        R"({"question": ["not", "a", "string"], "answer": {"x": 1}, "metrics": [1, "token_f1"], "weights": {"a": "x"},
            "contexts": 5, "ragas_compat": "maybe"})");
    EXPECT_EQ(problem.status, 422);
    EXPECT_EQ(locs(problem),
        (QStringList { QStringLiteral("body.question"), QStringLiteral("body.answer"), QStringLiteral("body.contexts"),
            QStringLiteral("body.metrics.0"), QStringLiteral("body.weights.a"), QStringLiteral("body.ragas_compat") }));
}

TEST(ScoreRequestParser, NonObjectBodiesAre422)
{
    EXPECT_EQ(rejected("[1, 2]").status, 422);
    EXPECT_EQ(rejected("\"question\"").status, 422);
    EXPECT_EQ(rejected("").status, 422);
    EXPECT_EQ(locs(rejected("   ")), QStringList { QStringLiteral("body") });
}

TEST(ScoreRequestParser, EmptyQuestionIsRejected)
{
    EXPECT_EQ(locs(rejected(R"({"question": "  "})")), QStringList { QStringLiteral("body.question") });
}

TEST(ScoreRequestParser, NoneAndNullStringsMeanNull)
{
    const ScoreRequest request = accepted(
        R"({"question": "Q", "answer": "None", "ground_truth": "null", "contexts": "None", "run": "None",
            "request_id": "null", "metrics": "None", "judge_model": "None"})");
    EXPECT_FALSE(request.sample.answer.has_value());
    EXPECT_FALSE(request.sample.groundTruth.has_value());
    EXPECT_FALSE(request.sample.contexts.has_value());
    EXPECT_TRUE(request.runName.isEmpty());
    EXPECT_TRUE(request.requestId.isEmpty());
    EXPECT_TRUE(request.metrics.isEmpty());
    EXPECT_TRUE(request.judgeModel.isEmpty());
    EXPECT_EQ(locs(rejected(R"({"question": "None"})")), QStringList { QStringLiteral("body.question") });
}

TEST(ScoreRequestParser, UnknownTopLevelKeysAreIgnored)
{
    // json_repair can turn `x", "score": 5, "y": "z` in an answer into extra top-level keys.
    const ScoreRequest request =
        accepted(R"({"question": "Q", "answer": "x", "score": 5, "scores": {"token_f1": 1}, "y": "z",
            "weighted_score": 1})");
    EXPECT_EQ(request.sample.answer, QStringLiteral("x"));
    EXPECT_TRUE(request.sample.metadata.isEmpty());
    EXPECT_TRUE(request.weights.isEmpty());
}

TEST(ScoreRequestParser, MetricsAsACommaString)
{
    EXPECT_EQ(accepted(R"({"question": "Q", "metrics": "token_f1, rouge_l,,"})").metrics,
        (QStringList { QStringLiteral("token_f1"), QStringLiteral("rouge_l") }));
}

TEST(ScoreRequestParser, NumbersAreReadAsStrings)
{
    const ScoreRequest request = accepted(R"({"question": 42, "answer": 1.5, "request_id": 7})");
    EXPECT_EQ(request.sample.question, QStringLiteral("42"));
    EXPECT_EQ(request.sample.answer, QStringLiteral("1.5"));
    EXPECT_EQ(request.requestId, QStringLiteral("7"));
}

TEST(ScoreRequestParser, KnowledgeRetrievalObjectsKeepTheirMetadata)
{
    const ScoreRequest request = accepted(R"({"question": "Q", "contexts": [
        {"metadata": {"_source": "knowledge", "dataset_id": "d1", "dataset_name": "FAQ", "document_id": "doc1",
                      "document_name": "faq.md", "segment_id": "s1", "score": 0.83, "position": 1,
                      "doc_metadata": null, "child_chunks": []},
         "title": "faq.md", "files": null, "content": "chunk one", "summary": null},
        {"metadata": {"score": "None", "document_name": "b.md"}, "title": "None", "content": "chunk two"},
        {"text": "from text"}, {"page_content": "from page_content"}]})");
    ASSERT_EQ(request.sample.contexts,
        (QStringList { QStringLiteral("chunk one"), QStringLiteral("chunk two"), QStringLiteral("from text"),
            QStringLiteral("from page_content") }));
    const QJsonArray metadata = request.sample.contextMetadata;
    ASSERT_EQ(metadata.size(), 4);
    const QJsonObject first = metadata.at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("title")).toString(), QStringLiteral("faq.md"));
    EXPECT_EQ(first.value(QStringLiteral("document_name")).toString(), QStringLiteral("faq.md"));
    EXPECT_EQ(first.value(QStringLiteral("dataset_name")).toString(), QStringLiteral("FAQ"));
    EXPECT_EQ(first.value(QStringLiteral("segment_id")).toString(), QStringLiteral("s1"));
    EXPECT_EQ(first.value(QStringLiteral("document_id")).toString(), QStringLiteral("doc1"));
    EXPECT_DOUBLE_EQ(first.value(QStringLiteral("score")).toDouble(), 0.83);
    EXPECT_EQ(first.value(QStringLiteral("position")).toInt(), 1);
    EXPECT_FALSE(first.contains(QStringLiteral("dataset_id")));
    const QJsonObject second = metadata.at(1).toObject();
    EXPECT_TRUE(second.value(QStringLiteral("score")).isNull());
    EXPECT_TRUE(second.value(QStringLiteral("title")).isNull());
}

TEST(ScoreRequestParser, ContextObjectWithoutTextIs422)
{
    EXPECT_EQ(locs(rejected(R"({"question": "Q", "contexts": [{"title": "t"}]})")),
        QStringList { QStringLiteral("body.contexts.0.content") });
    EXPECT_EQ(locs(rejected(R"({"question": "Q", "contexts": [{"content": 3}]})")),
        QStringList { QStringLiteral("body.contexts.0.content") });
}

TEST(ScoreRequestParser, OneStringIsOneContextUnlessASeparatorIsGiven)
{
    EXPECT_EQ(accepted(R"({"question": "Q", "contexts": "line 1\nline 2\n\nline 3"})").sample.contexts,
        QStringList { QStringLiteral("line 1\nline 2\n\nline 3") });
    EXPECT_EQ(accepted(R"({"question": "Q", "contexts": "a\n\nb\n\n", "contexts_separator": "\n\n"})").sample.contexts,
        (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    // Typed into a template, "\n" arrives as a backslash and an n.
    EXPECT_EQ(accepted(R"({"question": "Q", "contexts": "a\nb", "contexts_separator": "\\n"})").sample.contexts,
        (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    // Dify renders an empty array variable as "".
    EXPECT_EQ(accepted(R"({"question": "Q", "contexts": ""})").sample.contexts, QStringList {});
}

TEST(ScoreRequestParser, AStringHoldingAJsonArray)
{
    const ScoreRequest request =
        accepted(R"({"question": "Q", "contexts": "[\"c1\", {\"content\": \"c2\", \"title\": \"t\"}]"})");
    EXPECT_EQ(request.sample.contexts, (QStringList { QStringLiteral("c1"), QStringLiteral("c2") }));
    EXPECT_EQ(
        request.sample.contextMetadata.at(1).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("t"));
}

TEST(ScoreRequestParser, APythonReprLeftover)
{
    // What Dify pastes for an array[object] variable, after json_repair left it a string.
    const ScoreRequest request = accepted(
        R"({"question": "Q", "contexts": "[{'metadata': {'score': None, 'document_name': \"it's.md\", 'position': 1}, 'title': 'it\\'s', 'content': 'It\\'s \"quoted\"\\nnext', 'files': None, 'summary': None}, {'content': 'b', 'metadata': {'score': 0.5}}]"})");
    ASSERT_EQ(request.sample.contexts, (QStringList { QStringLiteral("It's \"quoted\"\nnext"), QStringLiteral("b") }));
    const QJsonObject first = request.sample.contextMetadata.at(0).toObject();
    EXPECT_TRUE(first.value(QStringLiteral("score")).isNull());
    EXPECT_EQ(first.value(QStringLiteral("document_name")).toString(), QStringLiteral("it's.md"));
    EXPECT_EQ(first.value(QStringLiteral("title")).toString(), QStringLiteral("it's"));
    EXPECT_DOUBLE_EQ(request.sample.contextMetadata.at(1).toObject().value(QStringLiteral("score")).toDouble(), 0.5);
}

TEST(ScoreRequestParser, ABrokenPythonReprIsAClear422)
{
    const HttpProblem problem = rejected(R"({"question": "Q", "contexts": "[{'content': 'a', 'score': None"})");
    EXPECT_EQ(locs(problem), QStringList { QStringLiteral("body.contexts") });
    EXPECT_TRUE(problem.body.value(QStringLiteral("detail"))
                    .toArray()
                    .first()
                    .toObject()
                    .value(QStringLiteral("msg"))
                    .toString()
                    .contains(QLatin1String("Code node")));
}

TEST(ScoreRequestParser, ABracketedSentenceIsOneContext)
{
    EXPECT_EQ(accepted(R"({"question": "Q", "contexts": "[1] Smith et al. found that"})").sample.contexts,
        QStringList { QStringLiteral("[1] Smith et al. found that") });
}

TEST(PythonLiteral, ReadsTheSafeSubset)
{
    const auto value = PythonLiteral::parse(
        uR"([{'a': 1, "b": -2.5e3, 'c': None, 'd': True, 'e': False, 'f': (1, 2,), 'g': [], 'h': {}, 3: 'x\x41\u00e9'},])");
    ASSERT_TRUE(std::holds_alternative<QJsonValue>(value)) << std::get<QString>(value).toStdString();
    const QJsonObject object = std::get<QJsonValue>(value).toArray().first().toObject();
    EXPECT_EQ(object.value(QStringLiteral("a")).toInt(), 1);
    EXPECT_DOUBLE_EQ(object.value(QStringLiteral("b")).toDouble(), -2500);
    EXPECT_TRUE(object.value(QStringLiteral("c")).isNull());
    EXPECT_TRUE(object.value(QStringLiteral("d")).toBool());
    EXPECT_FALSE(object.value(QStringLiteral("e")).toBool());
    EXPECT_EQ(object.value(QStringLiteral("f")).toArray(), (QJsonArray { 1, 2 }));
    EXPECT_EQ(object.value(QStringLiteral("3")).toString(), QStringLiteral("xA\u00e9"));
}

TEST(PythonLiteral, RejectsAnythingElse)
{
    for (const char16_t* text : { u"__import__('os')", u"[1, 2", u"{'a' 1}", u"'unterminated", u"[1] 2", u"{[1]: 2}",
             u"[x]", u"lambda: 1", u"'\\x4'" }) {
        EXPECT_TRUE(std::holds_alternative<QString>(PythonLiteral::parse(QStringView(text))))
            << QString::fromUtf16(text).toStdString();
    }
}

TEST(PythonLiteral, DeepNestingIsAnErrorNotACrash)
{
    const QString deep = QString(100000, QLatin1Char('[')) + QString(100000, QLatin1Char(']'));
    EXPECT_TRUE(std::holds_alternative<QString>(PythonLiteral::parse(deep)));
}

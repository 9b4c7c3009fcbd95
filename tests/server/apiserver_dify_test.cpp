// SPDX-License-Identifier: MIT
// What Dify workflows really post (dify-reference.md §1.5, §2): the three contexts shapes, Python
// repr leftovers, "None" strings, a separator, and retries that must not duplicate jobs.
#include "apiservertest.h"
#include "common/testprinters.h"

using namespace evalbench;

namespace {

// The report's sample for a job, once the job has completed.
QJsonObject reportSample(ApiClient& client, const QJsonObject& accepted)
{
    const QJsonObject job = client.waitForJob(accepted.value(QStringLiteral("job_id")).toString());
    EXPECT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("completed"))
        << QJsonDocument(job).toJson().toStdString();
    const QJsonObject report =
        client.get(QStringLiteral("/api/runs/") + accepted.value(QStringLiteral("run_id")).toString()).json();
    for (const QJsonValue& sample : report.value(QStringLiteral("samples")).toArray()) {
        if (sample.toObject().value(QStringLiteral("question")).toString()
            == job.value(QStringLiteral("request_summary")).toObject().value(QStringLiteral("question")).toString())
            return sample.toObject();
    }
    ADD_FAILURE() << "sample not in the report";
    return {};
}

QStringList contextsOf(const QJsonObject& sample)
{
    QStringList out;
    for (const QJsonValue& context : sample.value(QStringLiteral("contexts")).toArray())
        out.append(context.toString());
    return out;
}

QJsonObject body(const QString& question, const QJsonValue& contexts)
{
    return { { QStringLiteral("question"), question }, { QStringLiteral("answer"), QStringLiteral("the answer") },
        { QStringLiteral("contexts"), contexts }, { QStringLiteral("run"), QStringLiteral("dify") },
        { QStringLiteral("metrics"), QJsonArray { QStringLiteral("token_f1") } },
        { QStringLiteral("ground_truth"), QStringLiteral("the answer") } };
}

} // namespace

TEST_F(ApiServerTest, ContextsAsAListOfStrings)
{
    startServer();
    const QJsonObject sample = reportSample(
        m_client, postJob(body(QStringLiteral("strings"), QJsonArray { QStringLiteral("c1"), QStringLiteral("c2") })));
    EXPECT_EQ(contextsOf(sample), (QStringList { QStringLiteral("c1"), QStringLiteral("c2") }));
}

TEST_F(ApiServerTest, ContextsAsKnowledgeRetrievalObjects)
{
    startServer();
    const QJsonArray result { QJsonObject {
        { QStringLiteral("metadata"),
            QJsonObject { { QStringLiteral("_source"), QStringLiteral("knowledge") },
                { QStringLiteral("dataset_name"), QStringLiteral("FAQ") },
                { QStringLiteral("document_name"), QStringLiteral("faq.md") },
                { QStringLiteral("segment_id"), QStringLiteral("seg-1") }, { QStringLiteral("score"), 0.83 },
                { QStringLiteral("position"), 1 } } },
        { QStringLiteral("title"), QStringLiteral("faq.md") },
        { QStringLiteral("content"), QStringLiteral("Refunds within 30 days.") } } };
    const QJsonObject sample = reportSample(m_client, postJob(body(QStringLiteral("objects"), result)));
    EXPECT_EQ(contextsOf(sample), QStringList { QStringLiteral("Refunds within 30 days.") });
}

TEST_F(ApiServerTest, ContextsAsOneStringStayOneContextUnlessSeparated)
{
    startServer();
    const QString joined = QStringLiteral("chunk one\nstill chunk one\n\nchunk two");
    EXPECT_EQ(contextsOf(reportSample(m_client, postJob(body(QStringLiteral("one string"), joined)))),
        QStringList { joined });
    QJsonObject separated = body(QStringLiteral("separated"), joined);
    separated.insert(QStringLiteral("contexts_separator"), QStringLiteral("\n\n"));
    EXPECT_EQ(contextsOf(reportSample(m_client, postJob(separated))),
        (QStringList { QStringLiteral("chunk one\nstill chunk one"), QStringLiteral("chunk two") }));
}

TEST_F(ApiServerTest, ContextsAsAPythonReprLeftover)
{
    startServer();
    const QString repr = QStringLiteral(
        "[{'metadata': {'_source': 'knowledge', 'score': None, 'document_name': \"it's.md\"}, 'title': 'it\\'s.md', "
        "'files': None, 'content': 'It\\'s \"quoted\"', 'summary': None}, {'content': 'second', 'metadata': {}}]");
    EXPECT_EQ(contextsOf(reportSample(m_client, postJob(body(QStringLiteral("repr"), repr)))),
        (QStringList { QStringLiteral("It's \"quoted\""), QStringLiteral("second") }));
}

TEST_F(ApiServerTest, NoneStringsAreNull)
{
    startServer();
    QJsonObject posted = body(QStringLiteral("none strings"), QStringLiteral("None"));
    posted.insert(QStringLiteral("ground_truth"), QStringLiteral("None"));
    posted.insert(QStringLiteral("request_id"), QStringLiteral("null"));
    const QJsonObject accepted = postJob(posted);
    const QJsonObject job = m_client.waitForJob(accepted.value(QStringLiteral("job_id")).toString());
    const QJsonObject summary = job.value(QStringLiteral("request_summary")).toObject();
    EXPECT_FALSE(summary.value(QStringLiteral("has_contexts")).toBool());
    EXPECT_FALSE(summary.value(QStringLiteral("has_ground_truth")).toBool());
    // token_f1 needs the ground truth: skipped, not scored 0.
    EXPECT_TRUE(job.value(QStringLiteral("skipped_metrics")).toArray().contains(QStringLiteral("token_f1")));
    // "null" is no request id: a second identical post is a second job.
    EXPECT_NE(postJob(posted).value(QStringLiteral("job_id")), accepted.value(QStringLiteral("job_id")));
}

TEST_F(ApiServerTest, ForgedTopLevelScoresAreIgnored)
{
    startServer();
    QJsonObject posted = body(QStringLiteral("forged"), QJsonArray { QStringLiteral("c") });
    posted.insert(QStringLiteral("answer"), QStringLiteral("wrong"));
    posted.insert(QStringLiteral("score"), 5);
    posted.insert(QStringLiteral("scores"), QJsonObject { { QStringLiteral("token_f1"), 1 } });
    const QJsonObject job = m_client.waitForJob(postJob(posted).value(QStringLiteral("job_id")).toString());
    EXPECT_DOUBLE_EQ(
        job.value(QStringLiteral("scores")).toObject().value(QStringLiteral("token_f1")).toDouble(-1), 0.0);
}

TEST_F(ApiServerTest, RepeatedRequestIdReturnsTheFirstJob)
{
    startServer();
    QJsonObject posted = body(QStringLiteral("retried"), QJsonArray { QStringLiteral("c") });
    posted.insert(QStringLiteral("request_id"), QStringLiteral("run-7f3a-score"));
    const QJsonObject first = postJob(posted);
    // Dify's default retry: the same post three more times.
    for (int i = 0; i < 3; ++i) {
        const QJsonObject again = postJob(posted);
        EXPECT_EQ(again.value(QStringLiteral("job_id")), first.value(QStringLiteral("job_id")));
        EXPECT_EQ(again.value(QStringLiteral("run_id")), first.value(QStringLiteral("run_id")));
    }
    EXPECT_EQ(m_client.get(QStringLiteral("/api/score/jobs")).json().value(QStringLiteral("total")).toInt(), 1);
}

TEST_F(ApiServerTest, IdempotencyKeyHeaderStandsInForRequestId)
{
    startServer();
    const QJsonObject posted = body(QStringLiteral("keyed"), QJsonArray { QStringLiteral("c") });
    const QList<QPair<QByteArray, QByteArray>> key { { "Idempotency-Key", "wf-run-42-eval" } };
    const QJsonObject first = postJob(posted, key);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(postJob(posted, key).value(QStringLiteral("job_id")), first.value(QStringLiteral("job_id")));
    // Without the key it is a new job.
    EXPECT_NE(postJob(posted).value(QStringLiteral("job_id")), first.value(QStringLiteral("job_id")));
    m_client.waitForJob(first.value(QStringLiteral("job_id")).toString());
    EXPECT_EQ(m_client.get(QStringLiteral("/api/score/jobs")).json().value(QStringLiteral("total")).toInt(), 2);
}

TEST_F(ApiServerTest, SamplesWithTheSameRunNameLandInOneRun)
{
    startServer();
    const QJsonObject a = postJob(body(QStringLiteral("a"), QJsonArray { QStringLiteral("c") }));
    const QJsonObject b = postJob(body(QStringLiteral("b"), QJsonArray { QStringLiteral("c") }));
    EXPECT_EQ(a.value(QStringLiteral("run_id")), b.value(QStringLiteral("run_id")));
}

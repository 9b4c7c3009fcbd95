// SPDX-License-Identifier: MIT
// Every route and every error status of the HTTP API, against a real listener on loopback.
#include "apiservertest.h"
#include "common/testprinters.h"
#include "server/apiroutes.h"

#include <QTcpSocket>

using namespace evalbench;

namespace {

QJsonObject sampleBody(const QString& question = QStringLiteral("What is the capital of France?"))
{
    return { { QStringLiteral("question"), question }, { QStringLiteral("answer"), QStringLiteral("Paris") },
        { QStringLiteral("ground_truth"), QStringLiteral("Paris") },
        { QStringLiteral("contexts"), QJsonArray { QStringLiteral("Paris is the capital of France.") } },
        { QStringLiteral("metrics"), QJsonArray { QStringLiteral("exact_match"), QStringLiteral("token_f1") } } };
}

} // namespace

TEST_F(ApiServerTest, HealthzAnswersWithoutAToken)
{
    ApiServerSettings settings;
    settings.token = QStringLiteral("s3cret");
    startServer(settings);
    const ApiAnswer answer = m_client.get(QStringLiteral("/healthz"));
    EXPECT_EQ(answer.status, 200);
    EXPECT_EQ(answer.json().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
    EXPECT_TRUE(answer.contentType.startsWith("application/json"));
}

TEST_F(ApiServerTest, OpenApiDocumentDescribesEveryRoute)
{
    startServer();
    const ApiAnswer answer = m_client.get(QStringLiteral("/openapi.json"));
    ASSERT_EQ(answer.status, 200);
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(answer.body, &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_TRUE(document.value(QStringLiteral("openapi")).toString().startsWith(QLatin1String("3.")));
    const QJsonObject paths = document.value(QStringLiteral("paths")).toObject();
    int operations = 0;
    for (const ApiRoute& route : ApiRoutes::routes()) {
        const QJsonObject path = paths.value(route.pattern).toObject();
        const QString method = QString::fromLatin1(route.method).toLower();
        ASSERT_TRUE(path.contains(method)) << route.method.toStdString() << " " << route.pattern.toStdString();
        EXPECT_FALSE(path.value(method).toObject().value(QStringLiteral("responses")).toObject().isEmpty());
    }
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it)
        operations += int(it.value().toObject().size());
    EXPECT_EQ(operations, ApiRoutes::routes().size()) << "the document lists a route the server does not have";
}

TEST_F(ApiServerTest, UnknownRouteIs404AndWrongMethodIs405WithAllow)
{
    startServer();
    const ApiAnswer missing = m_client.get(QStringLiteral("/api/nope"));
    EXPECT_EQ(missing.status, 404);
    EXPECT_TRUE(missing.json().value(QStringLiteral("detail")).isString());

    const ApiAnswer wrong = m_client.get(QStringLiteral("/api/score/async"));
    EXPECT_EQ(wrong.status, 405);
    EXPECT_EQ(wrong.header("Allow"), QByteArray("POST"));
    EXPECT_EQ(m_client.send("DELETE", QStringLiteral("/api/score/jobs/abc")).status, 405);
    const ApiAnswer postHealth = m_client.send("POST", QStringLiteral("/healthz"), "{}");
    EXPECT_EQ(postHealth.status, 405);
    EXPECT_EQ(postHealth.header("Allow"), QByteArray("GET"));
}

TEST_F(ApiServerTest, TokenIsRequiredInEitherHeader)
{
    ApiServerSettings settings;
    settings.token = QStringLiteral("s3cret");
    startServer(settings);
    const ApiAnswer none = m_client.post(QStringLiteral("/api/score/async"), sampleBody());
    EXPECT_EQ(none.status, 401);
    EXPECT_TRUE(none.json().value(QStringLiteral("detail")).isString());
    EXPECT_EQ(none.header("WWW-Authenticate"), QByteArray("Bearer"));
    EXPECT_EQ(
        m_client.post(QStringLiteral("/api/score/async"), sampleBody(), { { "Authorization", "Bearer wrong" } }).status,
        401);
    EXPECT_EQ(
        m_client.post(QStringLiteral("/api/score/async"), sampleBody(), { { "X-API-Key", "s3cre" } }).status, 401);
    EXPECT_EQ(
        m_client.post(QStringLiteral("/api/score/async"), sampleBody(), { { "Authorization", "s3cret" } }).status, 401);
    EXPECT_EQ(m_client.get(QStringLiteral("/api/score/jobs")).status, 401);

    EXPECT_EQ(m_client.post(QStringLiteral("/api/score/async"), sampleBody(), { { "Authorization", "Bearer s3cret" } })
                  .status,
        202);
    EXPECT_EQ(
        m_client.post(QStringLiteral("/api/score/async"), sampleBody(), { { "X-API-Key", "s3cret" } }).status, 202);
    EXPECT_EQ(m_client.get(QStringLiteral("/api/score/jobs"), { { "authorization", "bearer s3cret" } }).status, 200);
}

TEST_F(ApiServerTest, NonLoopbackAddressWithoutATokenIsRefused)
{
    ApiServerSettings settings;
    settings.address = QHostAddress::AnyIPv4;
    const auto error = m_server->start(settings);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->code, ErrorCode::Unauthorized);
    EXPECT_TRUE(error->message.contains(QLatin1String("token")));
    EXPECT_FALSE(m_server->isRunning());
}

TEST_F(ApiServerTest, PortInUseIsReportedClearly)
{
    startServer();
    ApiServer second(*m_jobs, *m_dataDir);
    ApiServerSettings settings;
    settings.port = m_server->port();
    const auto error = second.start(settings);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->code, ErrorCode::Internal);
    EXPECT_TRUE(error->message.contains(QString::number(settings.port))) << error->message.toStdString();
    EXPECT_TRUE(error->message.contains(QLatin1String("--port"))) << error->message.toStdString();
    EXPECT_FALSE(second.isRunning());
}

TEST_F(ApiServerTest, MalformedJsonIs400)
{
    startServer();
    const ApiAnswer answer = m_client.send(
        "POST", QStringLiteral("/api/score/async"), "{\"question\": \"Q", { { "Content-Type", "application/json" } });
    EXPECT_EQ(answer.status, 400);
    EXPECT_TRUE(answer.json().value(QStringLiteral("detail")).isString());
}

TEST_F(ApiServerTest, UnsupportedContentTypeIs415AndTextPlainOrNoneIsAccepted)
{
    startServer();
    const QByteArray body = QJsonDocument(sampleBody()).toJson(QJsonDocument::Compact);
    EXPECT_EQ(m_client
                  .send("POST", QStringLiteral("/api/score/async"), "question=Q",
                      { { "Content-Type", "application/x-www-form-urlencoded" } })
                  .status,
        415);
    EXPECT_EQ(
        m_client.send("POST", QStringLiteral("/api/score/async"), body, { { "Content-Type", "text/plain" } }).status,
        202);
    EXPECT_EQ(m_client.send("POST", QStringLiteral("/api/score/async"), body).status, 202);
}

TEST_F(ApiServerTest, MissingQuestionIs422InFastApiShape)
{
    startServer();
    const ApiAnswer answer =
        m_client.post(QStringLiteral("/api/score/async"), { { QStringLiteral("answer"), QStringLiteral("A") } });
    ASSERT_EQ(answer.status, 422);
    const QJsonArray detail = answer.detailItems();
    ASSERT_EQ(detail.size(), 1);
    const QJsonObject item = detail.first().toObject();
    EXPECT_EQ(item.value(QStringLiteral("loc")).toArray(),
        (QJsonArray { QStringLiteral("body"), QStringLiteral("question") }));
    EXPECT_EQ(item.value(QStringLiteral("msg")).toString(), QStringLiteral("field required"));
    EXPECT_EQ(item.value(QStringLiteral("type")).toString(), QStringLiteral("value_error.missing"));
}

TEST_F(ApiServerTest, WrongTypesAre422ListingEveryField)
{
    startServer();
    const ApiAnswer answer = m_client.post(QStringLiteral("/api/score"),
        { { QStringLiteral("question"), QJsonArray { 1 } }, { QStringLiteral("answer"), QJsonObject {} },
            { QStringLiteral("metrics"), 5 } });
    ASSERT_EQ(answer.status, 422);
    QStringList fields;
    for (const QJsonValue& item : answer.detailItems())
        fields.append(item.toObject().value(QStringLiteral("loc")).toArray().at(1).toString());
    EXPECT_EQ(
        fields, (QStringList { QStringLiteral("question"), QStringLiteral("answer"), QStringLiteral("metrics") }));
}

TEST_F(ApiServerTest, UnknownMetricIs422)
{
    startServer();
    QJsonObject body = sampleBody();
    body.insert(QStringLiteral("metrics"), QJsonArray { QStringLiteral("no_such_metric") });
    const ApiAnswer answer = m_client.post(QStringLiteral("/api/score/async"), body);
    EXPECT_EQ(answer.status, 422) << answer.body.toStdString();
    EXPECT_FALSE(answer.detailItems().isEmpty());
}

TEST_F(ApiServerTest, BodyOverTheLimitIs413)
{
    ApiServerSettings settings;
    settings.maxBodyBytes = 4096;
    startServer(settings);
    QJsonObject body = sampleBody();
    body.insert(QStringLiteral("answer"), QString(20000, QLatin1Char('x')));
    const ApiAnswer answer = m_client.post(QStringLiteral("/api/score/async"), body);
    EXPECT_EQ(answer.status, 413) << answer.networkError.toStdString();
    EXPECT_TRUE(answer.json().value(QStringLiteral("detail")).toString().contains(QLatin1String("4096")));
    // The listener still serves the next caller.
    EXPECT_EQ(m_client.post(QStringLiteral("/api/score/async"), sampleBody()).status, 202);
}

TEST_F(ApiServerTest, ExpectContinueIsAnsweredAndAnOversizedOneRejectedBeforeTheBody)
{
    ApiServerSettings settings;
    settings.maxBodyBytes = 4096;
    startServer(settings);
    const QByteArray body = QJsonDocument(sampleBody()).toJson(QJsonDocument::Compact);

    QTcpSocket small;
    small.connectToHost(QHostAddress::LocalHost, m_server->port());
    ASSERT_TRUE(small.waitForConnected(10000));
    small.write("POST /api/score/async HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                "Expect: 100-continue\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n");
    QByteArray got;
    while (!got.contains("\r\n\r\n") && small.waitForReadyRead(10000))
        got += small.readAll();
    EXPECT_TRUE(got.startsWith("HTTP/1.1 100 Continue")) << got.toStdString();
    small.write(body);
    got.clear();
    while (!got.contains("job_id") && small.waitForReadyRead(10000))
        got += small.readAll();
    EXPECT_TRUE(got.startsWith("HTTP/1.1 202")) << got.toStdString();

    QTcpSocket large;
    large.connectToHost(QHostAddress::LocalHost, m_server->port());
    ASSERT_TRUE(large.waitForConnected(10000));
    large.write("POST /api/score/async HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                "Expect: 100-continue\r\nContent-Length: 50000000\r\n\r\n");
    got.clear();
    while (!got.contains("}") && large.waitForReadyRead(10000))
        got += large.readAll();
    EXPECT_TRUE(got.startsWith("HTTP/1.1 413")) << got.toStdString();
}

TEST_F(ApiServerTest, ChunkedBodyOverTheLimitIs413)
{
    ApiServerSettings settings;
    settings.maxBodyBytes = 4096;
    startServer(settings);
    QJsonObject body = sampleBody();
    body.insert(QStringLiteral("answer"), QString(6000, QLatin1Char('x')));
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    ASSERT_TRUE(socket.waitForConnected(10000));
    socket.write("POST /api/score/async HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Transfer-Encoding: chunked\r\n\r\n"
        + QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n0\r\n\r\n");
    QByteArray got;
    while (!got.contains("}") && socket.waitForReadyRead(10000))
        got += socket.readAll();
    EXPECT_TRUE(got.startsWith("HTTP/1.1 413")) << got.toStdString();
}

TEST_F(ApiServerTest, AJobIsPolledUntilCompletedWithTheRightScores)
{
    startServer();
    const QJsonObject accepted = postJob(sampleBody());
    EXPECT_EQ(accepted.value(QStringLiteral("status")).toString(), QStringLiteral("queued"));
    const QString jobId = accepted.value(QStringLiteral("job_id")).toString();
    ASSERT_FALSE(jobId.isEmpty());
    EXPECT_FALSE(accepted.value(QStringLiteral("run_id")).toString().isEmpty());

    QJsonObject wrongBody = sampleBody(QStringLiteral("Capital of Spain?"));
    wrongBody.insert(QStringLiteral("answer"), QStringLiteral("Lyon"));
    const QString wrongId = postJob(wrongBody).value(QStringLiteral("job_id")).toString();

    const QJsonObject job = m_client.waitForJob(jobId);
    EXPECT_EQ(job.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    EXPECT_EQ(job.value(QStringLiteral("job_id")).toString(), jobId);
    EXPECT_EQ(job.value(QStringLiteral("run_id")).toString(), accepted.value(QStringLiteral("run_id")).toString());
    const QJsonObject scores = job.value(QStringLiteral("scores")).toObject();
    EXPECT_DOUBLE_EQ(scores.value(QStringLiteral("exact_match")).toDouble(-1), 1.0);
    EXPECT_DOUBLE_EQ(scores.value(QStringLiteral("token_f1")).toDouble(-1), 1.0);
    EXPECT_DOUBLE_EQ(job.value(QStringLiteral("weighted_score")).toDouble(-1), 1.0);
    EXPECT_TRUE(
        job.value(QStringLiteral("request_summary")).toObject().value(QStringLiteral("has_ground_truth")).toBool());

    const QJsonObject wrong = m_client.waitForJob(wrongId);
    EXPECT_DOUBLE_EQ(
        wrong.value(QStringLiteral("scores")).toObject().value(QStringLiteral("exact_match")).toDouble(-1), 0.0);
}

TEST_F(ApiServerTest, UnknownJobIs404WithTheFastApiDetail)
{
    startServer();
    const ApiAnswer answer = m_client.get(QStringLiteral("/api/score/jobs/nope-123"));
    EXPECT_EQ(answer.status, 404);
    EXPECT_EQ(
        answer.json().value(QStringLiteral("detail")).toString(), QStringLiteral("Score job not found: nope-123"));
}

TEST_F(ApiServerTest, JobListFiltersPagesAndRejectsBadParameters)
{
    startServer();
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(postJob(sampleBody(QStringLiteral("Q%1").arg(i))).value(QStringLiteral("job_id")).toString());
    for (const QString& id : ids)
        m_client.waitForJob(id);

    const QJsonObject all = m_client.get(QStringLiteral("/api/score/jobs")).json();
    EXPECT_EQ(all.value(QStringLiteral("total")).toInt(), 3);
    const QJsonArray jobs = all.value(QStringLiteral("jobs")).toArray();
    ASSERT_EQ(jobs.size(), 3);
    EXPECT_EQ(jobs.first().toObject().value(QStringLiteral("job_id")).toString(), ids.last()) << "newest first";

    const QJsonObject page = m_client.get(QStringLiteral("/api/score/jobs?status=completed&limit=1&offset=1")).json();
    EXPECT_EQ(page.value(QStringLiteral("total")).toInt(), 3);
    ASSERT_EQ(page.value(QStringLiteral("jobs")).toArray().size(), 1);
    EXPECT_EQ(
        page.value(QStringLiteral("jobs")).toArray().first().toObject().value(QStringLiteral("job_id")).toString(),
        ids.at(1));
    EXPECT_EQ(
        m_client.get(QStringLiteral("/api/score/jobs?status=queued")).json().value(QStringLiteral("total")).toInt(), 0);

    for (const QString& bad : { QStringLiteral("?limit=abc"), QStringLiteral("?limit=0"), QStringLiteral("?offset=-1"),
             QStringLiteral("?status=bogus") }) {
        const ApiAnswer answer = m_client.get(QStringLiteral("/api/score/jobs") + bad);
        EXPECT_EQ(answer.status, 422) << bad.toStdString();
        EXPECT_EQ(answer.detailItems().first().toObject().value(QStringLiteral("loc")).toArray().first().toString(),
            QStringLiteral("query"));
    }
}

TEST_F(ApiServerTest, ScoreNowAnswersTheScores)
{
    startServer();
    const ApiAnswer answer = m_client.post(QStringLiteral("/api/score"), sampleBody());
    ASSERT_EQ(answer.status, 200) << answer.body.toStdString();
    const QJsonObject json = answer.json();
    EXPECT_DOUBLE_EQ(
        json.value(QStringLiteral("scores")).toObject().value(QStringLiteral("exact_match")).toDouble(-1), 1.0);
    EXPECT_DOUBLE_EQ(json.value(QStringLiteral("weighted_score")).toDouble(-1), 1.0);
    EXPECT_TRUE(json.contains(QStringLiteral("latency_ms")));
    EXPECT_TRUE(json.value(QStringLiteral("skipped_metrics")).isArray());
}

TEST_F(ApiServerTest, RunsListReportAndExports)
{
    startServer();
    QJsonObject body = sampleBody();
    body.insert(QStringLiteral("run"), QStringLiteral("api-run"));
    const QJsonObject accepted = postJob(body);
    const QString runId = accepted.value(QStringLiteral("run_id")).toString();
    m_client.waitForJob(accepted.value(QStringLiteral("job_id")).toString());

    const QJsonObject runs = m_client.get(QStringLiteral("/api/runs")).json();
    ASSERT_FALSE(runs.value(QStringLiteral("runs")).toArray().isEmpty());
    EXPECT_EQ(
        runs.value(QStringLiteral("runs")).toArray().first().toObject().value(QStringLiteral("id")).toString(), runId);

    const ApiAnswer report = m_client.get(QStringLiteral("/api/runs/") + runId);
    ASSERT_EQ(report.status, 200);
    EXPECT_EQ(report.json().value(QStringLiteral("schema")).toString(), QStringLiteral("evalbench.report/1"));
    EXPECT_EQ(report.json().value(QStringLiteral("run")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("api-run"));

    const ApiAnswer md = m_client.get(QStringLiteral("/api/runs/%1/export?format=md").arg(runId));
    EXPECT_EQ(md.status, 200);
    EXPECT_TRUE(md.contentType.startsWith("text/markdown"));
    EXPECT_TRUE(md.header("Content-Disposition").contains(".md"));
    const ApiAnswer csv = m_client.get(QStringLiteral("/api/runs/%1/export?format=csv").arg(runId));
    EXPECT_EQ(csv.status, 200);
    EXPECT_TRUE(csv.contentType.startsWith("text/csv"));
    const ApiAnswer json = m_client.get(QStringLiteral("/api/runs/%1/export?format=json").arg(runId));
    EXPECT_EQ(json.status, 200);
    EXPECT_EQ(json.json().value(QStringLiteral("schema")).toString(), QStringLiteral("evalbench.report/1"));

    EXPECT_EQ(m_client.get(QStringLiteral("/api/runs/%1/export?format=xml").arg(runId)).status, 422);
    EXPECT_EQ(m_client.get(QStringLiteral("/api/runs/no-such-run")).status, 404);
    EXPECT_EQ(m_client.get(QStringLiteral("/api/runs/no-such-run/export?format=md")).status, 404);
    EXPECT_EQ(m_client.get(QStringLiteral("/api/runs?limit=x")).status, 422);
}

TEST_F(ApiServerTest, EveryAnswerIsReportedOnTheOwnersThread)
{
    startServer();
    QSignalSpy served(m_server.get(), &ApiServer::requestServed);
    EXPECT_EQ(m_client.get(QStringLiteral("/api/score/jobs/x")).status, 404);
    if (served.isEmpty()) {
        ASSERT_TRUE(served.wait(10000));
    }
    const auto entry = served.first().first().value<ApiRequestLog>();
    EXPECT_EQ(entry.method, QStringLiteral("GET"));
    EXPECT_EQ(entry.path, QStringLiteral("/api/score/jobs/x"));
    EXPECT_EQ(entry.status, 404);
    EXPECT_GE(entry.latencyMs, 0);
    EXPECT_TRUE(entry.time.isValid());
}

TEST_F(ApiServerTest, StopAndRestart)
{
    startServer();
    QSignalSpy running(m_server.get(), &ApiServer::runningChanged);
    m_server->stop();
    EXPECT_FALSE(m_server->isRunning());
    EXPECT_EQ(running.size(), 1);
    startServer();
    EXPECT_EQ(m_client.get(QStringLiteral("/healthz")).status, 200);
}

TEST_F(ApiServerTest, OversizedRequestOnAKeptAliveConnectionIs413)
{
    ApiServerSettings settings;
    settings.maxBodyBytes = 4096;
    startServer(settings);
    const QByteArray body = QJsonDocument(sampleBody()).toJson(QJsonDocument::Compact);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    ASSERT_TRUE(socket.waitForConnected(10000));
    socket.write("POST /api/score/async HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray got;
    while (!got.contains("job_id") && socket.waitForReadyRead(10000))
        got += socket.readAll();
    EXPECT_TRUE(got.startsWith("HTTP/1.1 202")) << got.toStdString();

    // The same connection (as httpx's pool reuses it), now with a body over the limit.
    socket.write("POST /api/score/async HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Content-Length: 60000000\r\n\r\n"
        + QByteArray(8192, 'x'));
    got.clear();
    while (!got.contains("}") && socket.waitForReadyRead(10000))
        got += socket.readAll();
    EXPECT_TRUE(got.startsWith("HTTP/1.1 413")) << got.toStdString();
}

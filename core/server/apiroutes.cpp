// SPDX-License-Identifier: MIT
#include "server/apiroutes.h"

#include "jobs/apijobservice.h"
#include "server/queryparams.h"
#include "server/scorerequestparser.h"

#include <QFile>
#include <QJsonArray>

namespace evalbench {

namespace {

struct RouteEntry
{
    ApiRoute route;
    int id;
};

const QList<RouteEntry>& routeTable()
{
    // Patterns do not overlap, so the order is only for reading.
    static const QList<RouteEntry> table = {
        { { "POST", QStringLiteral("/api/score/async") }, 0 },
        { { "GET", QStringLiteral("/api/score/jobs") }, 1 },
        { { "GET", QStringLiteral("/api/score/jobs/{job_id}") }, 2 },
        { { "POST", QStringLiteral("/api/score") }, 3 },
        { { "GET", QStringLiteral("/api/runs") }, 4 },
        { { "GET", QStringLiteral("/api/runs/{run_id}") }, 5 },
        { { "GET", QStringLiteral("/api/runs/{run_id}/export") }, 6 },
        { { "GET", QStringLiteral("/healthz") }, 7 },
        { { "GET", QStringLiteral("/openapi.json") }, 8 },
    };
    return table;
}

// The path's parameters when it matches the pattern.
std::optional<QStringList> match(const QString& pattern, const QString& path)
{
    const QStringList want = pattern.split(QLatin1Char('/'));
    QString trimmed = path;
    if (trimmed.size() > 1 && trimmed.endsWith(QLatin1Char('/')))
        trimmed.chop(1);
    const QStringList got = trimmed.split(QLatin1Char('/'));
    if (want.size() != got.size())
        return std::nullopt;
    QStringList params;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want[i].startsWith(QLatin1Char('{'))) {
            if (got[i].isEmpty())
                return std::nullopt;
            params.append(got[i]);
        } else if (want[i] != got[i]) {
            return std::nullopt;
        }
    }
    return params;
}

QJsonValue optionalNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

ApiRoutes::ApiRoutes(ApiJobService& jobs, DataDir dataDir, const ApiServerSettings& settings)
    : m_jobs(jobs)
    , m_token(settings.token)
    , m_maxBodyBytes(settings.maxBodyBytes)
    , m_runs(std::move(dataDir))
{ }

const QList<ApiRoute>& ApiRoutes::routes()
{
    static const QList<ApiRoute> list = [] {
        QList<ApiRoute> out;
        for (const RouteEntry& entry : routeTable())
            out.append(entry.route);
        return out;
    }();
    return list;
}

QByteArray ApiRoutes::openApiDocument()
{
    QFile file(QStringLiteral(":/evalbench/openapi.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

HttpReply ApiRoutes::handle(const HttpCall& call) const
{
    QList<QByteArray> allowed;
    for (const RouteEntry& entry : routeTable()) {
        const std::optional<QStringList> params = match(entry.route.pattern, call.path);
        if (!params)
            continue;
        if (entry.route.method != call.method) {
            allowed.append(entry.route.method);
            continue;
        }
        if (call.path.startsWith(QLatin1String("/api/"))
            && !m_token.accepts(call.header("authorization"), call.header("x-api-key"))) {
            HttpReply reply = HttpReply::detail(401,
                QStringLiteral("Not authenticated: send the token as \"Authorization: Bearer <token>\" or "
                               "\"X-API-Key: <token>\"."));
            reply.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
            return reply;
        }
        return dispatch(static_cast<Route>(entry.id), *params, call);
    }
    if (!allowed.isEmpty()) {
        HttpReply reply = HttpReply::detail(405, QStringLiteral("Method Not Allowed"));
        reply.headers.append(qMakePair(QByteArray("Allow"), allowed.join(", ")));
        return reply;
    }
    return HttpReply::detail(404, QStringLiteral("Not Found"));
}

HttpReply ApiRoutes::dispatch(Route route, const QStringList& params, const HttpCall& call) const
{
    switch (route) {
    case Route::ScoreAsync:
        return scoreAsync(call);
    case Route::ListJobs:
        return listJobs(call);
    case Route::Job:
        return job(params.value(0));
    case Route::ScoreNow:
        return scoreNow(call);
    case Route::ListRuns:
        return m_runs.list(call);
    case Route::Run:
        return m_runs.report(params.value(0));
    case Route::ExportRun:
        return m_runs.exportFile(params.value(0), call);
    case Route::Health:
        return health();
    case Route::OpenApi:
        return { 200, "application/json", openApiDocument(), {} };
    }
    return HttpReply::detail(404, QStringLiteral("Not Found"));
}

HttpReply ApiRoutes::serviceError(const EvalError& error)
{
    switch (error.code) {
    case ErrorCode::UnknownMetric:
    case ErrorCode::MissingInput:
    case ErrorCode::BadFormat:
    case ErrorCode::ParseError:
    case ErrorCode::Mismatch: {
        FieldProblems problems;
        const bool metrics = error.code == ErrorCode::UnknownMetric;
        problems.add(metrics ? QJsonArray { QStringLiteral("metrics") } : QJsonArray {}, error.message,
            metrics ? QStringLiteral("value_error.unknown_metric") : QStringLiteral("value_error"));
        return HttpReply::problem(problems.toProblem());
    }
    case ErrorCode::NotFound:
        return HttpReply::detail(404, error.message);
    case ErrorCode::Unauthorized:
        return HttpReply::detail(401, error.message);
    case ErrorCode::JudgeUnavailable:
    case ErrorCode::JudgeBadOutput:
        return HttpReply::detail(503, error.message);
    case ErrorCode::TimeoutError:
        return HttpReply::detail(504, error.message);
    default:
        return HttpReply::detail(500, error.message);
    }
}

std::variant<ScoreRequest, HttpReply> ApiRoutes::readRequest(const HttpCall& call) const
{
    // A body that fitted the socket buffer but not the limit (the listener already answered
    // 413 for a Content-Length over it).
    if (call.body.size() > m_maxBodyBytes)
        return HttpReply::detail(413,
            QStringLiteral("The body is %1 bytes; this listener takes at most %2 bytes.")
                .arg(call.body.size())
                .arg(m_maxBodyBytes));
    auto parsed = ScoreRequestParser::parse(call.body, call.header("content-type"));
    if (const HttpProblem* problem = std::get_if<HttpProblem>(&parsed))
        return HttpReply::problem(*problem);
    ScoreRequest request = std::get<ScoreRequest>(std::move(parsed));
    if (request.requestId.isEmpty())
        request.requestId = QString::fromUtf8(call.header("idempotency-key")).trimmed().left(200);
    return request;
}

HttpReply ApiRoutes::scoreAsync(const HttpCall& call) const
{
    auto request = readRequest(call);
    if (HttpReply* reply = std::get_if<HttpReply>(&request))
        return *reply;
    const auto accepted = m_jobs.accept(std::get<ScoreRequest>(request));
    if (const EvalError* error = std::get_if<EvalError>(&accepted))
        return serviceError(*error);
    const ApiJobStatus& job = std::get<ApiAcceptance>(accepted).job;
    // A repeated request id answers like the first time: 202 with the first job.
    return HttpReply::json(202,
        { { QStringLiteral("job_id"), job.jobId }, { QStringLiteral("status"), jobStateName(job.state) },
            { QStringLiteral("run_id"), job.runId } });
}

HttpReply ApiRoutes::scoreNow(const HttpCall& call) const
{
    auto request = readRequest(call);
    if (HttpReply* reply = std::get_if<HttpReply>(&request))
        return *reply;
    const auto scored = m_jobs.scoreNow(std::get<ScoreRequest>(request));
    if (const EvalError* error = std::get_if<EvalError>(&scored))
        return serviceError(*error);
    const ApiJobStatus& result = std::get<ApiJobStatus>(scored);
    QJsonObject scores;
    for (auto it = result.scores.constBegin(); it != result.scores.constEnd(); ++it)
        scores.insert(it.key(), optionalNumber(it.value()));
    return HttpReply::json(200,
        { { QStringLiteral("scores"), scores },
            { QStringLiteral("weighted_score"), optionalNumber(result.weightedScore) },
            { QStringLiteral("latency_ms"), result.latencyMs ? QJsonValue(double(*result.latencyMs)) : QJsonValue() },
            { QStringLiteral("skipped_metrics"), QJsonArray::fromStringList(result.skippedMetrics) } });
}

HttpReply ApiRoutes::listJobs(const HttpCall& call) const
{
    FieldProblems problems;
    ApiJobQuery query;
    const QString status = call.query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded).trimmed();
    if (!status.isEmpty()) {
        query.state = jobStateFromName(status.toLower());
        if (!query.state)
            problems.add({ QStringLiteral("status") },
                QStringLiteral("value is not a valid enumeration member; permitted: 'queued', 'running', "
                               "'completed', 'failed', 'cancelled'"),
                QStringLiteral("type_error.enum"), QStringLiteral("query"));
    }
    query.limit = queryInt(call.query, QStringLiteral("limit"), 50, 1, 500, problems);
    query.offset = queryInt(call.query, QStringLiteral("offset"), 0, 0, 1 << 30, problems);
    query.search = call.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    if (!problems.isEmpty())
        return HttpReply::problem(problems.toProblem());
    const ApiJobPage page = m_jobs.jobs(query);
    QJsonArray jobs;
    for (const ApiJobStatus& job : page.jobs)
        jobs.append(job.toJson());
    return HttpReply::json(200, { { QStringLiteral("jobs"), jobs }, { QStringLiteral("total"), page.total } });
}

HttpReply ApiRoutes::job(const QString& jobId) const
{
    const std::optional<ApiJobStatus> job = m_jobs.job(jobId);
    if (!job)
        return HttpReply::detail(404, QStringLiteral("Score job not found: %1").arg(jobId));
    return HttpReply::json(200, job->toJson());
}

HttpReply ApiRoutes::health() const
{
    return HttpReply::json(200,
        { { QStringLiteral("status"), QStringLiteral("ok") },
            { QStringLiteral("version"), QStringLiteral(EVALBENCH_VERSION) },
            { QStringLiteral("queued_jobs"), m_jobs.queuedCount() } });
}

} // namespace evalbench

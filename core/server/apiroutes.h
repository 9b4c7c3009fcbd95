// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "common/evalerror.h"
#include "jobs/scorerequest.h"
#include "server/apiserversettings.h"
#include "server/apitoken.h"
#include "server/httpexchange.h"
#include "server/runroutes.h"

#include <variant>

#include <QList>

namespace evalbench {

class ApiJobService;

struct ApiRoute
{
    QByteArray method;
    QString pattern; // OpenAPI spelling: "/api/score/jobs/{job_id}"
};

// Every route of the HTTP API (CONTRACTS "HTTP API") and what they answer: unknown paths 404,
// a known path with another method 405 with Allow, /api/* without the token 401, and never a 5xx
// for a caller's mistake (only a store failure is a 500). Synchronous, called on the listener's
// thread.
class ApiRoutes
{
public:
    ApiRoutes(ApiJobService& jobs, DataDir dataDir, const ApiServerSettings& settings);

    HttpReply handle(const HttpCall& call) const;

    static const QList<ApiRoute>& routes();
    static QByteArray openApiDocument(); // the hand-kept OpenAPI 3 document (a resource)

private:
    enum class Route
    {
        ScoreAsync,
        ListJobs,
        Job,
        ScoreNow,
        ListRuns,
        Run,
        ExportRun,
        Health,
        OpenApi
    };

    HttpReply dispatch(Route route, const QStringList& params, const HttpCall& call) const;
    std::variant<ScoreRequest, HttpReply> readRequest(const HttpCall& call) const;
    HttpReply scoreAsync(const HttpCall& call) const;
    HttpReply scoreNow(const HttpCall& call) const;
    HttpReply listJobs(const HttpCall& call) const;
    HttpReply job(const QString& jobId) const;
    HttpReply health() const;
    static HttpReply serviceError(const EvalError& error);

    ApiJobService& m_jobs;
    ApiToken m_token;
    qint64 m_maxBodyBytes;
    RunRoutes m_runs;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "server/runroutes.h"

#include "io/reportexporter.h"
#include "server/queryparams.h"

#include <QBuffer>
#include <QJsonArray>

namespace evalbench {

namespace {

HttpReply exportError(const EvalError& error, const QString& runId)
{
    if (error.code == ErrorCode::NotFound)
        return HttpReply::detail(404, QStringLiteral("Run not found: %1").arg(runId));
    return HttpReply::detail(500, error.message);
}

QByteArray contentType(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return "text/markdown; charset=utf-8";
    case ExportFormat::Json:
        return "application/json";
    case ExportFormat::Csv:
        return "text/csv; charset=utf-8";
    }
    return "application/octet-stream";
}

} // namespace

RunRoutes::RunRoutes(DataDir dataDir)
    : m_dataDir(std::move(dataDir))
    , m_reader(m_dataDir.databasePath())
{ }

HttpReply RunRoutes::list(const HttpCall& call) const
{
    FieldProblems problems;
    RunQuery query;
    query.limit = queryInt(call.query, QStringLiteral("limit"), 50, 1, 1000, problems);
    query.offset = queryInt(call.query, QStringLiteral("offset"), 0, 0, 1 << 30, problems);
    query.search = call.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    if (!problems.isEmpty())
        return HttpReply::problem(problems.toProblem());
    QJsonArray runs;
    for (const RunRecord& run : m_reader.runs(query)) {
        if (run.status == RunStatus::Importing)
            continue;
        runs.append(QJsonObject {
            { QStringLiteral("id"), run.id },
            { QStringLiteral("name"), run.name },
            { QStringLiteral("kind"), run.kind },
            { QStringLiteral("source"), run.source },
            { QStringLiteral("status"), runStatusName(run.status) },
            { QStringLiteral("created_at"), run.createdAt.toUTC().toString(Qt::ISODate) },
            { QStringLiteral("finished_at"),
                run.finishedAt.isValid() ? QJsonValue(run.finishedAt.toUTC().toString(Qt::ISODate)) : QJsonValue() },
            { QStringLiteral("sample_count"), run.sampleCount },
            { QStringLiteral("weighted_score"), run.weightedScore ? QJsonValue(*run.weightedScore) : QJsonValue() },
        });
    }
    return HttpReply::json(200, { { QStringLiteral("runs"), runs }, { QStringLiteral("total"), m_reader.runCount() } });
}

HttpReply RunRoutes::report(const QString& runId) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (const auto error = ReportExporter(m_dataDir, m_reader).write(runId, ExportFormat::Json, buffer))
        return exportError(*error, runId);
    return { 200, "application/json", buffer.data(), {} };
}

HttpReply RunRoutes::exportFile(const QString& runId, const HttpCall& call) const
{
    const QString name = call.query.queryItemValue(QStringLiteral("format"), QUrl::FullyDecoded);
    const std::optional<ExportFormat> format = exportFormatFromName(name.isEmpty() ? QStringLiteral("md") : name);
    if (!format) {
        FieldProblems problems;
        problems.add({ QStringLiteral("format") },
            QStringLiteral("value is not a valid enumeration member; permitted: 'md', 'json', 'csv'"),
            QStringLiteral("type_error.enum"), QStringLiteral("query"));
        return HttpReply::problem(problems.toProblem());
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (const auto error = ReportExporter(m_dataDir, m_reader).write(runId, *format, buffer))
        return exportError(*error, runId);
    HttpReply reply { 200, contentType(*format), buffer.data(), {} };
    const QString fileName = runId + QLatin1Char('.') + exportFormatExtension(*format);
    const QByteArray disposition = "attachment; filename=\"" + fileName.toUtf8() + '"';
    reply.headers.append(qMakePair(QByteArray("Content-Disposition"), disposition));
    return reply;
}

} // namespace evalbench

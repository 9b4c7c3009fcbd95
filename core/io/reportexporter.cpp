// SPDX-License-Identifier: MIT
#include "io/reportexporter.h"

#include "io/csvreportwriter.h"
#include "io/jsonreportwriter.h"
#include "io/markdownreportwriter.h"
#include "io/mladvice.h"
#include "io/mlreportwriter.h"
#include "io/ruleadvice.h"
#include "store/storereader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace evalbench {

std::optional<ExportFormat> exportFormatFromName(const QString& name)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("md") || lower == QLatin1String("markdown"))
        return ExportFormat::Markdown;
    if (lower == QLatin1String("json"))
        return ExportFormat::Json;
    if (lower == QLatin1String("csv"))
        return ExportFormat::Csv;
    return std::nullopt;
}

QString exportFormatExtension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    }
    return {};
}

ReportExporter::ReportExporter(DataDir dataDir, const StoreReader& reader)
    : m_dataDir(std::move(dataDir))
    , m_reader(reader)
{ }

QString ReportExporter::advice(const QString& runId) const
{
    // The advice written with the run wins: later it may come from a judge.
    QFile file(m_dataDir.runPath(runId) + QStringLiteral("/optimization_advice.md"));
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll());
    const std::optional<RunRecord> run = m_reader.run(runId);
    if (run && run->kind == QLatin1String("ml"))
        return MlAdvice::render(*run, m_reader.mlResult(runId).value_or(QJsonObject {}));
    return run ? RuleAdvice::render(*run) : QString();
}

std::optional<EvalError> ReportExporter::write(const QString& runId, ExportFormat format, QIODevice& out) const
{
    const std::optional<RunRecord> run = m_reader.run(runId);
    if (!run || run->status == RunStatus::Importing)
        return EvalError { ErrorCode::NotFound,
            QStringLiteral("no run with id %1; `evalbench runs` lists them").arg(runId), QStringLiteral("export"),
            { { QStringLiteral("run_id"), runId } } };
    if (run->kind == QLatin1String("ml"))
        return writeMl(*run, format, out);
    QString error;
    switch (format) {
    case ExportFormat::Markdown: {
        const QByteArray md = MarkdownReportWriter(m_reader, *run, advice(runId)).render().toUtf8();
        if (out.write(md) != md.size())
            error = out.errorString();
        break;
    }
    case ExportFormat::Json:
        error = JsonReportWriter(m_reader, *run, advice(runId)).write(out);
        break;
    case ExportFormat::Csv:
        error = CsvReportWriter(m_reader, *run).write(out);
        break;
    }
    if (!error.isEmpty())
        return EvalError { ErrorCode::Internal, QStringLiteral("export failed: %1").arg(error),
            QStringLiteral("export"), {} };
    return std::nullopt;
}

std::optional<EvalError> ReportExporter::writeFile(const QString& runId, ExportFormat format, const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return EvalError { ErrorCode::Internal,
            QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("export"), {} };
    if (auto error = write(runId, format, file)) {
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return EvalError { ErrorCode::Internal,
            QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QStringLiteral("export"), {} };
    return std::nullopt;
}

std::optional<EvalError> ReportExporter::writeMl(const RunRecord& run, ExportFormat format, QIODevice& out) const
{
    const std::optional<QJsonObject> result = m_reader.mlResult(run.id);
    if (!result)
        return EvalError { ErrorCode::NotFound, QStringLiteral("run %1 has no stored result").arg(run.id),
            QStringLiteral("export"), { { QStringLiteral("run_id"), run.id } } };
    const MlReportWriter report(run, *result, advice(run.id));
    QByteArray bytes;
    switch (format) {
    case ExportFormat::Markdown:
        bytes = report.markdown().toUtf8();
        break;
    case ExportFormat::Json:
        bytes = QJsonDocument(report.json()).toJson();
        break;
    case ExportFormat::Csv:
        bytes = report.csv();
        break;
    }
    if (out.write(bytes) != bytes.size())
        return EvalError { ErrorCode::Internal, QStringLiteral("export failed: %1").arg(out.errorString()),
            QStringLiteral("export"), {} };
    return std::nullopt;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "workspace/customscorerrunner.h"

#include "workspace/jsonobjectfile.h"
#include "workspace/resultschema.h"
#include "workspace/scorercommand.h"
#include "workspace/scorerprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

namespace evalbench {

namespace {

EvalError scoringError(ErrorCode code, QString message, QJsonObject details = {})
{
    return EvalError { code, std::move(message), QStringLiteral("scoring"), std::move(details) };
}

// The manifest's defaults, overridden by what the caller gives, so a script always sees every param.
QJsonObject effectiveParams(const ScorerInfo& scorer, const QJsonObject& params)
{
    QJsonObject out;
    for (const ScorerParamInfo& param : scorer.params) {
        if (!param.defaultValue.isNull() && !param.defaultValue.isUndefined())
            out.insert(param.name, param.defaultValue);
    }
    for (auto it = params.begin(); it != params.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QHash<QString, QString> placeholderValues(
    const ScorerInfo& scorer, const WorkspaceLayout& workspace, const QJsonObject& params)
{
    return {
        { QStringLiteral("workspace"), QDir::toNativeSeparators(workspace.root()) },
        { QStringLiteral("input"), QDir::toNativeSeparators(workspace.inputDir()) },
        { QStringLiteral("output"), QDir::toNativeSeparators(workspace.outputDir()) },
        { QStringLiteral("result"), QDir::toNativeSeparators(workspace.resultPath()) },
        { QStringLiteral("params"), QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact)) },
        { QStringLiteral("scorer_dir"), QDir::toNativeSeparators(scorer.folder) },
    };
}

// The last lines of stderr for a message (the whole tail goes to details).
QString lastLines(const QString& text, int count)
{
    const QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    return lines.mid(qMax(qsizetype(0), lines.size() - count)).join(QLatin1Char('\n'));
}

// What result.json says once the process exited normally with code 0.
ScorerOutcome readResult(const ScorerInfo& scorer, const WorkspaceLayout& workspace, const QString& stderrTail)
{
    const QString shown = workspace.relative(workspace.resultPath());
    auto loaded = JsonObjectFile::read(workspace.resultPath(), shown);
    if (!loaded.ok()) {
        EvalError error = loaded.error;
        error.stage = QStringLiteral("output");
        if (error.code == ErrorCode::MissingFile) {
            error.code = ErrorCode::BadFormat;
            error.message = QStringLiteral("custom scorer %1 finished without writing %2; it must write its result "
                                           "there (the path is in {result} and EVALBENCH_RESULT)")
                                .arg(scorer.id, shown);
        }
        if (!stderrTail.isEmpty())
            error.details.insert(QStringLiteral("stderr"), stderrTail);
        return ScorerOutcome::failure(error);
    }
    if (const auto invalid = ResultSchema::check(*loaded.value, shown))
        return ScorerOutcome::failure(*invalid);
    if (const auto reported = ResultSchema::reportedError(*loaded.value))
        return ScorerOutcome::failure(*reported);
    return ScorerOutcome::success(*loaded.value);
}

void fillMissing(QJsonObject& result, const QString& key, const QString& field, const QJsonValue& value)
{
    QJsonObject part = result.value(key).toObject();
    if (!part.contains(field))
        part.insert(field, value);
    result.insert(key, part);
}

} // namespace

ScorerOutcome CustomScorerRunner::run(const ScorerInfo& scorer, const WorkspaceLayout& workspace,
    const QJsonObject& params, int timeoutSeconds, const std::atomic<bool>* cancelled)
{
    QElapsedTimer total;
    total.start();
    if (!QDir().mkpath(workspace.outputDir()))
        return ScorerOutcome::failure(scoringError(ErrorCode::Internal,
            QStringLiteral("cannot create %1; check the workspace's permissions")
                .arg(QDir::toNativeSeparators(workspace.outputDir()))));
    // An old result must never pass as the new one.
    if (QFile::exists(workspace.resultPath()) && !QFile::remove(workspace.resultPath()))
        return ScorerOutcome::failure(scoringError(ErrorCode::Internal,
            QStringLiteral("cannot remove the old %1 before running %2; check its permissions")
                .arg(QDir::toNativeSeparators(workspace.resultPath()), scorer.id)));

    const QJsonObject effective = effectiveParams(scorer, params);
    const QHash<QString, QString> values = placeholderValues(scorer, workspace, effective);
    EvalError commandError;
    const std::optional<ScorerCommand> command = ScorerCommand::build(scorer, values, &commandError);
    if (!command)
        return ScorerOutcome::failure(commandError);

    const int timeout = timeoutSeconds > 0 ? timeoutSeconds : scorer.timeoutSeconds;
    const ScorerProcess::Ended ended = ScorerProcess::run(*command, workspace.root(), values, timeout, cancelled);
    const QJsonObject stderrDetails { { QStringLiteral("stderr"), ended.stderrTail } };
    switch (ended.how) {
    case ScorerProcess::How::FailedToStart:
        return ScorerOutcome::failure(scoringError(ErrorCode::Internal,
            QStringLiteral("custom scorer %1 could not start \"%2\" (%3); check that it is installed, executable and "
                           "on PATH")
                .arg(scorer.id, QDir::toNativeSeparators(command->program), ended.errorText),
            { { QStringLiteral("program"), command->program } }));
    case ScorerProcess::How::TimedOut:
        return ScorerOutcome::failure(scoringError(ErrorCode::TimeoutError,
            QStringLiteral("custom scorer %1 ran past its %2 s timeout and was stopped").arg(scorer.id).arg(timeout),
            { { QStringLiteral("timeout_seconds"), timeout } }));
    case ScorerProcess::How::Cancelled:
        return ScorerOutcome::failure(scoringError(
            ErrorCode::Internal, QStringLiteral("cancelled"), { { QStringLiteral("scorer"), scorer.id } }));
    case ScorerProcess::How::Crashed:
    case ScorerProcess::How::Exited:
        break;
    }

    if (ended.how == ScorerProcess::How::Crashed || ended.exitCode != 0) {
        // A scorer that reports its own error may well exit non-zero too; its error is the better one.
        const auto written = JsonObjectFile::read(workspace.resultPath(), QString());
        const auto reported = written.ok() && !ResultSchema::check(*written.value, QString())
            ? ResultSchema::reportedError(*written.value)
            : std::nullopt;
        if (reported)
            return ScorerOutcome::failure(*reported);
        const QString how = ended.how == ScorerProcess::How::Crashed
            ? QStringLiteral("crashed")
            : QStringLiteral("exited with code %1").arg(ended.exitCode);
        const QString quoted = ended.stderrTail.trimmed().isEmpty()
            ? QStringLiteral("(nothing on stderr)")
            : QStringLiteral("stderr ends with:\n") + lastLines(ended.stderrTail, 20);
        QJsonObject details = stderrDetails;
        details.insert(QStringLiteral("exit_code"), ended.exitCode);
        return ScorerOutcome::failure(scoringError(
            ErrorCode::Internal, QStringLiteral("custom scorer %1 %2; %3").arg(scorer.id, how, quoted), details));
    }

    ScorerOutcome outcome = readResult(scorer, workspace, ended.stderrTail);
    if (!outcome.ok())
        return outcome;
    QJsonObject& result = *outcome.result;
    fillMissing(result, QStringLiteral("versioning"), QStringLiteral("scorer"), scorer.id);
    fillMissing(result, QStringLiteral("versioning"), QStringLiteral("version"), scorer.version);
    fillMissing(result, QStringLiteral("timing"), QStringLiteral("total_ms"), total.elapsed());
    return outcome;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "cli/evalcommand.h"

#include "cli/clioutput.h"
#include "cli/judgeestimateprinter.h"
#include "cli/judgeoptions.h"
#include "cli/progressreporter.h"
#include "cli/storeopener.h"
#include "io/reportjson.h"
#include "jobs/jobmanager.h"
#include "metrics/metricregistry.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <atomic>
#include <csignal>

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

namespace evalbench::cli {

namespace {

std::atomic<bool> s_interrupted { false };

extern "C" void onInterrupt(int)
{
    s_interrupted.store(true);
}

// "m1=2,m2=1" -> weights; empty error on success.
QString parseWeights(const QString& text, QMap<QString, double>* weights)
{
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        bool ok = false;
        const double weight = eq > 0 ? part.mid(eq + 1).trimmed().toDouble(&ok) : 0.0;
        if (eq <= 0 || !ok || weight < 0)
            return QStringLiteral(
                "--weights: \"%1\" is not METRIC=WEIGHT with a number >= 0 (e.g. --weights bleu=2,rouge_l=1)")
                .arg(part);
        weights->insert(part.left(eq).trimmed(), weight);
    }
    return {};
}

QString usage()
{
    return QStringLiteral(
        "usage: evalbench eval DATASET [--metrics m1,m2] [--name NAME] [--weights m1=2,m2=1]\n"
        "                      [--ragas-compat] [--out DIR] [--json]\n"
        "                      [--judge PROFILE | --judge-url URL --judge-model MODEL] [--embedding-model MODEL]\n"
        "                      [--concurrency N] [--judge-language auto|en|zh] [--fresh-judge-calls]\n"
        "                      [--rubric-criteria TEXT]\n"
        "DATASET is a .jsonl, .json or .csv file (fields: question, answer, contexts, ground_truth,\n"
        "reference_contexts, id). Without --metrics every offline metric runs; `evalbench metrics` lists them.\n"
        "Judged metrics (faithfulness, answer_relevancy, ...) need a judge; its API key comes from\n"
        "EVALBENCH_JUDGE_API_KEY or the profile's keychain entry, never from the command line.\n");
}

QString copyArtifacts(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        return QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(to));
    for (const QString& name : QDir(from).entryList(QDir::Files)) {
        const QString target = to + QLatin1Char('/') + name;
        QFile::remove(target);
        if (!QFile::copy(from + QLatin1Char('/') + name, target))
            return QStringLiteral("cannot copy %1 to %2").arg(name, QDir::toNativeSeparators(to));
    }
    return {};
}

} // namespace

int EvalCommand::run(const QStringList& arguments, const DataDir& dataDir)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("dataset"), QStringLiteral("dataset file"));
    const QCommandLineOption metricsOption(
        QStringLiteral("metrics"), QStringLiteral("metric ids"), QStringLiteral("list"));
    const QCommandLineOption nameOption(QStringLiteral("name"), QStringLiteral("run name"), QStringLiteral("name"));
    const QCommandLineOption weightsOption(
        QStringLiteral("weights"), QStringLiteral("weights"), QStringLiteral("list"));
    const QCommandLineOption compatOption(QStringLiteral("ragas-compat"), QStringLiteral("RAGAS formulas"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("copy artifacts to"), QStringLiteral("dir"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON envelope"));
    const JudgeOptions judgeOptions;
    parser.addOptions({ metricsOption, nameOption, weightsOption, compatOption, outOption, jsonOption });
    parser.addOptions(judgeOptions.options());

    const bool json = arguments.contains(QStringLiteral("--json"));
    CliOutput output(json);
    if (!parser.parse(arguments))
        return output.badUsage(parser.errorText(), usage());
    if (parser.positionalArguments().size() != 1)
        return output.badUsage(QStringLiteral("eval takes exactly one DATASET"), usage());

    EvalRequest request;
    request.datasetPath = parser.positionalArguments().constFirst();
    request.name = parser.value(nameOption);
    request.settings.ragasCompat = parser.isSet(compatOption);
    request.settings.metrics = parser.isSet(metricsOption)
        ? parser.value(metricsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)
        : MetricRegistry::builtin().defaultOfflineMetrics();
    for (QString& metric : request.settings.metrics)
        metric = metric.trimmed();
    if (QString error = parseWeights(parser.value(weightsOption), &request.settings.weights); !error.isEmpty())
        return output.badUsage(error, usage());
    for (auto it = request.settings.weights.cbegin(); it != request.settings.weights.cend(); ++it) {
        if (!request.settings.metrics.contains(it.key()))
            return output.badUsage(
                QStringLiteral("--weights names %1, which is not among the metrics of this run").arg(it.key()),
                usage());
    }

    std::optional<EvalError> openError;
    const auto writer = openStore(dataDir, &openError);
    if (!writer)
        return output.failure(*openError);

    {
        QString judgeUsage;
        std::optional<EvalError> judgeFailure;
        const std::optional<QJsonObject> judge =
            judgeOptions.judgeSettings(parser, StoreReader(dataDir.databasePath()), &judgeUsage, &judgeFailure);
        if (judgeFailure)
            return output.failure(*judgeFailure);
        if (!judge)
            return output.badUsage(judgeUsage, usage());
        request.settings.judge = *judge;
    }
    std::optional<JudgeEstimate> estimate;
    if (!request.settings.judge.isEmpty()) {
        estimate =
            JudgeEstimatePrinter::estimate(request.datasetPath, request.settings.metrics, request.settings.judge);
        CliOutput::printStderr(JudgeEstimatePrinter::estimateText(*estimate));
    }

    JobManager jobs(*writer, dataDir);
    ProgressReporter progress;
    QEventLoop loop;
    JobState finalState = JobState::Failed;
    EvalError finalError;
    QObject::connect(&jobs, &JobManager::jobProgress, &loop, [&progress](const JobProgress& p) { progress.update(p); });
    QObject::connect(&jobs, &JobManager::jobFinished, &loop,
        [&](const QString&, const QString&, JobState state, const EvalError& error) {
            finalState = state;
            finalError = error;
            loop.quit();
        });

    const auto submitted = jobs.submit(request);
    if (const EvalError* error = std::get_if<EvalError>(&submitted))
        return output.failure(*error);
    const JobTicket ticket = std::get<JobTicket>(submitted);

    s_interrupted.store(false);
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    QTimer interruptPoll;
    QObject::connect(&interruptPoll, &QTimer::timeout, &loop, [&] {
        if (s_interrupted.exchange(false)) {
            CliOutput::printStderr(QStringLiteral("\ncancelling; samples scored so far are kept\n"));
            jobs.cancel(ticket.jobId);
        }
    });
    interruptPoll.start(100);
    loop.exec();
    interruptPoll.stop();
    std::signal(SIGINT, previousHandler);
    progress.done();

    StoreReader reader(dataDir.databasePath());
    const std::optional<RunRecord> run = reader.run(ticket.runId);
    if (finalState == JobState::Failed || !run) {
        if (finalError.message.isEmpty())
            finalError = EvalError { ErrorCode::Internal, QStringLiteral("the evaluation failed"),
                QStringLiteral("scoring"), {} };
        return output.failure(finalError);
    }

    const QString artifacts = dataDir.runPath(run->id);
    if (parser.isSet(outOption)) {
        if (QString error = copyArtifacts(artifacts, parser.value(outOption)); !error.isEmpty())
            return output.failure(EvalError { ErrorCode::Internal, error, QStringLiteral("export"), {} });
    }

    QJsonObject data = reportjson::summary(*run);
    data.insert(QStringLiteral("run_id"), run->id);
    data.insert(QStringLiteral("job_id"), ticket.jobId);
    data.insert(QStringLiteral("name"), run->name);
    data.insert(QStringLiteral("status"), runStatusName(run->status));
    data.insert(QStringLiteral("sample_count"), run->sampleCount);
    data.insert(QStringLiteral("scored_count"), run->scoredCount);
    data.insert(QStringLiteral("artifacts"), QDir::toNativeSeparators(artifacts));
    if (!run->error.isEmpty())
        data.insert(QStringLiteral("warning"), run->error);
    const std::optional<QJsonObject> judgeUsage = reader.runJudgeUsage(run->id);
    if (estimate)
        data.insert(QStringLiteral("judge_estimate"), estimate->toJson());
    if (judgeUsage)
        data.insert(QStringLiteral("judge_usage"), *judgeUsage);

    QString text = QStringLiteral("run %1 (%2): %3, %4 of %5 samples scored\n")
                       .arg(run->id, run->name, runStatusName(run->status))
                       .arg(run->scoredCount)
                       .arg(run->sampleCount);
    for (const QString& metric : run->settings.metrics) {
        const MetricSummary s = run->summary.value(metric);
        text +=
            QStringLiteral("  %1 %2  (scored %3, skipped %4, NaN %5)\n")
                .arg(metric.leftJustified(28), s.scored ? QString::number(s.mean, 'f', 4) : QStringLiteral("   —  "))
                .arg(s.scored)
                .arg(s.skipped)
                .arg(s.nan);
    }
    if (judgeUsage)
        text += JudgeEstimatePrinter::usageText(*judgeUsage);
    text += QStringLiteral("  weighted score %1\nartifacts: %2\n")
                .arg(run->weightedScore ? QString::number(*run->weightedScore, 'f', 4) : QStringLiteral("—"),
                    QDir::toNativeSeparators(artifacts));
    output.success(data, text);
    return finalState == JobState::Completed ? Success : Failure;
}

} // namespace evalbench::cli

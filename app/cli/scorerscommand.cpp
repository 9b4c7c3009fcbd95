// SPDX-License-Identifier: MIT
#include "cli/scorerscommand.h"

#include "cli/clioutput.h"
#include "workspace/builtinscorers.h"
#include "workspace/customscorerrunner.h"
#include "workspace/jsonobjectfile.h"
#include "workspace/resultschema.h"
#include "workspace/scorercatalog.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace evalbench::cli {

namespace {

const QString kUsage = QStringLiteral("usage: evalbench scorers list [--json]\n"
                                      "       evalbench scorers test ID [WORKSPACE] [--params JSON] [--json]\n"
                                      "Custom scorers live in DATA_DIR/scorers/<id>/scorer.json "
                                      "(see docs/custom-scorers.md).\n");

QJsonObject scorerJson(const ScorerInfo& scorer)
{
    QJsonArray params;
    for (const ScorerParamInfo& param : scorer.params) {
        params.append(QJsonObject { { QStringLiteral("name"), param.name },
            { QStringLiteral("description"), param.description }, { QStringLiteral("default"), param.defaultValue },
            { QStringLiteral("choices"), QJsonArray::fromStringList(param.choices) } });
    }
    QJsonObject json {
        { QStringLiteral("id"), scorer.id },
        { QStringLiteral("name"), scorer.name },
        { QStringLiteral("version"), scorer.version },
        { QStringLiteral("task"), mlTaskName(scorer.task) },
        { QStringLiteral("builtin"), scorer.builtin },
        { QStringLiteral("description"), scorer.description },
        { QStringLiteral("primary_metric"), scorer.primaryMetric },
        { QStringLiteral("params"), params },
        { QStringLiteral("manifest"),
            scorer.builtin ? QJsonValue(QJsonValue::Null) : QJsonValue(QDir::toNativeSeparators(scorer.manifestPath)) },
    };
    if (!scorer.builtin)
        json.insert(QStringLiteral("timeout"), scorer.timeoutSeconds);
    return json;
}

int list(const ScorerCatalog& catalog, CliOutput& output)
{
    QJsonArray scorers;
    QString text = QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(QStringLiteral("ID").leftJustified(24), QStringLiteral("NAME").leftJustified(26),
                           QStringLiteral("VERSION").leftJustified(9), QStringLiteral("TASK").leftJustified(15),
                           QStringLiteral("SOURCE"));
    for (const ScorerInfo& scorer : catalog.scorers()) {
        scorers.append(scorerJson(scorer));
        text += QStringLiteral("%1 %2 %3 %4 %5\n")
                    .arg(scorer.id.leftJustified(24), scorer.name.leftJustified(26), scorer.version.leftJustified(9),
                        mlTaskName(scorer.task).leftJustified(15),
                        scorer.builtin ? QStringLiteral("built-in") : QDir::toNativeSeparators(scorer.manifestPath));
    }
    QJsonArray problems;
    const QList<EvalError> found = catalog.problems();
    if (!found.isEmpty())
        text += QStringLiteral("\nManifests that could not be loaded:\n");
    for (const EvalError& problem : found) {
        problems.append(problem.toJson());
        text += QStringLiteral("  %1: %2\n").arg(errorCodeName(problem.code), problem.message);
    }
    const QString dir = QDir::toNativeSeparators(catalog.scorersDir());
    text += QStringLiteral("\nCustom scorers are read from %1\n").arg(dir);
    return output.success({ { QStringLiteral("scorers"), scorers }, { QStringLiteral("problems"), problems },
                              { QStringLiteral("scorers_dir"), dir } },
        text);
}

// Copies the workspace so that the test run's output/ never lands in the user's folder.
bool copyTree(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        const bool ok = it.fileInfo().isDir() ? QDir().mkpath(target) : QFile::copy(source, target);
        if (!ok)
            return false;
    }
    return true;
}

// meta.json's params (when the workspace has them), overridden by --params.
std::optional<QJsonObject> testParams(const QString& workspace, const QJsonObject& given, EvalError* error)
{
    QJsonObject params;
    const QString meta = WorkspaceLayout(workspace).metaPath();
    if (QFileInfo::exists(meta)) {
        const auto loaded = JsonObjectFile::read(meta, QStringLiteral("meta.json"));
        if (!loaded.ok()) {
            *error = loaded.error;
            return std::nullopt;
        }
        params = loaded.value->value(QStringLiteral("params")).toObject();
    }
    for (auto it = given.begin(); it != given.end(); ++it)
        params.insert(it.key(), it.value());
    return params;
}

int fail(CliOutput& output, const QString& id, const EvalError& error)
{
    if (output.json())
        return output.failure(error);
    CliOutput::printStderr(QStringLiteral("FAIL %1: %2\n").arg(id, error.message));
    return Failure;
}

int test(const ScorerCatalog& catalog, const QStringList& positional, const QJsonObject& givenParams, CliOutput& output)
{
    const QString id = positional.at(1);
    const std::optional<ScorerInfo> scorer = catalog.find(id);
    if (!scorer)
        return fail(output, id,
            EvalError { ErrorCode::NotFound,
                QStringLiteral("no scorer with id %1; `evalbench scorers list` lists them").arg(id),
                QStringLiteral("lookup"), { { QStringLiteral("scorer"), id } } });
    QString source = positional.value(2);
    if (source.isEmpty()) {
        const QString example = scorer->folder + QStringLiteral("/example");
        if (scorer->builtin || !QFileInfo(example).isDir())
            return output.badUsage(scorer->builtin
                    ? QStringLiteral("built-in scorer %1 needs a WORKSPACE to test on").arg(id)
                    : QStringLiteral("scorer %1 has no example/ folder; give a WORKSPACE").arg(id),
                kUsage);
        source = example;
    }
    if (!QFileInfo(source).isDir())
        return fail(output, id,
            EvalError { ErrorCode::MissingFile,
                QStringLiteral("workspace %1 is not a folder").arg(QDir::toNativeSeparators(source)),
                QStringLiteral("validation"), { { QStringLiteral("workspace"), source } } });
    EvalError error;
    const std::optional<QJsonObject> params = testParams(source, givenParams, &error);
    if (!params)
        return fail(output, id, error);

    QTemporaryDir copy;
    if (!copy.isValid() || !copyTree(source, copy.path()))
        return fail(output, id,
            EvalError { ErrorCode::Internal,
                QStringLiteral("cannot copy %1 to a temporary folder").arg(QDir::toNativeSeparators(source)),
                QStringLiteral("validation"), {} });
    const WorkspaceLayout workspace(copy.path());
    QElapsedTimer timer;
    timer.start();
    const ScorerOutcome outcome = scorer->builtin
        ? runBuiltinScorer(*scorer, workspace, *params)
        : CustomScorerRunner::run(*scorer, workspace, *params, scorer->timeoutSeconds);
    const qint64 elapsed = timer.elapsed();
    if (!outcome.ok())
        return fail(output, id, outcome.error);
    if (const auto invalid = ResultSchema::check(*outcome.result, QStringLiteral("output/result.json")))
        return fail(output, id, *invalid);

    const double score =
        outcome.result->value(QStringLiteral("summary")).toObject().value(QStringLiteral("score")).toDouble();
    return output.success({ { QStringLiteral("scorer"), id }, { QStringLiteral("passed"), true },
                              { QStringLiteral("score"), score }, { QStringLiteral("elapsed_ms"), elapsed },
                              { QStringLiteral("workspace"), QDir::toNativeSeparators(source) },
                              { QStringLiteral("result"), *outcome.result } },
        QStringLiteral("PASS %1: score %2 in %3 ms\n").arg(id, QString::number(score)).arg(elapsed));
}

} // namespace

int ScorersCommand::run(const QStringList& arguments, const DataDir& dataDir)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list or test"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("JSON envelope"));
    const QCommandLineOption paramsOption(
        QStringLiteral("params"), QStringLiteral("scorer params as a JSON object"), QStringLiteral("json"));
    parser.addOptions({ jsonOption, paramsOption });
    CliOutput output(arguments.contains(QStringLiteral("--json")));
    if (!parser.parse(arguments))
        return output.badUsage(parser.errorText(), kUsage);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const ScorerCatalog catalog(dataDir.scorersPath());
    if (action == QLatin1String("list") && positional.size() == 1 && !parser.isSet(paramsOption))
        return list(catalog, output);
    if (action == QLatin1String("list"))
        return output.badUsage(QStringLiteral("scorers list takes no arguments but --json"), kUsage);
    if (action != QLatin1String("test"))
        return output.badUsage(QStringLiteral("scorers needs list or test"), kUsage);
    if (positional.size() < 2 || positional.size() > 3)
        return output.badUsage(QStringLiteral("scorers test takes a scorer ID and an optional WORKSPACE"), kUsage);

    QJsonObject params;
    if (parser.isSet(paramsOption)) {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(parser.value(paramsOption).toUtf8(), &parseError);
        if (!document.isObject())
            return output.badUsage(
                QStringLiteral("--params must be a JSON object, e.g. --params '{\"k\": 3}'"), kUsage);
        params = document.object();
    }
    return test(catalog, positional, params, output);
}

} // namespace evalbench::cli

// SPDX-License-Identifier: MIT
#include "workspace/builtinscorers.h"

#include "io/cocojsonloader.h"
#include "io/labelcsvloader.h"
#include "metrics/ml/detectionmetrics.h"
#include "workspace/mlresultjson.h"
#include "workspace/scorerparams.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>

namespace evalbench {

namespace {

// Names and descriptions are English here; the window shows them through
// QCoreApplication::translate("ScorerName" / "ScorerDescription", ...).
QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

ScorerParamInfo param(const char* name, const char* description, QJsonValue defaultValue, QStringList choices = {})
{
    return ScorerParamInfo { QString::fromLatin1(name), QString::fromLatin1(description), std::move(defaultValue),
        std::move(choices) };
}

// Every built-in scorer takes these two.
QList<ScorerParamInfo> withCommonParams(QList<ScorerParamInfo> params)
{
    params << param("primary_metric", "The metrics key that summary.score reports (default: the scorer's own).",
        QJsonValue(QJsonValue::Null))
           << param("pass_threshold", "When given, summary.pass says whether the score reaches it.",
                  QJsonValue(QJsonValue::Null));
    return params;
}

QList<ScorerInfo> makeInfos()
{
    const QString version = QStringLiteral("1.0.0");
    ScorerInfo accuracy { QStringLiteral("classification_accuracy"),
        text(QT_TRANSLATE_NOOP("ScorerName", "Classification accuracy")), version, MlTask::Classification,
        text(QT_TRANSLATE_NOOP("ScorerDescription",
            "Share of ids whose predicted label equals the true one; also precision, recall and F1 "
            "per class and averaged, and the confusion matrix (scikit-learn semantics).")),
        QStringLiteral("accuracy"), withCommonParams({}), true, {}, {}, {}, 0 };
    ScorerInfo f1 { QStringLiteral("classification_f1"), text(QT_TRANSLATE_NOOP("ScorerName", "Classification F1")),
        version, MlTask::Classification,
        text(QT_TRANSLATE_NOOP("ScorerDescription",
            "F1 averaged over the labels (macro by default, or micro / weighted); also accuracy, "
            "per-class precision / recall / F1 / support and the confusion matrix (scikit-learn "
            "semantics, zero division scores 0).")),
        QStringLiteral("f1_macro"),
        withCommonParams({ param("average", "Which average the headline F1 is.", QStringLiteral("macro"),
            { QStringLiteral("macro"), QStringLiteral("micro"), QStringLiteral("weighted") }) }),
        true, {}, {}, {}, 0 };
    ScorerInfo rmse { QStringLiteral("regression_rmse"), text(QT_TRANSLATE_NOOP("ScorerName", "Regression RMSE")),
        version, MlTask::Regression,
        text(QT_TRANSLATE_NOOP("ScorerDescription",
            "Root mean squared error (lower is better); also MSE, MAE, R² and MAPE as a fraction "
            "(scikit-learn semantics).")),
        QStringLiteral("rmse"), withCommonParams({}), true, {}, {}, {}, 0 };
    ScorerInfo map { QStringLiteral("detection_map"), text(QT_TRANSLATE_NOOP("ScorerName", "Detection mAP (COCO)")),
        version, MlTask::Detection,
        text(QT_TRANSLATE_NOOP("ScorerDescription",
            "COCO bbox evaluation as pycocotools computes it: AP@[.50:.95] headline and the 12 summary "
            "stats, per-category AP and precision-recall curves, plus VOC-style mAP (all-point).")),
        QStringLiteral("AP"),
        withCommonParams({ param("iou_threshold", "IoU threshold of the VOC-style AP (0 < t ≤ 1).", 0.5),
            param("bbox_format", "How the boxes of flat lists are written.", QStringLiteral("xywh"),
                { QStringLiteral("xywh"), QStringLiteral("xyxy") }) }),
        true, {}, {}, {}, 0 };
    return { accuracy, f1, rmse, map };
}

// A loader failure is a validation problem of the workspace's files; its message names the
// file by its place in the workspace.
EvalError loadError(EvalError error, const WorkspaceLayout& workspace)
{
    error.stage = QStringLiteral("validation");
    error.message.replace(workspace.root() + QLatin1Char('/'), QString());
    return error;
}

QJsonArray warningsJson(const QList<EvalError>& warnings)
{
    QJsonArray out;
    for (const EvalError& w : warnings)
        out.append(w.toJson());
    return out;
}

} // namespace

const QList<ScorerInfo>& builtinScorerInfos()
{
    static const QList<ScorerInfo> infos = makeInfos();
    return infos;
}

const ScorerInfo* findBuiltinScorer(const QString& id)
{
    for (const ScorerInfo& info : builtinScorerInfos()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

ScorerOutcome runBuiltinScorer(const ScorerInfo& scorer, const WorkspaceLayout& workspace, const QJsonObject& params,
    const std::atomic<bool>* cancelled)
{
    QElapsedTimer total;
    total.start();
    const auto parsed = ScorerParams::parse(scorer, params);
    if (!parsed.ok())
        return ScorerOutcome::failure(parsed.error);
    const ScorerParams& p = *parsed.value;
    const EvalError cancelError { ErrorCode::Internal, QStringLiteral("scoring was cancelled"),
        QStringLiteral("scoring"), {} };

    QList<EvalError> warnings = p.warnings;
    MlResultParts parts;
    qint64 loadMs = 0;
    QElapsedTimer phase;
    phase.start();
    // Each task: load (a failure names the workspace file), then, unless cancelled, compute.
    auto loadThenCompute = [&](auto loaded, auto compute) -> std::optional<ScorerOutcome> {
        if (!loaded.ok())
            return ScorerOutcome::failure(loadError(loaded.error, workspace));
        warnings += loaded.warnings;
        loadMs = phase.restart();
        if (cancelled && cancelled->load())
            return ScorerOutcome::failure(cancelError);
        parts = compute(*loaded.value);
        return std::nullopt;
    };
    std::optional<ScorerOutcome> stopped;
    switch (scorer.task) {
    case MlTask::Classification:
        stopped = loadThenCompute(ml::loadClassificationCsv(workspace.groundTruthCsv(), workspace.predictionCsv()),
            [](const ml::LabelPairs& pairs) {
                return MlResultJson::classification(
                    ml::computeClassification(pairs.truth, pairs.pred, pairs.labelNames));
            });
        break;
    case MlTask::Regression:
        stopped = loadThenCompute(ml::loadRegressionCsv(workspace.groundTruthCsv(), workspace.predictionCsv()),
            [](const ml::ValuePairs& pairs) {
                return MlResultJson::regression(ml::computeRegression(pairs.truth, pairs.pred));
            });
        break;
    case MlTask::Detection:
        stopped =
            loadThenCompute(ml::loadDetectionJson(workspace.groundTruthJson(), workspace.predictionJson(), p.boxFormat),
                [&p](const ml::DetectionDataset& data) {
                    ml::DetectionParams detection;
                    detection.vocIouThreshold = p.iouThreshold;
                    return MlResultJson::detection(ml::computeDetection(data, detection));
                });
        break;
    case MlTask::Custom:
        return ScorerOutcome::failure(EvalError { ErrorCode::Internal,
            QStringLiteral("%1 is not a built-in scorer").arg(scorer.id), QStringLiteral("scoring"), {} });
    }
    if (stopped)
        return *stopped;
    const qint64 computeMs = phase.elapsed();

    const QString primary = p.primaryMetric.isEmpty() ? scorer.primaryMetric : p.primaryMetric;
    if (!parts.metrics.contains(primary)) {
        return ScorerOutcome::failure(EvalError { ErrorCode::BadFormat,
            QStringLiteral("params.primary_metric \"%1\" is not one of %2's metrics (%3)")
                .arg(primary, scorer.id, parts.metrics.keys().join(QStringLiteral(", "))),
            QStringLiteral("validation"), { { QStringLiteral("field"), QStringLiteral("params.primary_metric") } } });
    }
    const QJsonValue score = parts.metrics.value(primary);
    QJsonObject summary {
        { QStringLiteral("score"), score },
        { QStringLiteral("primary_metric"), primary },
        { primary, score },
        { QStringLiteral("higher_is_better"),
            primary != QLatin1String("rmse") && primary != QLatin1String("mse") && primary != QLatin1String("mae")
                && primary != QLatin1String("mape") },
    };
    if (p.passThreshold) {
        const bool higherIsBetter = summary.value(QStringLiteral("higher_is_better")).toBool();
        const bool pass = score.isDouble()
            && (higherIsBetter ? score.toDouble() >= *p.passThreshold : score.toDouble() <= *p.passThreshold);
        summary.insert(QStringLiteral("pass"), pass);
        summary.insert(QStringLiteral("pass_threshold"), *p.passThreshold);
    }

    QJsonObject result {
        { QStringLiteral("summary"), summary },
        { QStringLiteral("metrics"), parts.metrics },
        { QStringLiteral("details"), parts.details },
        { QStringLiteral("params"), p.effective },
        { QStringLiteral("versioning"),
            QJsonObject {
                { QStringLiteral("scorer"), scorer.id },
                { QStringLiteral("version"), scorer.version },
                { QStringLiteral("engine"), QStringLiteral("evalbench " EVALBENCH_VERSION) },
                { QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) },
            } },
        { QStringLiteral("timing"),
            QJsonObject {
                { QStringLiteral("load_ms"), loadMs },
                { QStringLiteral("compute_ms"), computeMs },
                { QStringLiteral("total_ms"), total.elapsed() },
            } },
    };
    if (!warnings.isEmpty())
        result.insert(QStringLiteral("warnings"), warningsJson(warnings));
    return ScorerOutcome::success(result);
}

} // namespace evalbench

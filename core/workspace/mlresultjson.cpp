// SPDX-License-Identifier: MIT
#include "workspace/mlresultjson.h"

#include <cmath>

#include <QJsonArray>

namespace evalbench {

namespace {

QString text(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonArray numbers(const std::vector<double>& values)
{
    QJsonArray out;
    for (double v : values)
        out.append(MlResultJson::number(v));
    return out;
}

void insertAveraged(QJsonObject& metrics, const QString& suffix, const ml::AveragedScores& scores)
{
    metrics.insert(QStringLiteral("precision_") + suffix, MlResultJson::number(scores.precision));
    metrics.insert(QStringLiteral("recall_") + suffix, MlResultJson::number(scores.recall));
    metrics.insert(QStringLiteral("f1_") + suffix, MlResultJson::number(scores.f1));
}

} // namespace

QJsonValue MlResultJson::number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

MlResultParts MlResultJson::classification(const ml::ClassificationReport& report)
{
    MlResultParts parts;
    parts.metrics.insert(QStringLiteral("accuracy"), number(report.accuracy));
    insertAveraged(parts.metrics, QStringLiteral("macro"), report.macro);
    insertAveraged(parts.metrics, QStringLiteral("micro"), report.micro);
    insertAveraged(parts.metrics, QStringLiteral("weighted"), report.weighted);
    parts.metrics.insert(QStringLiteral("num_samples"), static_cast<qint64>(report.sampleCount));
    parts.metrics.insert(QStringLiteral("num_classes"), static_cast<qint64>(report.perClass.size()));

    QJsonArray labels;
    QJsonArray perClass;
    for (const ml::ClassStats& c : report.perClass) {
        labels.append(text(c.label));
        perClass.append(QJsonObject {
            { QStringLiteral("label"), text(c.label) },
            { QStringLiteral("precision"), number(c.precision) },
            { QStringLiteral("recall"), number(c.recall) },
            { QStringLiteral("f1"), number(c.f1) },
            { QStringLiteral("support"), static_cast<qint64>(c.support) },
            { QStringLiteral("tp"), static_cast<qint64>(c.tp) },
            { QStringLiteral("fp"), static_cast<qint64>(c.fp) },
            { QStringLiteral("fn"), static_cast<qint64>(c.fn) },
        });
    }
    parts.details.insert(QStringLiteral("task_type"), QStringLiteral("classification"));
    parts.details.insert(QStringLiteral("labels"), labels);
    parts.details.insert(QStringLiteral("per_class"), perClass);
    parts.details.insert(QStringLiteral("correct"), static_cast<qint64>(report.correct));
    if (report.hasConfusion()) {
        // Rows are true labels, columns predicted ones, both in `labels` order (sklearn's layout).
        QJsonArray matrix;
        const std::size_t k = report.perClass.size();
        for (std::size_t t = 0; t < k; ++t) {
            QJsonArray row;
            for (std::size_t p = 0; p < k; ++p)
                row.append(static_cast<qint64>(report.confusionAt(t, p)));
            matrix.append(row);
        }
        parts.details.insert(QStringLiteral("confusion_matrix"), matrix);
    } else {
        parts.details.insert(QStringLiteral("confusion_matrix_omitted"),
            QStringLiteral("%1 labels: a %1×%1 matrix is too large to store").arg(report.perClass.size()));
    }
    return parts;
}

MlResultParts MlResultJson::regression(const ml::RegressionReport& report)
{
    MlResultParts parts;
    parts.metrics = QJsonObject {
        { QStringLiteral("rmse"), number(report.rmse) },
        { QStringLiteral("mse"), number(report.mse) },
        { QStringLiteral("mae"), number(report.mae) },
        { QStringLiteral("r2"), number(report.r2) },
        { QStringLiteral("mape"), number(report.mape) },
        { QStringLiteral("num_samples"), static_cast<qint64>(report.sampleCount) },
    };
    parts.details.insert(QStringLiteral("task_type"), QStringLiteral("regression"));
    parts.details.insert(QStringLiteral("mape_is_fraction"), true);
    return parts;
}

MlResultParts MlResultJson::detection(const ml::DetectionReport& report)
{
    MlResultParts parts;
    QJsonArray stats;
    QJsonArray statNames;
    for (std::size_t i = 0; i < ml::kCocoStatCount; ++i) {
        const auto stat = static_cast<ml::CocoStat>(i);
        const QString name = QString::fromLatin1(ml::cocoStatName(stat));
        // pycocotools' -1 means "no ground truth in this area range": not a score, so null.
        const double v = report.stat(stat);
        parts.metrics.insert(name, v < 0 ? QJsonValue(QJsonValue::Null) : number(v));
        stats.append(number(v));
        statNames.append(name);
    }
    const QJsonValue voc = report.vocMap < 0 ? QJsonValue(QJsonValue::Null) : number(report.vocMap);
    parts.metrics.insert(QStringLiteral("voc_map"), voc);
    parts.metrics.insert(QStringLiteral("mAP"), voc); // AutoScorer's name for the VOC-style mean AP
    parts.metrics.insert(QStringLiteral("num_images"), static_cast<qint64>(report.imageCount));
    parts.metrics.insert(QStringLiteral("num_gt_boxes"), static_cast<qint64>(report.groundTruthCount));
    parts.metrics.insert(QStringLiteral("num_detections"), static_cast<qint64>(report.detectionCount));
    parts.metrics.insert(QStringLiteral("num_categories"), static_cast<qint64>(report.perCategory.size()));

    QJsonArray perCategory;
    for (const ml::CategoryDetectionStats& c : report.perCategory) {
        auto orNull = [](double v) { return v < 0 ? QJsonValue(QJsonValue::Null) : number(v); };
        perCategory.append(QJsonObject {
            { QStringLiteral("category_id"), static_cast<qint64>(c.categoryId) },
            { QStringLiteral("name"), text(c.name) },
            { QStringLiteral("gt_count"), static_cast<qint64>(c.groundTruthCount) },
            { QStringLiteral("det_count"), static_cast<qint64>(c.detectionCount) },
            { QStringLiteral("ap"), orNull(c.ap) },
            { QStringLiteral("ap50"), orNull(c.ap50) },
            { QStringLiteral("ap75"), orNull(c.ap75) },
            { QStringLiteral("ar100"), orNull(c.ar100) },
            { QStringLiteral("voc_ap"), orNull(c.vocAp) },
            { QStringLiteral("precision_at_50"), numbers(c.precisionAt50) },
            { QStringLiteral("precision_averaged"), numbers(c.precisionAveraged) },
        });
    }
    parts.details.insert(QStringLiteral("task_type"), QStringLiteral("detection"));
    parts.details.insert(QStringLiteral("coco_stat_names"), statNames);
    parts.details.insert(QStringLiteral("coco_stats"), stats); // pycocotools' order, -1 kept
    parts.details.insert(QStringLiteral("voc_iou_threshold"), report.vocIouThreshold);
    parts.details.insert(QStringLiteral("recall_thresholds"), numbers(report.recallThresholds));
    parts.details.insert(QStringLiteral("per_category"), perCategory);
    return parts;
}

} // namespace evalbench

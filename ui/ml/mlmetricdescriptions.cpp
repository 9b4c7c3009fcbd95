// SPDX-License-Identifier: MIT
#include "ui/ml/mlmetricdescriptions.h"

#include <QHash>

namespace evalbench {

namespace {

struct CocoStatShape
{
    bool precision;
    const char* iou;
    const char* area;
    int maxDets;
};

// pycocotools COCOeval.summarize(), in its order.
const QHash<QString, CocoStatShape>& cocoShapes()
{
    static const QHash<QString, CocoStatShape> shapes {
        { QStringLiteral("AP"), { true, "0.50:0.95", "all", 100 } },
        { QStringLiteral("AP50"), { true, "0.50", "all", 100 } },
        { QStringLiteral("AP75"), { true, "0.75", "all", 100 } },
        { QStringLiteral("APs"), { true, "0.50:0.95", "small", 100 } },
        { QStringLiteral("APm"), { true, "0.50:0.95", "medium", 100 } },
        { QStringLiteral("APl"), { true, "0.50:0.95", "large", 100 } },
        { QStringLiteral("AR1"), { false, "0.50:0.95", "all", 1 } },
        { QStringLiteral("AR10"), { false, "0.50:0.95", "all", 10 } },
        { QStringLiteral("AR100"), { false, "0.50:0.95", "all", 100 } },
        { QStringLiteral("ARs"), { false, "0.50:0.95", "small", 100 } },
        { QStringLiteral("ARm"), { false, "0.50:0.95", "medium", 100 } },
        { QStringLiteral("ARl"), { false, "0.50:0.95", "large", 100 } },
    };
    return shapes;
}

QString averaged(const QString& metric)
{
    const qsizetype underscore = metric.lastIndexOf(QLatin1Char('_'));
    if (underscore < 0)
        return {};
    const QStringView kind = QStringView(metric).left(underscore);
    const QStringView average = QStringView(metric).mid(underscore + 1);
    QString what;
    if (kind == QLatin1String("precision"))
        what = MlMetricDescriptions::tr("Precision");
    else if (kind == QLatin1String("recall"))
        what = MlMetricDescriptions::tr("Recall");
    else if (kind == QLatin1String("f1"))
        what = MlMetricDescriptions::tr("F1");
    else
        return {};
    QString how;
    if (average == QLatin1String("macro"))
        how = MlMetricDescriptions::tr("unweighted mean over the labels");
    else if (average == QLatin1String("micro"))
        how = MlMetricDescriptions::tr("from the counts pooled over all labels");
    else if (average == QLatin1String("weighted"))
        how = MlMetricDescriptions::tr("mean over the labels weighted by support");
    else
        return {};
    return MlMetricDescriptions::tr("%1, %2", "metric, how it is averaged").arg(what, how);
}

} // namespace

QString MlMetricDescriptions::cocoStatTitle(const QString& stat)
{
    const auto it = cocoShapes().constFind(stat);
    if (it == cocoShapes().cend())
        return {};
    const QString iou = QLatin1String(it->iou);
    const QString area = QLatin1String(it->area);
    return it->precision
        ? tr("Average Precision (AP) @[ IoU=%1 | area=%2 | maxDets=%3 ]").arg(iou, area).arg(it->maxDets)
        : tr("Average Recall (AR) @[ IoU=%1 | area=%2 | maxDets=%3 ]").arg(iou, area).arg(it->maxDets);
}

QString MlMetricDescriptions::describe(const QString& metric)
{
    if (const QString coco = cocoStatTitle(metric); !coco.isEmpty())
        return coco;
    if (const QString average = averaged(metric); !average.isEmpty())
        return average;
    static const QHash<QString, const char*> lines {
        { QStringLiteral("accuracy"), QT_TR_NOOP("Share of samples whose predicted label is the true one.") },
        { QStringLiteral("num_samples"), QT_TR_NOOP("Number of samples scored.") },
        { QStringLiteral("num_classes"), QT_TR_NOOP("Number of labels, true or predicted.") },
        { QStringLiteral("rmse"), QT_TR_NOOP("Root mean squared error, in the unit of the target; lower is better.") },
        { QStringLiteral("mse"),
            QT_TR_NOOP("Mean squared error, in the unit of the target squared; lower is better.") },
        { QStringLiteral("mae"), QT_TR_NOOP("Mean absolute error, in the unit of the target; lower is better.") },
        { QStringLiteral("r2"),
            QT_TR_NOOP("R²: 1 is a perfect fit, 0 is no better than predicting the mean, and it can be negative "
                       "(worse than the mean).") },
        { QStringLiteral("mape"),
            QT_TR_NOOP("Mean absolute percentage error as a fraction, not a percentage: 0.05 means 5%; lower is "
                       "better.") },
        { QStringLiteral("voc_map"),
            QT_TR_NOOP("VOC-style mean AP (all-point interpolation) over the categories with ground truth.") },
        { QStringLiteral("mAP"), QT_TR_NOOP("Same as voc_map (AutoScorer's name for it).") },
        { QStringLiteral("num_images"), QT_TR_NOOP("Number of images evaluated.") },
        { QStringLiteral("num_gt_boxes"), QT_TR_NOOP("Number of ground-truth boxes.") },
        { QStringLiteral("num_detections"), QT_TR_NOOP("Number of detections.") },
        { QStringLiteral("num_categories"), QT_TR_NOOP("Number of categories.") },
    };
    const auto it = lines.constFind(metric);
    return it == lines.cend() ? QString() : tr(it.value());
}

} // namespace evalbench

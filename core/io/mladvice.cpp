// SPDX-License-Identifier: MIT
#include "io/mladvice.h"

#include <algorithm>

#include <QJsonArray>

namespace evalbench {

namespace {

constexpr double kWeak = 0.7;

QString fmt(double v)
{
    return QString::number(v, 'f', 3);
}

QString classificationAdvice(const QJsonObject& metrics, const QJsonObject& details)
{
    QString md;
    struct Cls
    {
        QString label;
        double f1, precision, recall;
        qint64 support, predicted;
    };
    QList<Cls> classes;
    for (const QJsonValue& v : details.value(QStringLiteral("per_class")).toArray()) {
        const QJsonObject c = v.toObject();
        classes.append({ c.value(QStringLiteral("label")).toString(), c.value(QStringLiteral("f1")).toDouble(),
            c.value(QStringLiteral("precision")).toDouble(), c.value(QStringLiteral("recall")).toDouble(),
            c.value(QStringLiteral("support")).toInteger(),
            c.value(QStringLiteral("tp")).toInteger() + c.value(QStringLiteral("fp")).toInteger() });
    }
    std::sort(classes.begin(), classes.end(), [](const Cls& a, const Cls& b) { return a.f1 < b.f1; });
    QString weak;
    for (const Cls& c : std::as_const(classes)) {
        if (c.f1 >= kWeak || weak.count(QLatin1Char('\n')) >= 5)
            break;
        const QString why = c.support == 0 ? QStringLiteral("predicted but never true")
            : c.predicted == 0             ? QStringLiteral("never predicted")
            : c.precision < c.recall ? QStringLiteral("too many false positives (precision %1)").arg(fmt(c.precision))
                                     : QStringLiteral("too many misses (recall %1)").arg(fmt(c.recall));
        weak +=
            QStringLiteral("- `%1`: F1 %2 over %3 true samples, %4\n").arg(c.label, fmt(c.f1)).arg(c.support).arg(why);
    }
    if (!weak.isEmpty())
        md += QStringLiteral("## Weakest classes\n\n%1\nMore labelled examples of these classes, or class weights / "
                             "resampling in training, usually help most.\n\n")
                  .arg(weak);

    const QJsonArray labels = details.value(QStringLiteral("labels")).toArray();
    const QJsonArray matrix = details.value(QStringLiteral("confusion_matrix")).toArray();
    struct Pair
    {
        qsizetype t, p;
        qint64 n;
    };
    QList<Pair> pairs;
    for (qsizetype t = 0; t < matrix.size(); ++t) {
        const QJsonArray row = matrix.at(t).toArray();
        for (qsizetype p = 0; p < row.size(); ++p) {
            if (p != t && row.at(p).toInteger() > 0)
                pairs.append({ t, p, row.at(p).toInteger() });
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair& a, const Pair& b) { return a.n > b.n; });
    if (!pairs.isEmpty()) {
        md += QStringLiteral("## Most confused pairs\n\n");
        for (qsizetype i = 0; i < std::min<qsizetype>(3, pairs.size()); ++i)
            md += QStringLiteral("- true `%1` predicted as `%2`: %3 times\n")
                      .arg(labels.at(pairs[i].t).toString(), labels.at(pairs[i].p).toString())
                      .arg(pairs[i].n);
        md += QStringLiteral("\nLook at these samples together: similar classes often need a clearer labelling "
                             "guideline or features that tell them apart.\n\n");
    }
    const double macro = metrics.value(QStringLiteral("f1_macro")).toDouble();
    const double weighted = metrics.value(QStringLiteral("f1_weighted")).toDouble();
    if (weighted - macro > 0.1)
        md += QStringLiteral("## Imbalance\n\nWeighted F1 (%1) is well above macro F1 (%2): the frequent classes do "
                             "well and the rare ones poorly. Report macro F1 if every class matters.\n\n")
                  .arg(fmt(weighted), fmt(macro));
    return md;
}

QString regressionAdvice(const QJsonObject& metrics)
{
    QString md;
    const double rmse = metrics.value(QStringLiteral("rmse")).toDouble();
    const double mae = metrics.value(QStringLiteral("mae")).toDouble();
    const QJsonValue r2 = metrics.value(QStringLiteral("r2"));
    if (mae > 0 && rmse / mae > 1.5)
        md += QStringLiteral("## Outliers\n\nRMSE (%1) is %2× the MAE (%3): a few large errors dominate. Find them "
                             "(sort predictions by absolute error) before tuning the model as a whole.\n\n")
                  .arg(fmt(rmse), QString::number(rmse / mae, 'f', 1), fmt(mae));
    if (r2.isDouble() && r2.toDouble() < 0.5)
        md += QStringLiteral("## Weak fit\n\nR² is %1: the model explains little of the variance%2.\n\n")
                  .arg(fmt(r2.toDouble()),
                      r2.toDouble() < 0 ? QStringLiteral(" — predicting the mean would do better") : QString());
    if (metrics.value(QStringLiteral("mape")).toDouble() > 1.0)
        md += QStringLiteral("## MAPE\n\nMAPE is above 100 %: true values near zero inflate it. Prefer MAE or RMSE "
                             "for such data.\n\n");
    return md;
}

QString detectionAdvice(const QJsonObject& metrics, const QJsonObject& details)
{
    QString md;
    const double ap = metrics.value(QStringLiteral("AP")).toDouble();
    const QJsonValue small = metrics.value(QStringLiteral("APs"));
    const QJsonValue large = metrics.value(QStringLiteral("APl"));
    if (small.isDouble() && large.isDouble() && large.toDouble() - small.toDouble() > 0.2)
        md += QStringLiteral("## Small objects\n\nAP on small boxes (%1) is far below large ones (%2). A higher input "
                             "resolution, multi-scale training or tiling usually helps.\n\n")
                  .arg(fmt(small.toDouble()), fmt(large.toDouble()));
    const double ap50 = metrics.value(QStringLiteral("AP50")).toDouble();
    const double ap75 = metrics.value(QStringLiteral("AP75")).toDouble();
    if (ap50 - ap75 > 0.25)
        md += QStringLiteral("## Localisation\n\nAP50 (%1) is much higher than AP75 (%2): objects are found but the "
                             "boxes are loose. Box regression (loss, anchors) is the place to look.\n\n")
                  .arg(fmt(ap50), fmt(ap75));
    QString weak;
    struct Cat
    {
        QString name;
        double ap;
        qint64 gt;
    };
    QList<Cat> cats;
    for (const QJsonValue& v : details.value(QStringLiteral("per_category")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("ap")).isDouble())
            cats.append({ c.value(QStringLiteral("name")).toString(), c.value(QStringLiteral("ap")).toDouble(),
                c.value(QStringLiteral("gt_count")).toInteger() });
    }
    std::sort(cats.begin(), cats.end(), [](const Cat& a, const Cat& b) { return a.ap < b.ap; });
    for (qsizetype i = 0; i < std::min<qsizetype>(3, cats.size()); ++i) {
        if (cats[i].ap < ap)
            weak += QStringLiteral("- `%1`: AP %2 (%3 ground-truth boxes)\n")
                        .arg(cats[i].name, fmt(cats[i].ap))
                        .arg(cats[i].gt);
    }
    if (!weak.isEmpty())
        md += QStringLiteral("## Weakest categories\n\n%1\n").arg(weak);
    return md;
}

} // namespace

QString MlAdvice::render(const RunRecord& run, const QJsonObject& result)
{
    QString md =
        QStringLiteral("# Optimization advice: %1\n\n_Rule-based advice from the scorer's result._\n\n").arg(run.name);
    if (result.value(QStringLiteral("status")).toString() == QLatin1String("error"))
        return md
            + QStringLiteral("The run failed, so there is nothing to advise yet: fix the error in the report and "
                             "score again.\n");
    const QJsonObject metrics = result.value(QStringLiteral("metrics")).toObject();
    const QJsonObject details = result.value(QStringLiteral("details")).toObject();
    const QString task = details.value(QStringLiteral("task_type")).toString();
    QString body;
    if (task == QLatin1String("classification"))
        body = classificationAdvice(metrics, details);
    else if (task == QLatin1String("regression"))
        body = regressionAdvice(metrics);
    else if (task == QLatin1String("detection"))
        body = detectionAdvice(metrics, details);
    if (body.isEmpty())
        body = QStringLiteral("Nothing stands out. Keep this run as a baseline and compare the next model against "
                              "it.\n");
    return md + body;
}

} // namespace evalbench

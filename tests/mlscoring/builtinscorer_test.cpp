// SPDX-License-Identifier: MIT
// The built-in scorers end to end on the reference cases: the numbers in result.json equal
// scikit-learn's (1e-9) and pycocotools' (1e-6), and the JSON has the shape CONTRACTS promises.
#include "testworkspace.h"
#include "workspace/builtinscorers.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace evalbench;

namespace {

QJsonObject expected(const QString& caseDir)
{
    QFile f(QStringLiteral(EVALBENCH_TEST_DATA_DIR "/ml/") + caseDir + QStringLiteral("/expected.json"));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

QJsonObject score(const TestWorkspace& ws, const char* scorer, const QJsonObject& params = {})
{
    const ScorerInfo* info = findBuiltinScorer(QString::fromLatin1(scorer));
    EXPECT_NE(info, nullptr);
    if (!info)
        return {};
    const ScorerOutcome outcome = runBuiltinScorer(*info, WorkspaceLayout(ws.root()), params);
    EXPECT_TRUE(outcome.ok()) << outcome.error.message.toStdString();
    return outcome.ok() ? *outcome.result : QJsonObject {};
}

double metric(const QJsonObject& result, const char* name)
{
    return result.value(QStringLiteral("metrics")).toObject().value(QLatin1String(name)).toDouble(-99);
}

} // namespace

TEST(BuiltinScorers, ListsTheAutoScorerIds)
{
    QStringList ids;
    for (const ScorerInfo& info : builtinScorerInfos())
        ids << info.id;
    EXPECT_EQ(ids,
        QStringList({ QStringLiteral("classification_accuracy"), QStringLiteral("classification_f1"),
            QStringLiteral("regression_rmse"), QStringLiteral("detection_map") }));
    EXPECT_EQ(findBuiltinScorer(QStringLiteral("nope")), nullptr);
}

TEST(BuiltinScorers, ClassificationF1MatchesSklearn)
{
    for (const char* dir : { "classification/small", "classification/edge_zero_division" }) {
        TestWorkspace ws;
        ws.fromCase(QString::fromLatin1(dir), QStringLiteral("classification_f1"));
        const QJsonObject result = score(ws, "classification_f1");
        const QJsonObject e = expected(QString::fromLatin1(dir));
        for (const char* key : { "accuracy", "f1_macro", "precision_macro", "recall_macro", "f1_micro",
                 "precision_micro", "recall_micro", "f1_weighted", "precision_weighted", "recall_weighted" })
            EXPECT_NEAR(metric(result, key), e.value(QLatin1String(key)).toDouble(), 1e-9) << dir << " " << key;
        const QJsonObject summary = result.value(QStringLiteral("summary")).toObject();
        EXPECT_EQ(summary.value(QStringLiteral("primary_metric")).toString(), QStringLiteral("f1_macro"));
        EXPECT_NEAR(
            summary.value(QStringLiteral("score")).toDouble(), e.value(QStringLiteral("f1_macro")).toDouble(), 1e-9);

        const QJsonObject details = result.value(QStringLiteral("details")).toObject();
        EXPECT_EQ(details.value(QStringLiteral("labels")).toArray(), e.value(QStringLiteral("labels")).toArray());
        const QJsonArray matrix = details.value(QStringLiteral("confusion_matrix")).toArray();
        EXPECT_EQ(
            matrix, e.value(QStringLiteral("confusion_matrix")).toObject().value(QStringLiteral("matrix")).toArray())
            << dir;
        EXPECT_EQ(matrix.size(), details.value(QStringLiteral("labels")).toArray().size());
        const QJsonObject perClassExpected = e.value(QStringLiteral("per_class")).toObject();
        for (const QJsonValue& row : details.value(QStringLiteral("per_class")).toArray()) {
            const QJsonObject c = row.toObject();
            const QJsonObject x = perClassExpected.value(c.value(QStringLiteral("label")).toString()).toObject();
            EXPECT_NEAR(c.value(QStringLiteral("f1")).toDouble(), x.value(QStringLiteral("f1")).toDouble(), 1e-9);
            EXPECT_EQ(c.value(QStringLiteral("support")).toInteger(), x.value(QStringLiteral("support")).toInteger());
        }
    }
}

TEST(BuiltinScorers, AverageParamPicksTheHeadline)
{
    TestWorkspace ws;
    ws.fromCase(QStringLiteral("classification/small"), QStringLiteral("classification_f1"));
    const QJsonObject e = expected(QStringLiteral("classification/small"));
    const QJsonObject weighted =
        score(ws, "classification_f1", { { QStringLiteral("average"), QStringLiteral("weighted") } });
    const QJsonObject summary = weighted.value(QStringLiteral("summary")).toObject();
    EXPECT_EQ(summary.value(QStringLiteral("primary_metric")).toString(), QStringLiteral("f1_weighted"));
    EXPECT_NEAR(
        summary.value(QStringLiteral("score")).toDouble(), e.value(QStringLiteral("f1_weighted")).toDouble(), 1e-9);
    EXPECT_EQ(weighted.value(QStringLiteral("params")).toObject().value(QStringLiteral("average")).toString(),
        QStringLiteral("weighted"));

    const QJsonObject accuracy = score(ws, "classification_accuracy", { { QStringLiteral("pass_threshold"), 0.75 } });
    const QJsonObject s2 = accuracy.value(QStringLiteral("summary")).toObject();
    EXPECT_DOUBLE_EQ(s2.value(QStringLiteral("score")).toDouble(), 0.72);
    EXPECT_FALSE(s2.value(QStringLiteral("pass")).toBool()); // 0.72 < 0.75
}

TEST(BuiltinScorers, RegressionMatchesSklearn)
{
    TestWorkspace ws;
    ws.fromCase(QStringLiteral("regression/small"), QStringLiteral("regression_rmse"));
    const QJsonObject result = score(ws, "regression_rmse");
    const QJsonObject e = expected(QStringLiteral("regression/small"));
    for (const char* key : { "mse", "rmse", "mae", "r2", "mape" })
        EXPECT_NEAR(metric(result, key), e.value(QLatin1String(key)).toDouble(), 1e-9) << key;
    const QJsonObject summary = result.value(QStringLiteral("summary")).toObject();
    EXPECT_EQ(summary.value(QStringLiteral("primary_metric")).toString(), QStringLiteral("rmse"));
    EXPECT_FALSE(summary.value(QStringLiteral("higher_is_better")).toBool());
    EXPECT_EQ(metric(result, "num_samples"), 50);
}

TEST(BuiltinScorers, DetectionMatchesPycocotools)
{
    TestWorkspace ws;
    ws.fromCase(QStringLiteral("detection/small"), QStringLiteral("detection_map"));
    const QJsonObject result = score(ws, "detection_map");
    const QJsonObject stats =
        expected(QStringLiteral("detection/small")).value(QStringLiteral("coco_bbox_stats")).toObject();
    ASSERT_EQ(stats.size(), 12);
    for (auto it = stats.begin(); it != stats.end(); ++it)
        EXPECT_NEAR(metric(result, it.key().toLatin1().constData()), it.value().toDouble(), 1e-6)
            << it.key().toStdString();
    const QJsonObject voc =
        expected(QStringLiteral("detection/small")).value(QStringLiteral("voc_map50_all_point")).toObject();
    EXPECT_NEAR(metric(result, "voc_map"), voc.value(QStringLiteral("mAP")).toDouble(), 1e-9);
    EXPECT_NEAR(result.value(QStringLiteral("summary")).toObject().value(QStringLiteral("score")).toDouble(),
        stats.value(QStringLiteral("AP")).toDouble(), 1e-6);
    const QJsonObject details = result.value(QStringLiteral("details")).toObject();
    const QJsonArray perCategory = details.value(QStringLiteral("per_category")).toArray();
    ASSERT_EQ(perCategory.size(), 10);
    EXPECT_EQ(details.value(QStringLiteral("recall_thresholds")).toArray().size(), 101);
    EXPECT_EQ(perCategory.at(0).toObject().value(QStringLiteral("precision_at_50")).toArray().size(), 101);
    EXPECT_EQ(perCategory.at(6).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("traffic light"));
}

TEST(BuiltinScorers, XyxyBoxesGiveTheSameStats)
{
    TestWorkspace ws;
    ws.writeMeta({ { QStringLiteral("scorer"), QStringLiteral("detection_map") } });
    ws.copyData(QStringLiteral("detection/small/gt_xyxy.json"), QStringLiteral("input/gt.json"));
    ws.copyData(QStringLiteral("detection/small/pred_xyxy.json"), QStringLiteral("output/pred.json"));
    const QJsonObject result =
        score(ws, "detection_map", { { QStringLiteral("bbox_format"), QStringLiteral("xyxy") } });
    const QJsonObject stats =
        expected(QStringLiteral("detection/small")).value(QStringLiteral("coco_bbox_stats")).toObject();
    EXPECT_NEAR(metric(result, "AP"), stats.value(QStringLiteral("AP")).toDouble(), 1e-6);
    EXPECT_NEAR(metric(result, "AR100"), stats.value(QStringLiteral("AR100")).toDouble(), 1e-6);
}

TEST(BuiltinScorers, BadParamsAreNamed)
{
    TestWorkspace ws;
    ws.fromCase(QStringLiteral("classification/small"), QStringLiteral("classification_f1"));
    const ScorerInfo* f1 = findBuiltinScorer(QStringLiteral("classification_f1"));
    const ScorerOutcome bad =
        runBuiltinScorer(*f1, WorkspaceLayout(ws.root()), { { QStringLiteral("average"), QStringLiteral("median") } });
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error.code, ErrorCode::BadFormat);
    EXPECT_EQ(
        bad.error.message, QStringLiteral("params.average must be one of macro, micro, weighted; got \"median\""));
    EXPECT_EQ(bad.error.stage, QStringLiteral("validation"));

    const ScorerInfo* map = findBuiltinScorer(QStringLiteral("detection_map"));
    const ScorerOutcome iou =
        runBuiltinScorer(*map, WorkspaceLayout(ws.root()), { { QStringLiteral("iou_threshold"), 1.5 } });
    ASSERT_FALSE(iou.ok());
    EXPECT_TRUE(iou.error.message.startsWith(QStringLiteral("params.iou_threshold must be a number above 0")))
        << iou.error.message.toStdString();

    const ScorerOutcome primary = runBuiltinScorer(
        *f1, WorkspaceLayout(ws.root()), { { QStringLiteral("primary_metric"), QStringLiteral("auc") } });
    ASSERT_FALSE(primary.ok());
    EXPECT_TRUE(primary.error.message.startsWith(QStringLiteral("params.primary_metric \"auc\" is not one of")))
        << primary.error.message.toStdString();

    // An unknown param is ignored with a warning in the result, so a typo is visible.
    const ScorerOutcome typo =
        runBuiltinScorer(*f1, WorkspaceLayout(ws.root()), { { QStringLiteral("averge"), QStringLiteral("micro") } });
    ASSERT_TRUE(typo.ok());
    const QJsonArray warnings = typo.result->value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_TRUE(warnings.at(0)
                    .toObject()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("params.averge is not a parameter of classification_f1")));
}

TEST(BuiltinScorers, ExtraPredictionIdsAreReportedNotScored)
{
    TestWorkspace ws;
    ws.writeMeta({ { QStringLiteral("scorer"), QStringLiteral("classification_accuracy") } });
    ws.write(QStringLiteral("input/gt.csv"), "id,label\n1,cat\n2,dog\n3,cat\n");
    ws.write(QStringLiteral("output/pred.csv"), "id,label\n3,cat\n99,fox\n1,cat\n2,cat\n");
    const QJsonObject result = score(ws, "classification_accuracy");
    EXPECT_NEAR(metric(result, "accuracy"), 2.0 / 3.0, 1e-12);
    EXPECT_EQ(metric(result, "num_classes"), 2); // "fox" is only on the left-out row
    const QJsonArray warnings = result.value(QStringLiteral("warnings")).toArray();
    ASSERT_EQ(warnings.size(), 1);
    EXPECT_EQ(warnings.at(0).toObject().value(QStringLiteral("code")).toString(), QStringLiteral("MISMATCH"));
    EXPECT_EQ(warnings.at(0).toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("1 ids in output/pred.csv are not in input/gt.csv and were left out; first: 99"));
}

TEST(BuiltinScorers, CancelStopsBeforeComputing)
{
    TestWorkspace ws;
    ws.fromCase(QStringLiteral("regression/small"), QStringLiteral("regression_rmse"));
    std::atomic<bool> cancelled { true };
    const ScorerOutcome outcome = runBuiltinScorer(
        *findBuiltinScorer(QStringLiteral("regression_rmse")), WorkspaceLayout(ws.root()), {}, &cancelled);
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error.message, QStringLiteral("scoring was cancelled"));
}

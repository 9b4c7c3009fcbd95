// SPDX-License-Identifier: MIT
#include "io/cocojsonloader.h"
#include "metrics/ml/cocoevaluate.h"
#include "metrics/ml/cocoparams.h"
#include "metrics/ml/detectionmetrics.h"
#include "mltestdata.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace evalbench::ml;
using evalbench::ml::test::expectedJson;
using evalbench::ml::test::mlData;
using evalbench::ml::test::num;

namespace {

const QString kSmall = QStringLiteral("detection/small");

DetectionReport evaluateFiles(const char* gt, const char* pred, BoxFormat format, double vocIou = 0.5)
{
    const auto loaded = loadDetectionJson(mlData(kSmall + QLatin1Char('/') + QLatin1String(gt)),
        mlData(kSmall + QLatin1Char('/') + QLatin1String(pred)), format);
    EXPECT_TRUE(loaded.ok()) << loaded.error.message.toStdString();
    if (!loaded.ok())
        return {};
    DetectionParams params;
    params.vocIouThreshold = vocIou;
    return computeDetection(*loaded.value, params);
}

void expectCocoStats(const DetectionReport& r)
{
    const QJsonArray expected = expectedJson(kSmall).value(QLatin1String("coco_bbox_stats_list")).toArray();
    ASSERT_EQ(expected.size(), 12);
    for (std::size_t i = 0; i < kCocoStatCount; ++i) {
        // The README promises ~1e-12 for a faithful port; 1e-6 is the contract.
        EXPECT_NEAR(r.stats[i], expected[static_cast<qsizetype>(i)].toDouble(), 1e-12)
            << cocoStatName(static_cast<CocoStat>(i));
    }
}

GroundTruthBox gt(std::int64_t id, BoxXywh b, bool crowd = false, std::int64_t image = 1, std::int64_t cat = 1)
{
    return { id, image, cat, b, b.w * b.h, crowd };
}

DetectionBox det(BoxXywh b, double score, std::int64_t image = 1, std::int64_t cat = 1)
{
    return { image, cat, b, score };
}

} // namespace

TEST(MlDetection, ParamsMatchNumpyLinspace)
{
    const QJsonObject p = expectedJson(kSmall).value(QLatin1String("coco_params")).toObject();
    const CocoParams params = CocoParams::defaults();
    const QJsonArray iou = p.value(QLatin1String("iouThrs")).toArray();
    const QJsonArray rec = p.value(QLatin1String("recThrs")).toArray();
    ASSERT_EQ(params.iouThresholds.size(), 10u);
    ASSERT_EQ(params.recallThresholds.size(), 101u);
    for (std::size_t i = 0; i < 10; ++i)
        EXPECT_EQ(params.iouThresholds[i], iou[static_cast<qsizetype>(i)].toDouble()) << i;
    for (std::size_t i = 0; i < 101; ++i)
        EXPECT_EQ(params.recallThresholds[i], rec[static_cast<qsizetype>(i)].toDouble()) << i;
    EXPECT_EQ(params.iouThresholds[8], 0.8999999999999999);
}

TEST(MlDetection, SmallMatchesPycocotools)
{
    expectCocoStats(evaluateFiles("gt.json", "pred.json", BoxFormat::Xywh));
}

TEST(MlDetection, SmallPerCategoryMatchesPycocotools)
{
    const DetectionReport r = evaluateFiles("gt.json", "pred.json", BoxFormat::Xywh);
    const QJsonObject e = expectedJson(kSmall).value(QLatin1String("coco_per_category_area_all_maxdets100")).toObject();
    ASSERT_EQ(r.perCategory.size(), static_cast<std::size_t>(e.size()));
    for (const CategoryDetectionStats& c : r.perCategory) {
        const QJsonObject x = e.value(QString::number(c.categoryId)).toObject();
        ASSERT_FALSE(x.isEmpty()) << c.categoryId;
        EXPECT_EQ(c.name, x.value(QLatin1String("name")).toString().toStdString());
        EXPECT_NEAR(c.ap, num(x, "AP"), 1e-12) << c.categoryId;
        EXPECT_NEAR(c.ap50, num(x, "AP50"), 1e-12) << c.categoryId;
        EXPECT_NEAR(c.ar100, num(x, "AR100"), 1e-12) << c.categoryId;
        ASSERT_EQ(c.precisionAt50.size(), 101u);
        // AP50 is the mean of the IoU-0.5 curve; the averaged curve's mean is AP.
        double s50 = 0, sAll = 0;
        for (std::size_t i = 0; i < 101; ++i) {
            s50 += c.precisionAt50[i];
            sAll += c.precisionAveraged[i];
        }
        EXPECT_NEAR(s50 / 101, c.ap50, 1e-12);
        EXPECT_NEAR(sAll / 101, c.ap, 1e-12);
    }
}

TEST(MlDetection, SmallVocMatchesReference)
{
    const DetectionReport r = evaluateFiles("gt.json", "pred.json", BoxFormat::Xywh);
    const QJsonObject voc = expectedJson(kSmall).value(QLatin1String("voc_map50_all_point")).toObject();
    EXPECT_NEAR(r.vocMap, num(voc, "mAP"), 1e-12);
    const QJsonObject perClass = voc.value(QLatin1String("per_class")).toObject();
    for (const CategoryDetectionStats& c : r.perCategory)
        EXPECT_NEAR(c.vocAp, num(perClass.value(QString::number(c.categoryId)).toObject(), "ap"), 1e-12)
            << c.categoryId;
    // A stricter threshold can only lower AP.
    EXPECT_LT(evaluateFiles("gt.json", "pred.json", BoxFormat::Xywh, 0.75).vocMap, r.vocMap);
}

TEST(MlDetection, XyxyFilesGiveTheSameStats)
{
    const DetectionReport xywh = evaluateFiles("gt.json", "pred.json", BoxFormat::Xywh);
    const DetectionReport flat = evaluateFiles("gt_xyxy.json", "pred_xyxy.json", BoxFormat::Xyxy);
    const DetectionReport mixed = evaluateFiles("gt.json", "pred_xyxy.json", BoxFormat::Xyxy);
    expectCocoStats(flat);
    expectCocoStats(mixed);
    for (std::size_t i = 0; i < kCocoStatCount; ++i) {
        EXPECT_NEAR(flat.stats[i], xywh.stats[i], 1e-12);
        EXPECT_EQ(mixed.stats[i], xywh.stats[i]);
    }
    EXPECT_NEAR(flat.vocMap, xywh.vocMap, 1e-12);
    // Reading xyxy boxes as xywh must change the result (the parameter is not ignored).
    const DetectionReport wrong = evaluateFiles("gt.json", "pred_xyxy.json", BoxFormat::Xywh);
    EXPECT_GT(std::abs(wrong.stat(CocoStat::AP) - xywh.stat(CocoStat::AP)), 0.01);
}

TEST(MlDetection, CrowdGtIsIgnoredAndAbsorbsManyDetections)
{
    DetectionDataset d;
    d.imageIds = { 1 };
    d.categories = { { 1, "thing" } };
    d.groundTruth = { gt(7, { 0, 0, 10, 10 }), gt(8, { 50, 50, 20, 20 }, true) };
    // Two high-scoring detections inside the crowd region come first: both match the crowd box
    // (IoU = intersection / detection area = 1) and are ignored, so precision starts at 1.
    d.detections = { det({ 50, 50, 10, 10 }, 0.95), det({ 55, 55, 10, 10 }, 0.93), det({ 0, 0, 10, 10 }, 0.9),
        det({ 100, 100, 10, 10 }, 0.6) };
    const DetectionReport r = computeDetection(d);
    EXPECT_NEAR(r.stat(CocoStat::AP), 1.0, 1e-12);
    EXPECT_NEAR(r.stat(CocoStat::AR100), 1.0, 1e-12);
    EXPECT_EQ(r.perCategory[0].groundTruthCount, 1);
    EXPECT_NEAR(cocoBoxIou({ 55, 55, 10, 10 }, { 50, 50, 20, 20 }, true), 1.0, 0.0);
    EXPECT_NEAR(cocoBoxIou({ 55, 55, 10, 10 }, { 50, 50, 20, 20 }, false), 0.25, 1e-15);
    // Without the crowd flag the two boxes are plain false positives ahead of the true positive.
    d.groundTruth[1].crowd = false;
    EXPECT_LT(computeDetection(d).stat(CocoStat::AP), 0.6);
}

TEST(MlDetection, EmptyCategoryIsMinusOneAndLeftOutOfTheMean)
{
    DetectionDataset d;
    d.imageIds = { 1, 2 };
    d.categories = { { 1, "a" }, { 2, "b" }, { 3, "c" } };
    d.groundTruth = { gt(1, { 0, 0, 10, 10 }) };
    d.detections = { det({ 0, 0, 10, 10 }, 0.9), det({ 0, 0, 10, 10 }, 0.8, 2, 3) }; // cat 3: detections, no GT
    const DetectionReport r = computeDetection(d);
    ASSERT_EQ(r.perCategory.size(), 3u);
    EXPECT_EQ(r.perCategory[1].ap, -1.0);
    EXPECT_EQ(r.perCategory[2].ap, -1.0);
    EXPECT_TRUE(r.perCategory[1].precisionAt50.empty());
    EXPECT_NEAR(r.stat(CocoStat::AP), 1.0, 1e-12); // only category 1 counts
    EXPECT_EQ(r.stat(CocoStat::APl), -1.0); // no large GT anywhere
    EXPECT_NEAR(r.vocMap, 1.0, 1e-12);

    DetectionDataset none = d;
    none.groundTruth.clear();
    const DetectionReport empty = computeDetection(none);
    for (double s : empty.stats)
        EXPECT_EQ(s, -1.0);
    EXPECT_EQ(empty.vocMap, -1.0);
}

TEST(MlDetection, AreaRangesIncludeBothEnds)
{
    DetectionDataset d;
    d.imageIds = { 1 };
    d.categories = { { 1, "a" } };
    d.groundTruth = { gt(1, { 0, 0, 32, 32 }) }; // area exactly 32²: small and medium
    d.detections = { det({ 0, 0, 32, 32 }, 0.9) };
    const DetectionReport r = computeDetection(d);
    EXPECT_NEAR(r.stat(CocoStat::APs), 1.0, 1e-12);
    EXPECT_NEAR(r.stat(CocoStat::APm), 1.0, 1e-12);
    EXPECT_EQ(r.stat(CocoStat::APl), -1.0);
}

TEST(MlDetection, MaxDetsKeepsTopDetectionsPerImageAndCategory)
{
    DetectionDataset d;
    d.imageIds = { 1 };
    d.categories = { { 1, "a" } };
    d.groundTruth = { gt(1, { 0, 0, 10, 10 }) };
    // The true positive is the 2nd best detection: maxDets=1 misses it, maxDets=10 finds it.
    d.detections = { det({ 50, 50, 10, 10 }, 0.9), det({ 0, 0, 10, 10 }, 0.8) };
    const DetectionReport r = computeDetection(d);
    EXPECT_EQ(r.stat(CocoStat::AR1), 0.0);
    EXPECT_EQ(r.stat(CocoStat::AR10), 1.0);
}

TEST(MlDetectionLoader, Errors)
{
    const QString gtPath = mlData(kSmall + QStringLiteral("/gt.json"));
    auto missing = loadDetectionJson(mlData(QStringLiteral("nope/gt.json")), gtPath);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error.code, evalbench::ErrorCode::MissingFile);

    auto malformed = loadDetectionJson(gtPath, mlData(QStringLiteral("errors/malformed.json")));
    ASSERT_FALSE(malformed.ok());
    EXPECT_EQ(malformed.error.code, evalbench::ErrorCode::ParseError);
    EXPECT_TRUE(malformed.error.message.contains(QStringLiteral("malformed.json")))
        << malformed.error.message.toStdString();

    auto unknownImage = loadDetectionJson(gtPath, mlData(QStringLiteral("errors/pred_unknown_image.json")));
    ASSERT_FALSE(unknownImage.ok());
    EXPECT_EQ(unknownImage.error.code, evalbench::ErrorCode::Mismatch);
    EXPECT_TRUE(unknownImage.error.message.contains(QStringLiteral("first image ids: 424242")))
        << unknownImage.error.message.toStdString();

    auto noScore = loadDetectionJson(gtPath, mlData(QStringLiteral("errors/pred_no_score.json")));
    ASSERT_FALSE(noScore.ok());
    EXPECT_EQ(noScore.error.code, evalbench::ErrorCode::BadFormat);
    EXPECT_TRUE(noScore.error.message.contains(QStringLiteral("detection 1 needs a number \"score\"")))
        << noScore.error.message.toStdString();

    auto badBox = loadDetectionJson(gtPath, mlData(QStringLiteral("errors/pred_bad_bbox.json")));
    ASSERT_FALSE(badBox.ok());
    EXPECT_EQ(badBox.error.code, evalbench::ErrorCode::BadFormat);

    EXPECT_EQ(parseBoxFormat("xyxy"), BoxFormat::Xyxy);
    EXPECT_FALSE(parseBoxFormat("cxcywh").has_value());
}

// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "mltestresults.h"
#include "ui/ml/cocostatsmodel.h"
#include "ui/ml/mlmetricsmodel.h"
#include "ui/ml/mlresultview.h"
#include "ui/ml/prcurveview.h"

#include <gtest/gtest.h>
#include <memory>
#include <vector>

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLineSeries>
#include <QLocale>

using namespace evalbench;

namespace {

class MlDetectionViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_view = std::make_unique<MlResultView>();
        m_view->resize(1440, 900);
        for (QAbstractItemModel* model : { static_cast<QAbstractItemModel*>(m_view->metricsModel()),
                 static_cast<QAbstractItemModel*>(m_view->cocoStatsModel()) })
            m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Fatal));
        m_result = test::handmadeDetection();
        m_view->setResult(m_result);
    }

    QJsonObject details() const { return m_result.value(QStringLiteral("details")).toObject(); }
    QJsonObject category(int i) const
    {
        return details().value(QStringLiteral("per_category")).toArray().at(i).toObject();
    }

    std::unique_ptr<MlResultView> m_view;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QJsonObject m_result;
};

TEST_F(MlDetectionViewTest, ShowsTheDetectionPages)
{
    EXPECT_EQ(m_view->task(), MlResult::Task::Detection);
    EXPECT_TRUE(m_view->isPageShown(MlResultView::Page::Coco));
    EXPECT_TRUE(m_view->isPageShown(MlResultView::Page::PrCurves));
    EXPECT_FALSE(m_view->isPageShown(MlResultView::Page::PerClass));
    EXPECT_FALSE(m_view->isPageShown(MlResultView::Page::Confusion));
}

TEST_F(MlDetectionViewTest, CocoTableHasTheTwelveStatsWorded)
{
    const CocoStatsModel* model = m_view->cocoStatsModel();
    ASSERT_EQ(model->rowCount(), 12);
    const auto cell = [&](int row, int column) { return model->index(row, column).data().toString(); };
    EXPECT_EQ(cell(0, CocoStatsModel::DescriptionColumn),
        QStringLiteral("Average Precision (AP) @[ IoU=0.50:0.95 | area=all | maxDets=100 ]"));
    EXPECT_EQ(cell(1, CocoStatsModel::DescriptionColumn),
        QStringLiteral("Average Precision (AP) @[ IoU=0.50 | area=all | maxDets=100 ]"));
    EXPECT_EQ(cell(5, CocoStatsModel::DescriptionColumn),
        QStringLiteral("Average Precision (AP) @[ IoU=0.50:0.95 | area=large | maxDets=100 ]"));
    EXPECT_EQ(cell(6, CocoStatsModel::DescriptionColumn),
        QStringLiteral("Average Recall (AR) @[ IoU=0.50:0.95 | area=all | maxDets=1 ]"));
    EXPECT_EQ(cell(11, CocoStatsModel::DescriptionColumn),
        QStringLiteral("Average Recall (AR) @[ IoU=0.50:0.95 | area=large | maxDets=100 ]"));
    EXPECT_EQ(cell(0, CocoStatsModel::NameColumn), QStringLiteral("AP"));
    EXPECT_EQ(cell(11, CocoStatsModel::NameColumn), QStringLiteral("ARl"));

    const QJsonArray stats = details().value(QStringLiteral("coco_stats")).toArray();
    ASSERT_EQ(stats.size(), 12);
    EXPECT_EQ(cell(0, CocoStatsModel::ValueColumn), QLocale().toString(stats.at(0).toDouble(), 'f', 4));
    // Every box is small: medium and large have no ground truth, pycocotools' -1.
    for (int row : { 4, 5, 10, 11 }) {
        EXPECT_EQ(stats.at(row).toDouble(), -1.0) << row;
        EXPECT_EQ(cell(row, CocoStatsModel::ValueColumn), QStringLiteral("—")) << row;
    }
    EXPECT_NE(cell(3, CocoStatsModel::ValueColumn), QStringLiteral("—"));
}

TEST_F(MlDetectionViewTest, MetricsShowNullAsDash)
{
    const MlMetricsModel* model = m_view->metricsModel();
    QHash<QString, QString> shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.insert(model->index(row, MlMetricsModel::NameColumn).data().toString(),
            model->index(row, MlMetricsModel::ValueColumn).data().toString());
    EXPECT_EQ(shown.value(QStringLiteral("APl")), QStringLiteral("—"));
    EXPECT_EQ(shown.value(QStringLiteral("num_gt_boxes")), QStringLiteral("3"));
    EXPECT_EQ(shown.value(QStringLiteral("num_categories")), QStringLiteral("3"));
}

TEST_F(MlDetectionViewTest, ApBarsShowApAndAp50OfCategoriesWithGroundTruth)
{
    QChart* chart = m_view->apChartView()->chart();
    ASSERT_EQ(chart->series().size(), 1);
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().first());
    ASSERT_TRUE(series);
    ASSERT_EQ(series->count(), 2);
    auto* labels = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical, series).value(0));
    ASSERT_TRUE(labels);
    EXPECT_EQ(labels->categories(), (QStringList { QStringLiteral("dog"), QStringLiteral("cat") })); // bird: no GT
    QHash<QString, const QBarSet*> sets;
    for (const QBarSet* set : series->barSets())
        sets.insert(set->label(), set);
    ASSERT_TRUE(sets.contains(QStringLiteral("AP @[.50:.95]")));
    ASSERT_TRUE(sets.contains(QStringLiteral("AP @.50")));
    const QJsonObject cat = category(0);
    ASSERT_EQ(cat.value(QStringLiteral("name")).toString(), QStringLiteral("cat"));
    EXPECT_DOUBLE_EQ(sets.value(QStringLiteral("AP @[.50:.95]"))->at(1), cat.value(QStringLiteral("ap")).toDouble());
    EXPECT_DOUBLE_EQ(sets.value(QStringLiteral("AP @.50"))->at(1), cat.value(QStringLiteral("ap50")).toDouble());
    const QJsonObject dog = category(1);
    EXPECT_DOUBLE_EQ(sets.value(QStringLiteral("AP @[.50:.95]"))->at(0), dog.value(QStringLiteral("ap")).toDouble());
}

TEST_F(MlDetectionViewTest, PrCurvesHaveOneSeriesPerCategoryWithGroundTruth)
{
    PrCurveView* curves = m_view->prCurveView();
    ASSERT_EQ(curves->series().size(), 2);
    EXPECT_EQ(curves->chartView()->chart()->series().size(), 2);
    EXPECT_EQ(curves->series().at(0)->name(), QStringLiteral("cat"));
    EXPECT_EQ(curves->series().at(1)->name(), QStringLiteral("dog"));
    EXPECT_TRUE(curves->chartView()->chart()->legend()->isVisible());
    const QJsonArray recall = details().value(QStringLiteral("recall_thresholds")).toArray();
    ASSERT_EQ(recall.size(), 101);
    const QJsonArray at50 = category(1).value(QStringLiteral("precision_at_50")).toArray();
    const QJsonArray averaged = category(1).value(QStringLiteral("precision_averaged")).toArray();
    ASSERT_EQ(at50.size(), 101);

    EXPECT_EQ(curves->curve(), PrCurveView::Curve::Iou50);
    for (const QLineSeries* series : curves->series())
        ASSERT_EQ(series->count(), 101);
    const QList<QPointF> points = curves->series().at(1)->points();
    for (int i = 0; i < 101; ++i) {
        EXPECT_DOUBLE_EQ(points.at(i).x(), recall.at(i).toDouble());
        EXPECT_DOUBLE_EQ(points.at(i).y(), at50.at(i).toDouble());
    }
    // The dog box is found at IoU .50 but not at the strictest thresholds: the curves differ.
    ASSERT_NE(at50, averaged);

    QComboBox* combo = curves->curveCombo();
    ASSERT_EQ(combo->count(), 2);
    combo->setCurrentIndex(1);
    EXPECT_EQ(curves->curve(), PrCurveView::Curve::IouAveraged);
    ASSERT_EQ(curves->series().size(), 2);
    const QList<QPointF> switched = curves->series().at(1)->points();
    ASSERT_EQ(switched.size(), 101);
    for (int i = 0; i < 101; ++i)
        EXPECT_DOUBLE_EQ(switched.at(i).y(), averaged.at(i).toDouble());

    curves->setCurve(PrCurveView::Curve::Iou50);
    EXPECT_EQ(combo->currentIndex(), 0);
    EXPECT_DOUBLE_EQ(curves->series().at(1)->at(0).y(), at50.at(0).toDouble());
}

TEST_F(MlDetectionViewTest, ScoresTheSmallTestCase)
{
    const QJsonObject result = test::scoreTestCase(QStringLiteral("detection_map"), QStringLiteral("detection/small"),
        QStringLiteral("gt.json"), QStringLiteral("pred.json"));
    m_view->setResult(result);
    EXPECT_EQ(m_view->task(), MlResult::Task::Detection);
    EXPECT_EQ(m_view->cocoStatsModel()->rowCount(), 12);
    EXPECT_EQ(m_view->prCurveView()->series().size(), 10);
    for (const QLineSeries* series : m_view->prCurveView()->series())
        EXPECT_EQ(series->count(), 101);
}

} // namespace

// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "mltestresults.h"
#include "ui/ml/confusionmatrixmodel.h"
#include "ui/ml/mlchartfactory.h"
#include "ui/ml/mlmetricsmodel.h"
#include "ui/ml/mlresultview.h"
#include "ui/ml/perclassmodel.h"

#include <gtest/gtest.h>
#include <memory>
#include <vector>

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QTableView>

using namespace evalbench;

namespace {

class MlClassificationViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_view = std::make_unique<MlResultView>();
        m_view->resize(1440, 900);
        // Before any data arrives, so that every reset is checked too.
        for (QAbstractItemModel* model : { static_cast<QAbstractItemModel*>(m_view->metricsModel()),
                 static_cast<QAbstractItemModel*>(m_view->perClassModel()),
                 static_cast<QAbstractItemModel*>(m_view->confusionModel()), m_view->perClassView()->model() })
            m_testers.emplace_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }

    QString perClass(int row, int column) const
    {
        return m_view->perClassModel()->index(row, column).data().toString();
    }

    std::unique_ptr<MlResultView> m_view;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

QString fixed4(double value)
{
    return QLocale().toString(value, 'f', 4);
}

TEST_F(MlClassificationViewTest, PerClassTableShowsEveryLabel)
{
    m_view->setResult(test::handmadeClassification());
    EXPECT_EQ(m_view->task(), MlResult::Task::Classification);
    EXPECT_TRUE(m_view->isPageShown(MlResultView::Page::PerClass));
    EXPECT_TRUE(m_view->isPageShown(MlResultView::Page::Confusion));
    EXPECT_FALSE(m_view->isPageShown(MlResultView::Page::Coco));
    EXPECT_FALSE(m_view->isPageShown(MlResultView::Page::PrCurves));

    const PerClassModel* model = m_view->perClassModel();
    ASSERT_EQ(model->rowCount(), 3);
    ASSERT_EQ(model->columnCount(), PerClassModel::ColumnCount);
    // Labels in sorted order: bird, cat, dog.
    EXPECT_EQ(perClass(0, PerClassModel::LabelColumn), QStringLiteral("bird"));
    EXPECT_EQ(perClass(1, PerClassModel::LabelColumn), QStringLiteral("cat"));
    EXPECT_EQ(perClass(1, PerClassModel::PrecisionColumn), fixed4(0.8));
    EXPECT_EQ(perClass(1, PerClassModel::RecallColumn), fixed4(1.0));
    EXPECT_EQ(perClass(1, PerClassModel::F1Column), fixed4(2 * 0.8 / 1.8));
    EXPECT_EQ(perClass(1, PerClassModel::SupportColumn), QStringLiteral("4"));
    EXPECT_EQ(perClass(1, PerClassModel::TpColumn), QStringLiteral("4"));
    EXPECT_EQ(perClass(1, PerClassModel::FpColumn), QStringLiteral("1"));
    EXPECT_EQ(perClass(1, PerClassModel::FnColumn), QStringLiteral("0"));
    EXPECT_EQ(perClass(2, PerClassModel::PrecisionColumn), fixed4(1.0));
    EXPECT_EQ(perClass(2, PerClassModel::FnColumn), QStringLiteral("1"));
    EXPECT_EQ(model->headerData(PerClassModel::F1Column, Qt::Horizontal).toString(), QStringLiteral("F1"));
}

TEST_F(MlClassificationViewTest, PerClassTableSortsByNumbers)
{
    m_view->setResult(test::handmadeClassification());
    QTableView* table = m_view->perClassView();
    ASSERT_TRUE(table->isSortingEnabled());
    table->sortByColumn(PerClassModel::F1Column, Qt::DescendingOrder);
    const QAbstractItemModel* proxy = table->model();
    EXPECT_EQ(proxy->index(0, PerClassModel::LabelColumn).data().toString(), QStringLiteral("cat")); // 0.889
    EXPECT_EQ(proxy->index(1, PerClassModel::LabelColumn).data().toString(), QStringLiteral("dog")); // 0.8
    EXPECT_EQ(proxy->index(2, PerClassModel::LabelColumn).data().toString(), QStringLiteral("bird")); // 0.667
    table->sortByColumn(PerClassModel::SupportColumn, Qt::AscendingOrder);
    EXPECT_EQ(proxy->index(2, PerClassModel::LabelColumn).data().toString(), QStringLiteral("cat"));
}

TEST_F(MlClassificationViewTest, HeatMapShowsCountsAndRowShares)
{
    m_view->setResult(test::handmadeClassification());
    ASSERT_FALSE(m_view->isConfusionOmitted());
    const ConfusionMatrixModel* model = m_view->confusionModel();
    ASSERT_EQ(model->rowCount(), 3);
    ASSERT_EQ(model->columnCount(), 3);
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("bird"));
    EXPECT_EQ(model->headerData(2, Qt::Vertical).toString(), QStringLiteral("dog"));
    // Rows are true labels: bird → [2 bird, 1 cat, 0 dog], cat → [0, 4, 0], dog → [1, 0, 2].
    const std::vector<std::vector<int>> expected { { 2, 1, 0 }, { 0, 4, 0 }, { 1, 0, 2 } };
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c)
            EXPECT_EQ(model->index(r, c).data().toInt(), expected[r][c]) << r << "," << c;
    }
    EXPECT_DOUBLE_EQ(model->index(0, 1).data(ConfusionMatrixModel::ShareRole).toDouble(), 1.0 / 3.0);
    EXPECT_EQ(model->index(0, 1).data(Qt::ToolTipRole).toString(),
        QStringLiteral("true bird predicted as cat: 1 (%1% of bird)").arg(QLocale().toString(100.0 / 3.0, 'f', 1)));

    // cat is always right: its diagonal cell is the darkest of the map, zeros the lightest.
    const auto lightness = [&](int r, int c) {
        return model->index(r, c).data(Qt::BackgroundRole).value<QColor>().lightnessF();
    };
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c) {
            if (r != 1 || c != 1) {
                EXPECT_LT(lightness(1, 1), lightness(r, c)) << r << "," << c;
            }
        }
    }
    EXPECT_EQ(model->index(1, 1).data(Qt::BackgroundRole).value<QColor>(), ConfusionMatrixModel::colorForShare(1.0));
    EXPECT_LT(lightness(0, 0), lightness(0, 1)); // 2/3 of bird is darker than 1/3
    EXPECT_DOUBLE_EQ(lightness(0, 2), lightness(1, 0));
}

TEST_F(MlClassificationViewTest, F1BarsEqualPerClassF1)
{
    m_view->setResult(test::handmadeClassification());
    QChart* chart = m_view->f1ChartView()->chart();
    ASSERT_EQ(chart->series().size(), 1);
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().first());
    ASSERT_TRUE(series);
    ASSERT_EQ(series->count(), 1);
    const QBarSet* set = series->barSets().first();
    const QList<QAbstractAxis*> axes = chart->axes(Qt::Vertical, series);
    ASSERT_EQ(axes.size(), 1);
    auto* labels = qobject_cast<QBarCategoryAxis*>(axes.first());
    ASSERT_TRUE(labels);
    ASSERT_EQ(labels->count(), 3);
    ASSERT_EQ(set->count(), 3);
    const PerClassModel* model = m_view->perClassModel();
    for (int bar = 0; bar < 3; ++bar) {
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->row(row).label != labels->at(bar))
                continue;
            found = true;
            EXPECT_DOUBLE_EQ(set->at(bar), model->row(row).f1.value_or(-1)) << labels->at(bar).toStdString();
        }
        EXPECT_TRUE(found) << labels->at(bar).toStdString();
    }
    // Read top-down in label order: QtCharts draws the first category at the bottom.
    EXPECT_EQ(labels->at(2), QStringLiteral("bird"));
}

TEST_F(MlClassificationViewTest, MetricsTableFormatsCountsAndFractions)
{
    m_view->setResult(test::handmadeClassification());
    const MlMetricsModel* model = m_view->metricsModel();
    QHash<QString, QString> shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.insert(model->index(row, MlMetricsModel::NameColumn).data().toString(),
            model->index(row, MlMetricsModel::ValueColumn).data().toString());
    EXPECT_EQ(shown.value(QStringLiteral("num_samples")), QStringLiteral("10"));
    EXPECT_EQ(shown.value(QStringLiteral("num_classes")), QStringLiteral("3"));
    EXPECT_EQ(shown.value(QStringLiteral("accuracy")), fixed4(0.8));
    EXPECT_EQ(shown.value(QStringLiteral("f1_macro")), fixed4((2.0 / 3.0 + 16.0 / 18.0 + 0.8) / 3.0));
}

TEST_F(MlClassificationViewTest, MatrixLeftOutByTheScorerShowsItsReason)
{
    m_view->setResult(test::handmadeClassification(2)); // 3 labels over the limit of 2
    EXPECT_TRUE(m_view->isConfusionOmitted());
    EXPECT_EQ(m_view->confusionModel()->rowCount(), 0);
    EXPECT_TRUE(m_view->confusionMessage().contains(QStringLiteral("3 labels")))
        << m_view->confusionMessage().toStdString();
    EXPECT_TRUE(m_view->isPageShown(MlResultView::Page::PerClass));
    EXPECT_EQ(m_view->perClassModel()->rowCount(), 3);
}

TEST_F(MlClassificationViewTest, LargeMatrixIsNotDrawn)
{
    m_view->setResult(test::manyLabelsClassification(MlResultView::kMaxHeatMapLabels));
    EXPECT_FALSE(m_view->isConfusionOmitted());
    EXPECT_EQ(m_view->confusionModel()->rowCount(), MlResultView::kMaxHeatMapLabels);

    m_view->setResult(test::manyLabelsClassification(MlResultView::kMaxHeatMapLabels + 1));
    EXPECT_TRUE(m_view->isConfusionOmitted());
    EXPECT_EQ(m_view->confusionModel()->rowCount(), 0);
    EXPECT_TRUE(m_view->confusionMessage().contains(QString::number(MlResultView::kMaxHeatMapLabels + 1)));
    EXPECT_EQ(m_view->perClassModel()->rowCount(), MlResultView::kMaxHeatMapLabels + 1);
    // The bars keep to a readable number of labels.
    auto* series = qobject_cast<QHorizontalBarSeries*>(m_view->f1ChartView()->chart()->series().first());
    ASSERT_TRUE(series);
    EXPECT_EQ(series->barSets().first()->count(), MlChartFactory::kMaxBars);
}

TEST_F(MlClassificationViewTest, ScoresTheSmallTestCase)
{
    const QJsonObject result = test::scoreTestCase(QStringLiteral("classification_f1"),
        QStringLiteral("classification/small"), QStringLiteral("gt.csv"), QStringLiteral("pred.csv"));
    m_view->setResult(result);
    EXPECT_EQ(m_view->task(), MlResult::Task::Classification);
    EXPECT_EQ(m_view->perClassModel()->rowCount(), 5);
    EXPECT_EQ(m_view->confusionModel()->rowCount(), 5);
    qint64 total = 0;
    for (int r = 0; r < 5; ++r) {
        for (int c = 0; c < 5; ++c)
            total += m_view->confusionModel()->index(r, c).data().toLongLong();
    }
    EXPECT_EQ(total, 50);
}

} // namespace

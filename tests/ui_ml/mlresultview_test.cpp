// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "mltestresults.h"
#include "ui/ml/mlmetricsmodel.h"
#include "ui/ml/mlresultheader.h"
#include "ui/ml/mlresultview.h"
#include "ui/ml/perclassmodel.h"

#include <gtest/gtest.h>
#include <memory>

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

using namespace evalbench;

namespace {

class MlResultViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_view = std::make_unique<MlResultView>();
        m_view->resize(1440, 900);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_view->metricsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    QHash<QString, int> metricRows() const
    {
        QHash<QString, int> rows;
        const MlMetricsModel* model = m_view->metricsModel();
        for (int row = 0; row < model->rowCount(); ++row)
            rows.insert(model->index(row, MlMetricsModel::NameColumn).data().toString(), row);
        return rows;
    }
    QString metric(const QString& name, int column = MlMetricsModel::ValueColumn) const
    {
        const int row = metricRows().value(name, -1);
        return row < 0 ? QStringLiteral("(missing)") : m_view->metricsModel()->index(row, column).data().toString();
    }
    QString label(const char* objectName) const
    {
        const auto* label = m_view->header()->findChild<QLabel*>(QString::fromLatin1(objectName));
        return label ? label->text() : QStringLiteral("(no label)");
    }
    bool labelShown(const char* objectName) const
    {
        const auto* label = m_view->header()->findChild<QLabel*>(QString::fromLatin1(objectName));
        return label && label->isVisibleTo(m_view.get());
    }

    std::unique_ptr<MlResultView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(MlResultViewTest, RegressionShowsMetricsWithTheirMeaning)
{
    m_view->setResult(test::handmadeRegression());
    EXPECT_EQ(m_view->task(), MlResult::Task::Regression);
    EXPECT_FALSE(m_view->tabs()->isVisibleTo(m_view.get()));
    EXPECT_EQ(m_view->metricsModel()->rowCount(), 6);
    EXPECT_EQ(metric(QStringLiteral("num_samples")), QStringLiteral("5"));
    EXPECT_FALSE(m_view->metricsView()->isColumnHidden(MlMetricsModel::DescriptionColumn));
    for (const char* name : { "rmse", "mse", "mae", "r2", "mape", "num_samples" })
        EXPECT_FALSE(metric(QString::fromLatin1(name), MlMetricsModel::DescriptionColumn).isEmpty()) << name;
    EXPECT_TRUE(metric(QStringLiteral("mape"), MlMetricsModel::DescriptionColumn).contains(QStringLiteral("fraction")));
    EXPECT_TRUE(metric(QStringLiteral("r2"), MlMetricsModel::DescriptionColumn).contains(QStringLiteral("negative")));
    // The primary metric is bold, the others are not.
    const MlMetricsModel* model = m_view->metricsModel();
    EXPECT_TRUE(model->index(metricRows().value(QStringLiteral("rmse")), 0).data(Qt::FontRole).value<QFont>().bold());
    EXPECT_FALSE(model->index(metricRows().value(QStringLiteral("mae")), 0).data(Qt::FontRole).isValid());
    EXPECT_EQ(label("mlPrimaryMetricLabel"), QStringLiteral("rmse (lower is better)"));
}

TEST_F(MlResultViewTest, NullMetricIsADash)
{
    m_view->setResult(test::oneSampleRegression());
    EXPECT_EQ(metric(QStringLiteral("r2")), QStringLiteral("—"));
    EXPECT_FALSE(m_view->metricsModel()
                     ->index(metricRows().value(QStringLiteral("r2")), MlMetricsModel::ValueColumn)
                     .data(MlMetricsModel::ValueRole)
                     .isValid());
    EXPECT_EQ(metric(QStringLiteral("mae")), QLocale().toString(0.5, 'f', 4));
    EXPECT_EQ(metric(QStringLiteral("num_samples")), QStringLiteral("1"));
}

TEST_F(MlResultViewTest, CustomScorerWithOnlySummaryAndMetrics)
{
    const QJsonObject result {
        { QStringLiteral("summary"), QJsonObject { { QStringLiteral("score"), 0.42 } } },
        { QStringLiteral("metrics"),
            QJsonObject { { QStringLiteral("bleu_like"), 0.42 }, { QStringLiteral("errors"), 12 },
                { QStringLiteral("coverage"), QJsonValue(QJsonValue::Null) } } },
    };
    m_view->setResult(result);
    EXPECT_EQ(m_view->task(), MlResult::Task::Generic);
    EXPECT_FALSE(m_view->tabs()->isVisibleTo(m_view.get()));
    EXPECT_EQ(m_view->metricsModel()->rowCount(), 3);
    EXPECT_EQ(metric(QStringLiteral("bleu_like")), QLocale().toString(0.42, 'f', 4));
    EXPECT_EQ(metric(QStringLiteral("errors")), QStringLiteral("12"));
    EXPECT_EQ(metric(QStringLiteral("coverage")), QStringLiteral("—"));
    // Nothing to explain: no empty column.
    EXPECT_TRUE(m_view->metricsView()->isColumnHidden(MlMetricsModel::DescriptionColumn));
    EXPECT_EQ(label("mlScoreLabel"), QLocale().toString(0.42, 'f', 4));
    EXPECT_FALSE(labelShown("mlPassBadge"));
    EXPECT_FALSE(labelShown("mlWarningsLabel"));
}

TEST_F(MlResultViewTest, CustomScorerWithPerClassDetailsGetsTheClassViews)
{
    QJsonObject result = test::handmadeClassification();
    QJsonObject details = result.value(QStringLiteral("details")).toObject();
    details.remove(QStringLiteral("task_type"));
    result.insert(QStringLiteral("details"), details);
    result.insert(QStringLiteral("versioning"), QJsonObject { { QStringLiteral("scorer"), QStringLiteral("my_f1") } });
    m_view->setResult(result);
    EXPECT_EQ(m_view->task(), MlResult::Task::Generic);
    EXPECT_TRUE(m_view->isPageShown(MlResultView::Page::PerClass));
    EXPECT_TRUE(m_view->isPageShown(MlResultView::Page::Confusion));
    EXPECT_EQ(m_view->perClassModel()->rowCount(), 3);
    EXPECT_EQ(label("mlScorerLabel"), QStringLiteral("my_f1"));
    EXPECT_EQ(label("mlTaskLabel"), QStringLiteral("Custom scorer"));
}

TEST_F(MlResultViewTest, HeaderShowsScorerScorePassAndWarnings)
{
    const QJsonObject result = test::scoreTestCase(QStringLiteral("classification_f1"),
        QStringLiteral("classification/small"), QStringLiteral("gt.csv"), QStringLiteral("pred.csv"),
        QJsonObject { { QStringLiteral("pass_threshold"), 0.5 }, { QStringLiteral("colour"), QStringLiteral("x") } });
    ASSERT_FALSE(result.value(QStringLiteral("warnings")).toArray().isEmpty()); // the unknown param
    m_view->setResult(result);
    EXPECT_EQ(label("mlScorerLabel"), QStringLiteral("classification_f1 1.0.0"));
    EXPECT_EQ(label("mlTaskLabel"), QStringLiteral("Classification"));
    const double score = result.value(QStringLiteral("summary")).toObject().value(QStringLiteral("score")).toDouble();
    EXPECT_EQ(label("mlScoreLabel"), QLocale().toString(score, 'f', 4));
    EXPECT_EQ(label("mlPrimaryMetricLabel"), QStringLiteral("f1_macro (higher is better)"));
    EXPECT_TRUE(labelShown("mlPassBadge"));
    EXPECT_EQ(label("mlPassBadge"), QStringLiteral("PASS"));
    EXPECT_EQ(label("mlThresholdLabel"), QStringLiteral("threshold ≥ %1").arg(QLocale().toString(0.5, 'f', 4)));
    EXPECT_TRUE(labelShown("mlWarningsLabel"));
    EXPECT_TRUE(label("mlWarningsLabel").contains(QStringLiteral("params.colour")))
        << label("mlWarningsLabel").toStdString();

    QJsonObject failed = result;
    QJsonObject summary = failed.value(QStringLiteral("summary")).toObject();
    summary.insert(QStringLiteral("pass"), false);
    failed.insert(QStringLiteral("summary"), summary);
    failed.remove(QStringLiteral("warnings"));
    m_view->setResult(failed);
    EXPECT_EQ(label("mlPassBadge"), QStringLiteral("FAIL"));
    EXPECT_FALSE(labelShown("mlWarningsLabel"));
}

// Renders the view as the analyst sees it; look at the files after a change to the layout.
class MlResultViewScreenshotTest : public MlResultViewTest
{
protected:
    void save(const QString& name)
    {
        const QString folder = QStringLiteral(EVALBENCH_SCREENSHOT_DIR);
        QDir().mkpath(folder);
        const QImage image = m_view->grab().toImage();
        EXPECT_EQ(image.size(), QSize(1440, 900));
        EXPECT_TRUE(image.save(folder + QLatin1Char('/') + name));
    }
};

TEST_F(MlResultViewScreenshotTest, Classification)
{
    m_view->setResult(test::scoreTestCase(QStringLiteral("classification_f1"), QStringLiteral("classification/small"),
        QStringLiteral("gt.csv"), QStringLiteral("pred.csv"),
        // An unknown param gives a real warning, to see how warnings look.
        QJsonObject {
            { QStringLiteral("pass_threshold"), 0.6 }, { QStringLiteral("averge"), QStringLiteral("micro") } }));
    m_view->show();
    save(QStringLiteral("ml-classification-en.png"));
    m_view->showPage(MlResultView::Page::Confusion);
    save(QStringLiteral("ml-confusion-en.png"));
}

TEST_F(MlResultViewScreenshotTest, Detection)
{
    m_view->setResult(test::scoreTestCase(QStringLiteral("detection_map"), QStringLiteral("detection/small"),
        QStringLiteral("gt.json"), QStringLiteral("pred.json")));
    m_view->show();
    save(QStringLiteral("ml-detection-en.png"));
    m_view->showPage(MlResultView::Page::PrCurves);
    save(QStringLiteral("ml-prcurves-en.png"));
}

TEST_F(MlResultViewScreenshotTest, RegressionInChinese)
{
    QTranslator translator;
    ASSERT_TRUE(translator.load(QStringLiteral(":/i18n/evalbench_zh_CN.qm")));
    QCoreApplication::installTranslator(&translator);
    MlResultView chinese;
    chinese.resize(1440, 900);
    chinese.setResult(test::handmadeRegression());
    EXPECT_NE(chinese.metricsModel()->headerData(MlMetricsModel::DescriptionColumn, Qt::Horizontal).toString(),
        QStringLiteral("Meaning"));
    chinese.show();
    const QImage image = chinese.grab().toImage();
    QCoreApplication::removeTranslator(&translator);
    const QString folder = QStringLiteral(EVALBENCH_SCREENSHOT_DIR);
    QDir().mkpath(folder);
    EXPECT_TRUE(image.save(folder + QStringLiteral("/ml-regression-zh_CN.png")));
}

} // namespace

// SPDX-License-Identifier: MIT
// The report page's header cards, sample filters, charts, advice, chart export and summary,
// driven with a real run in a temporary database.
#include "common/testprinters.h"
#include "jobs/apigroupcommit.h"
#include "metrics/metricregistry.h"
#include "store/storereader.h"
#include "store/storewriter.h"
#include "ui/advicepanel.h"
#include "ui/metriccard.h"
#include "ui/reportcharts/metricaveragechart.h"
#include "ui/reportcharts/metricscatterchart.h"
#include "ui/reportcharts/reportchartspanel.h"
#include "ui/reportcharts/reportchartview.h"
#include "ui/reportcharts/scatterpoints.h"
#include "ui/reportcharts/scorehistogramchart.h"
#include "ui/reportcharts/scoretimeserieschart.h"
#include "ui/reportpage.h"
#include "ui/samplelistmodel.h"
#include "ui/samplesortproxy.h"
#include "ui/scoregauge.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScatterSeries>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QThreadPool>

using namespace evalbench;

namespace {

const QString kRun = QStringLiteral("run-charts");
const QString kJudged = QStringLiteral("run-judged");
const QString kF1 = QStringLiteral("token_f1");
const QString kExact = QStringLiteral("exact_match");
const QString kNoTokens = QStringLiteral("tokenizer returned no tokens for the answer");
const QString kEmpty = QStringLiteral("answer is empty");

bool waitForCount(QSignalSpy& spy, int count)
{
    while (spy.count() < count) {
        if (!spy.wait(20000))
            return false;
    }
    return true;
}

Sample makeSample(const QString& id, const QString& question)
{
    Sample sample;
    sample.id = id;
    sample.question = question;
    sample.answer = QStringLiteral("answer of ") + id;
    sample.groundTruth = QStringLiteral("truth of ") + id;
    return sample;
}

QList<SampleResult> keyed(const QString& databasePath, const QString& runId, QList<SampleResult> results)
{
    const QList<StoredSample> stored = StoreReader(databasePath).samples(runId, 0, -1);
    for (SampleResult& result : results) {
        for (const StoredSample& sample : stored) {
            if (sample.index == result.index)
                result.key = sample.key;
        }
    }
    return results;
}

class ReportChartsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = std::make_unique<DataDir>(m_dir.path());
        m_writer = std::make_unique<StoreWriter>(m_dataDir->databasePath());
        ASSERT_TRUE(m_writer->openError().isEmpty()) << m_writer->openError().toStdString();
        ASSERT_NO_FATAL_FAILURE(writeRun(kRun, {}));
        m_page = std::make_unique<ReportPage>(*m_writer, *m_dataDir);
        m_page->resize(1400, 900);
        m_sampleModel = m_page->findChild<SampleListModel*>();
        m_table = m_page->findChild<QTableView*>(QStringLiteral("sampleTable"));
        m_charts = m_page->findChild<ReportChartsPanel*>();
        ASSERT_TRUE(m_sampleModel && m_table && m_charts);
        m_proxy = qobject_cast<SampleSortProxy*>(m_table->model());
        ASSERT_TRUE(m_proxy);
        m_testers.emplace_back(
            new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }

    void TearDown() override
    {
        m_testers.clear();
        m_page.reset();
        QThreadPool::globalInstance()->waitForDone();
        m_writer.reset();
    }

    // Seven samples over two metrics:
    //   #  id      token_f1            exact_match   weighted
    //   0  alpha   0.9                 1.0           0.967
    //   1  beta    0.2                 0.0           0.067
    //   2  gamma   NaN (no tokens)     0.5           0.5
    //   3  delta   skipped             0.7           0.7
    //   4  eps     0.35                NaN (empty)   0.35
    //   5  zeta    NaN (empty)         0.05          0.05
    //   6  eta     0.63                0.8           0.743
    void writeRun(const QString& runId, const QJsonObject& judge)
    {
        RunRecord run;
        run.id = runId;
        run.name = QStringLiteral("Charts check");
        run.status = RunStatus::Importing;
        run.createdAt = QDateTime::currentDateTimeUtc();
        run.datasetPath = QStringLiteral("/data/qa.jsonl");
        run.settings.metrics = { kF1, kExact };
        run.settings.weights.insert(kExact, 2.0);
        run.settings.judge = judge;
        JobRecord job;
        job.id = runId + QStringLiteral("-job");
        job.runId = runId;
        job.createdAt = run.createdAt;
        const QList<Sample> samples { makeSample(QStringLiteral("alpha"), QStringLiteral("Capital of France?")),
            makeSample(QStringLiteral("beta"), QStringLiteral("Who wrote Hamlet?")),
            makeSample(QStringLiteral("gamma"), QStringLiteral("Capital of Spain?")),
            makeSample(QStringLiteral("delta"), QStringLiteral("Height of Everest?")),
            makeSample(QStringLiteral("eps"), QStringLiteral("Boiling point of water?")),
            makeSample(QStringLiteral("zeta"), QStringLiteral("Capital of Peru?")),
            makeSample(QStringLiteral("eta"), QStringLiteral("Speed of light?")) };
        ASSERT_TRUE(m_writer->insertRunWithJob(run, job).result().ok());
        ASSERT_TRUE(m_writer->appendSamples(runId, 0, samples).result().ok());
        ASSERT_TRUE(m_writer->markImported(runId, job.id, int(samples.size()), RunStatus::Running).result().ok());
        const QList<SampleResult> results {
            { 0, 0, { MetricScore::ofValue(kF1, 0.9), MetricScore::ofValue(kExact, 1.0) }, 0.967 },
            { 1, 0, { MetricScore::ofValue(kF1, 0.2), MetricScore::ofValue(kExact, 0.0) }, 0.067 },
            { 2, 0, { MetricScore::failed(kF1, kNoTokens), MetricScore::ofValue(kExact, 0.5) }, 0.5 },
            { 3, 0,
                { MetricScore::skipped(kF1, QStringLiteral("needs ground_truth")), MetricScore::ofValue(kExact, 0.7) },
                0.7 },
            { 4, 0, { MetricScore::ofValue(kF1, 0.35), MetricScore::failed(kExact, kEmpty) }, 0.35 },
            { 5, 0, { MetricScore::failed(kF1, kEmpty), MetricScore::ofValue(kExact, 0.05) }, 0.05 },
            { 6, 0, { MetricScore::ofValue(kF1, 0.63), MetricScore::ofValue(kExact, 0.8) }, 0.743 },
        };
        ASSERT_TRUE(
            m_writer->saveResults(runId, job.id, keyed(m_dataDir->databasePath(), runId, results)).result().ok());
        QMap<QString, MetricSummary> summary;
        summary.insert(kF1, MetricSummary { (0.9 + 0.2 + 0.35 + 0.63) / 4, 0.2, 0.9, 4, 1, 2 });
        summary.insert(kExact, MetricSummary { (1.0 + 0.0 + 0.5 + 0.7 + 0.05 + 0.8) / 6, 0.0, 1.0, 6, 0, 1 });
        ASSERT_TRUE(m_writer->finishRun(runId, RunStatus::Completed, summary, 0.481).result().ok());
    }

    void showAndWait(const QString& runId)
    {
        QSignalSpy loaded(m_page.get(), &ReportPage::loaded);
        m_page->showRun(runId);
        ASSERT_TRUE(waitForCount(loaded, 1));
    }

    QStringList idsInViewOrder() const
    {
        QStringList ids;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids.append(m_proxy->index(row, SampleListModel::IdColumn).data().toString());
        return ids;
    }

    QString rowsLabel() const { return m_page->findChild<QLabel*>(QStringLiteral("sampleCountStatus"))->text(); }

    MetricCard* card(const QString& metric) const
    {
        return m_page->findChild<MetricCard*>(QStringLiteral("metricCard_") + metric);
    }

    static QString childText(const QWidget* parent, const char* name)
    {
        const auto* label = parent ? parent->findChild<QLabel*>(QString::fromLatin1(name)) : nullptr;
        return label ? label->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DataDir> m_dataDir;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<ReportPage> m_page;
    SampleListModel* m_sampleModel = nullptr;
    QTableView* m_table = nullptr;
    SampleSortProxy* m_proxy = nullptr;
    ReportChartsPanel* m_charts = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

} // namespace

TEST_F(ReportChartsTest, HeaderCardsShowMeansCountsAndNanReasons)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    const QLocale locale;
    MetricCard* f1 = card(kF1);
    MetricCard* exact = card(kExact);
    ASSERT_TRUE(f1 && exact);
    EXPECT_EQ(childText(f1, "cardMean"), locale.toString(0.52, 'f', 3));
    EXPECT_EQ(childText(f1, "cardCounts"), QStringLiteral("4 scored, 1 skipped"));
    EXPECT_EQ(childText(f1, "cardNan"), QStringLiteral("2 NaN"));
    EXPECT_EQ(childText(exact, "cardMean"), locale.toString(3.05 / 6, 'f', 3));
    EXPECT_EQ(childText(exact, "cardCounts"), QStringLiteral("6 scored, 0 skipped"));
    EXPECT_EQ(childText(exact, "cardNan"), QStringLiteral("1 NaN"));
    // One sample each: sorted by count, then by reason.
    EXPECT_EQ(f1->findChild<QLabel*>(QStringLiteral("cardNan"))->toolTip(),
        QStringLiteral("1× ") + kEmpty + QStringLiteral("\n1× ") + kNoTokens);
    EXPECT_EQ(exact->findChild<QLabel*>(QStringLiteral("cardNan"))->toolTip(), QStringLiteral("1× ") + kEmpty);

    EXPECT_EQ(childText(m_page.get(), "sourceLabel"), QStringLiteral("dataset file"));
    auto* gauge = m_page->findChild<ScoreGauge*>(QStringLiteral("scoreGauge"));
    ASSERT_TRUE(gauge && gauge->score());
    EXPECT_DOUBLE_EQ(*gauge->score(), 0.481);
}

TEST_F(ReportChartsTest, GaugeColoursGoFromRedToGreenOnBothPalettes)
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(35, 35, 35));
    for (const QPalette& palette : { light, dark }) {
        const QColor low = ScoreGauge::colorFor(0.05, palette);
        const QColor mid = ScoreGauge::colorFor(0.5, palette);
        const QColor high = ScoreGauge::colorFor(0.95, palette);
        EXPECT_GT(low.red(), low.green());
        EXPECT_GT(high.green(), high.red());
        EXPECT_GT(mid.red(), mid.blue()); // amber
        EXPECT_GT(mid.green(), mid.blue());
    }
    // Brighter on the dark window than on the light one, for contrast.
    EXPECT_GT(ScoreGauge::colorFor(0.9, dark).value(), ScoreGauge::colorFor(0.9, light).value());
}

TEST_F(ReportChartsTest, FiltersBelowThresholdNanAndTextLeaveTheExpectedRows)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    auto* below = m_page->findChild<QCheckBox*>(QStringLiteral("belowFilterCheck"));
    auto* threshold = m_page->findChild<QDoubleSpinBox*>(QStringLiteral("belowFilterValue"));
    auto* nan = m_page->findChild<QCheckBox*>(QStringLiteral("nanFilterCheck"));
    auto* text = m_page->findChild<QLineEdit*>(QStringLiteral("sampleFilter"));
    ASSERT_TRUE(below && threshold && nan && text);
    EXPECT_EQ(rowsLabel(), QStringLiteral("7 sample(s)"));

    threshold->setValue(0.5);
    below->setChecked(true);
    // gamma's 0.5 is not below 0.5; NaN and skipped cells never count as low.
    EXPECT_EQ(
        idsInViewOrder(), (QStringList { QStringLiteral("beta"), QStringLiteral("eps"), QStringLiteral("zeta") }));
    EXPECT_TRUE(rowsLabel().startsWith(QStringLiteral("3 of 7"))) << rowsLabel().toStdString();
    threshold->setValue(0.1);
    EXPECT_EQ(idsInViewOrder(), (QStringList { QStringLiteral("beta"), QStringLiteral("zeta") }));
    below->setChecked(false);

    nan->setChecked(true);
    EXPECT_EQ(
        idsInViewOrder(), (QStringList { QStringLiteral("gamma"), QStringLiteral("eps"), QStringLiteral("zeta") }));
    text->setText(QStringLiteral("CAPITAL"));
    EXPECT_EQ(idsInViewOrder(), (QStringList { QStringLiteral("gamma"), QStringLiteral("zeta") }));
    threshold->setValue(0.5);
    below->setChecked(true);
    EXPECT_EQ(idsInViewOrder(), QStringList { QStringLiteral("zeta") });
    EXPECT_TRUE(rowsLabel().startsWith(QStringLiteral("1 of 7"))) << rowsLabel().toStdString();

    // Selecting a hidden sample clears every filter.
    EXPECT_TRUE(m_page->selectSample(0));
    EXPECT_EQ(m_proxy->rowCount(), 7);
    EXPECT_FALSE(below->isChecked() || nan->isChecked() || !text->text().isEmpty());
    EXPECT_EQ(rowsLabel(), QStringLiteral("7 sample(s)"));
}

TEST_F(ReportChartsTest, ColumnHeadersExplainTheMetric)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    const Metric* f1 = MetricRegistry::builtin().find(kF1);
    ASSERT_TRUE(f1);
    EXPECT_EQ(m_proxy->headerData(SampleListModel::FirstMetricColumn, Qt::Horizontal, Qt::ToolTipRole).toString(),
        f1->info().description);
}

TEST_F(ReportChartsTest, AverageAndHistogramChartsCountTheLoadedRows)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    QBarSeries* averages = m_charts->averageChart()->series();
    ASSERT_EQ(averages->count(), 1);
    ASSERT_EQ(averages->barSets().first()->count(), 2);
    EXPECT_NEAR(averages->barSets().first()->at(0), 0.52, 1e-6);
    EXPECT_NEAR(averages->barSets().first()->at(1), 3.05 / 6, 1e-6);

    ScoreHistogramChart* histogram = m_charts->histogramChart();
    EXPECT_EQ(histogram->metricCombo()->currentText(), kF1);
    // 0.2, 0.35, 0.63, 0.9 (float values sitting on a bin edge stay in the upper bin)
    EXPECT_EQ(histogram->histogram().counts, (QList<int> { 0, 0, 1, 1, 0, 0, 1, 0, 0, 1 }));
    histogram->metricCombo()->setCurrentText(kExact);
    // 0.0, 0.05, 0.5, 0.7, 0.8, 1.0 (1.0 goes into the last bin)
    EXPECT_EQ(histogram->histogram().counts, (QList<int> { 2, 0, 0, 0, 0, 1, 0, 1, 1, 1 }));
    EXPECT_DOUBLE_EQ(histogram->histogram().low, 0.0);
    EXPECT_DOUBLE_EQ(histogram->histogram().high, 1.0);

    // A refresh keeps the chosen metric.
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    EXPECT_EQ(histogram->metricCombo()->currentText(), kExact);
}

TEST_F(ReportChartsTest, ClickingAScatterDotSelectsItsSample)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    MetricScatterChart* scatter = m_charts->scatterChart();
    EXPECT_EQ(scatter->xCombo()->currentText(), kF1);
    EXPECT_EQ(scatter->yCombo()->currentText(), kExact);
    // Samples with both values: alpha, beta, eta.
    EXPECT_EQ(scatter->points().sampleIndexes, (QList<int> { 0, 1, 6 }));
    EXPECT_EQ(scatter->series()->count(), 3);
    EXPECT_EQ(scatter->sampleIndexNear(QPointF(0.21, 0.02)), 1);

    m_page->findChild<QTabWidget*>(QStringLiteral("reportTabs"))->setCurrentWidget(m_charts);
    m_charts->setCurrentWidget(scatter);
    m_page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
    ReportChartView* view = scatter->view();
    QChart* chart = view->chart();
    QCoreApplication::processEvents(); // lets the shown chart lay out its plot area
    // eta (0.63, 0.8), in the middle of the plot.
    const QPointF eta = scatter->series()->at(2);
    const QPoint position = view->mapFromScene(chart->mapToScene(chart->mapToPosition(eta, scatter->series())));
    QSignalSpy shown(m_page.get(), &ReportPage::sampleShown);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, position);
    ASSERT_TRUE(waitForCount(shown, 1));
    EXPECT_EQ(shown.last().at(0).toInt(), 6);
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    ASSERT_EQ(selected.size(), 1);
    EXPECT_EQ(selected.first().data(SampleListModel::IndexRole).toInt(), 6);

    // beta (0.2, 0.0) lies on the range's edge: the padded axis keeps its dot clickable.
    const QPointF beta = scatter->series()->at(1);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
        view->mapFromScene(chart->mapToScene(chart->mapToPosition(beta, scatter->series()))));
    ASSERT_TRUE(waitForCount(shown, 2));
    EXPECT_EQ(shown.last().at(0).toInt(), 1);
}

TEST_F(ReportChartsTest, ScatterSaysHowManyDotsItShows)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    MetricScatterChart* scatter = m_charts->scatterChart();
    scatter->setPointCap(2);
    EXPECT_EQ(scatter->series()->count(), 2);
    EXPECT_TRUE(scatter->view()->chart()->title().contains(QStringLiteral("showing 2 of 3")))
        << scatter->view()->chart()->title().toStdString();
}

TEST(ScatterPointsTest, ThinsEvenlyAndDeterministically)
{
    SampleRows rows;
    rows.metrics = { QStringLiteral("a"), QStringLiteral("b") };
    constexpr int kRows = 100000;
    for (int i = 0; i < kRows; ++i) {
        rows.rows.push_back(SampleRow { i, QString::number(i), QString(), 0, CellStatus::Value });
        // Every tenth sample lacks b: those are never plotted.
        const bool hasB = i % 10 != 0;
        rows.values.push_back(float(i % 100) / 100);
        rows.values.push_back(hasB ? 0.5f : std::numeric_limits<float>::quiet_NaN());
        rows.statuses.push_back(CellStatus::Value);
        rows.statuses.push_back(hasB ? CellStatus::Value : CellStatus::Failed);
    }
    const ScatterPoints points = scatterPoints(rows, 0, 1, 3000);
    EXPECT_EQ(points.total, 90000);
    ASSERT_EQ(points.points.size(), 3000);
    ASSERT_EQ(points.sampleIndexes.size(), 3000);
    EXPECT_EQ(points.sampleIndexes.first(), 1);
    for (qsizetype i = 1; i < points.sampleIndexes.size(); ++i) {
        EXPECT_GT(points.sampleIndexes.at(i), points.sampleIndexes.at(i - 1));
        EXPECT_NE(points.sampleIndexes.at(i) % 10, 0);
    }
    // The dots spread over the whole run, not just its start.
    EXPECT_GT(points.sampleIndexes.last(), kRows - 100);
    EXPECT_EQ(scatterPoints(rows, 0, 1, 3000).sampleIndexes, points.sampleIndexes);
}

TEST_F(ReportChartsTest, ExportsEachChartAsAReadablePng)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    const QString folder = m_dir.filePath(QStringLiteral("charts"));
    ASSERT_TRUE(QDir().mkpath(folder));
    m_page->setFolderProvider([&](const QString&) { return folder; });
    QSignalSpy exported(m_page.get(), &ReportPage::chartsExported);
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("exportChartsButton"));
    ASSERT_TRUE(button && button->isEnabled());
    button->click();
    ASSERT_TRUE(waitForCount(exported, 1));
    EXPECT_EQ(exported.at(0).at(2).toString(), QString());
    const QStringList files = exported.at(0).at(1).toStringList();
    ASSERT_EQ(files.size(), 3); // not an API run: no over-time chart
    EXPECT_TRUE(files.at(0).endsWith(QStringLiteral("Charts check-means.png"))) << files.at(0).toStdString();
    for (const QString& file : files) {
        EXPECT_GT(QFileInfo(file).size(), 1000) << file.toStdString();
        const QImage image(file);
        ASSERT_FALSE(image.isNull()) << file.toStdString();
        EXPECT_EQ(image.size(), QSize(1200, 800));
        // A drawn chart, not a blank picture: sample a grid for distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 20) {
            for (int x = 0; x < image.width(); x += 20)
                colours.insert(image.pixel(x, y));
        }
        EXPECT_GT(colours.size(), 2) << file.toStdString();
    }
}

TEST_F(ReportChartsTest, CopySummaryPutsMarkdownOnTheClipboard)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    QGuiApplication::clipboard()->clear();
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("copySummaryButton"));
    ASSERT_TRUE(button && button->isEnabled());
    button->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(),
        QStringLiteral("**Charts check** (run run-charts)\n"
                       "Weighted score: 0.481\n"
                       "- token_f1: 0.520 (4 scored, 1 skipped, 2 NaN)\n"
                       "- exact_match: 0.508 (6 scored, 0 skipped, 1 NaN)\n"));
}

TEST_F(ReportChartsTest, AdviceTabRendersTheRunsAdviceFile)
{
    const QString folder = m_dataDir->runPath(kRun);
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile advice(QDir(folder).filePath(QStringLiteral("optimization_advice.md")));
    ASSERT_TRUE(advice.open(QIODevice::WriteOnly));
    advice.write("# Tune the retriever\n\n- token_f1 is low on *capital* questions\n");
    advice.close();

    auto* panel = m_page->findChild<AdvicePanel*>();
    ASSERT_TRUE(panel);
    QSignalSpy adviceLoaded(panel, &AdvicePanel::loaded);
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    ASSERT_TRUE(waitForCount(adviceLoaded, 1));
    const QTextDocument* document = panel->browser()->document();
    EXPECT_EQ(document->firstBlock().text(), QStringLiteral("Tune the retriever"));
    EXPECT_EQ(document->firstBlock().blockFormat().headingLevel(), 1);
    EXPECT_TRUE(document->toPlainText().contains(QStringLiteral("token_f1 is low on capital questions")))
        << document->toPlainText().toStdString();
}

TEST_F(ReportChartsTest, AdviceOfAJudgedRunComesFromTheJudge)
{
    ASSERT_NO_FATAL_FAILURE(writeRun(kJudged,
        QJsonObject { { QStringLiteral("model"), QStringLiteral("judge-1") },
            { QStringLiteral("name"), QStringLiteral("local") } }));
    ASSERT_TRUE(m_writer->setRunJudgeAdvice(kJudged, QStringLiteral("## Judge says\n\nAdd context.\n")).result().ok());
    const QString folder = m_dataDir->runPath(kJudged);
    ASSERT_TRUE(QDir().mkpath(folder));
    QFile advice(QDir(folder).filePath(QStringLiteral("optimization_advice.md")));
    ASSERT_TRUE(advice.open(QIODevice::WriteOnly));
    advice.write("# Rule-based advice\n");
    advice.close();

    auto* panel = m_page->findChild<AdvicePanel*>();
    QSignalSpy adviceLoaded(panel, &AdvicePanel::loaded);
    ASSERT_NO_FATAL_FAILURE(showAndWait(kJudged));
    ASSERT_TRUE(waitForCount(adviceLoaded, 1));
    EXPECT_EQ(panel->browser()->document()->firstBlock().text(), QStringLiteral("Judge says"));
    EXPECT_EQ(panel->browser()->document()->firstBlock().blockFormat().headingLevel(), 2);
}

TEST_F(ReportChartsTest, ApiRunShowsTheMeanScorePerHourAndDay)
{
    // Four API posts scored at known local times, and one never scored.
    const QDate day(2026, 3, 1);
    const QList<std::pair<QDateTime, double>> scored { { QDateTime(day, QTime(10, 15)), 0.8 },
        { QDateTime(day, QTime(10, 45)), 0.4 }, { QDateTime(day, QTime(11, 30)), 1.0 },
        { QDateTime(day.addDays(1), QTime(9, 0)), 0.2 } };
    ApiGroupCommit commit(*m_writer);
    QList<ApiJobOutcome> outcomes;
    QString runId;
    for (int i = 0; i < 5; ++i) {
        ApiJobInsert insert;
        insert.runName = QStringLiteral("API inbox");
        insert.newRun.source = QStringLiteral("api");
        insert.newRun.createdAt = QDateTime(day, QTime(9, 0)).toUTC();
        insert.newRun.settings.metrics = { kExact };
        insert.metrics = { kExact };
        insert.sample = makeSample(QStringLiteral("api-%1").arg(i), QStringLiteral("Question %1?").arg(i));
        insert.job.id = QStringLiteral("api-job-%1").arg(i);
        insert.job.kind = QStringLiteral("api");
        insert.job.state = JobState::Queued;
        insert.job.createdAt = QDateTime(day, QTime(9, 0)).toUTC();
        insert.job.total = 1;
        const auto inserted = commit.commit(insert);
        ASSERT_TRUE(std::holds_alternative<ApiJobInserted>(inserted)) << std::get<QString>(inserted).toStdString();
        const ApiJobInserted& job = std::get<ApiJobInserted>(inserted);
        runId = job.runId;
        if (i >= scored.size())
            continue;
        ApiJobOutcome outcome;
        outcome.jobId = job.jobId;
        outcome.runId = job.runId;
        outcome.finishedAt = scored.at(i).first.toUTC();
        outcome.result = SampleResult { job.sampleIndex, job.sampleKey,
            { MetricScore::ofValue(kExact, scored.at(i).second) }, scored.at(i).second };
        outcomes.append(outcome);
    }
    ASSERT_TRUE(m_writer->finishApiJobs(outcomes, {}, std::make_shared<QStringList>()).result().ok());

    ScoreTimeSeriesChart* series = m_charts->timeSeriesChart();
    QSignalSpy timesShown(series, &ScoreTimeSeriesChart::sampleTimesShown);
    ASSERT_NO_FATAL_FAILURE(showAndWait(runId));
    ASSERT_TRUE(waitForCount(timesShown, 1));
    EXPECT_TRUE(m_charts->isTabVisible(m_charts->indexOf(series)));
    ASSERT_EQ(series->buckets().size(), 3);
    EXPECT_EQ(series->buckets().at(0).start, QDateTime(day, QTime(10, 0)));
    EXPECT_NEAR(series->buckets().at(0).mean, 0.6, 1e-9);
    EXPECT_EQ(series->buckets().at(0).count, 2);
    EXPECT_EQ(series->buckets().at(1).start, QDateTime(day, QTime(11, 0)));
    EXPECT_NEAR(series->buckets().at(1).mean, 1.0, 1e-9);
    EXPECT_EQ(series->buckets().at(2).start, QDateTime(day.addDays(1), QTime(9, 0)));

    series->bucketCombo()->setCurrentIndex(1); // per day
    ASSERT_EQ(series->buckets().size(), 2);
    EXPECT_EQ(series->buckets().at(0).start, day.startOfDay());
    EXPECT_NEAR(series->buckets().at(0).mean, (0.8 + 0.4 + 1.0) / 3, 1e-9);
    EXPECT_EQ(series->buckets().at(0).count, 3);
    EXPECT_NEAR(series->buckets().at(1).mean, 0.2, 1e-9);
    EXPECT_EQ(m_charts->charts().size(), 4); // the over-time chart is exported too

    // A file run hides the tab again.
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    EXPECT_FALSE(m_charts->isTabVisible(m_charts->indexOf(series)));
    EXPECT_EQ(m_charts->charts().size(), 3);
}

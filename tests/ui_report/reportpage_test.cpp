// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "metrics/metricregistry.h"
#include "store/storereader.h"
#include "store/storewriter.h"
#include "ui/metricsummarymodel.h"
#include "ui/reportpage.h"
#include "ui/sampledetailview.h"
#include "ui/samplelistmodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace evalbench;

namespace {

const QString kRun = QStringLiteral("run-report");
const QString kRunning = QStringLiteral("run-running");
const QString kF1 = QStringLiteral("token_f1");
const QString kExact = QStringLiteral("exact_match");
const QString kNanReason = QStringLiteral("tokenizer returned no tokens for the answer");
constexpr int kF1Column = SampleListModel::FirstMetricColumn; // metrics keep the run's order

bool waitForCount(QSignalSpy& spy, int count)
{
    while (spy.count() < count) {
        if (!spy.wait(20000))
            return false;
    }
    return true;
}

Sample makeSample(const QString& id, const QString& question, const QString& answer, std::optional<QString> truth)
{
    Sample sample;
    sample.id = id;
    sample.question = question;
    sample.answer = answer;
    sample.groundTruth = std::move(truth);
    return sample;
}

// Scores are stored against each sample's key; look the keys up by dataset index.
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

class ReportPageTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = std::make_unique<DataDir>(m_dir.path());
        m_writer = std::make_unique<StoreWriter>(m_dataDir->databasePath());
        ASSERT_TRUE(m_writer->openError().isEmpty()) << m_writer->openError().toStdString();
        writeCompletedRun();
        writeRunningRun();
        m_page = std::make_unique<ReportPage>(*m_writer, *m_dataDir);
        m_page->resize(1200, 800);
        m_sampleModel = m_page->findChild<SampleListModel*>();
        m_summaryModel = m_page->findChild<MetricSummaryModel*>();
        m_table = m_page->findChild<QTableView*>(QStringLiteral("sampleTable"));
        ASSERT_TRUE(m_sampleModel && m_summaryModel && m_table);
        m_proxy = qobject_cast<QSortFilterProxyModel*>(m_table->model());
        ASSERT_TRUE(m_proxy);
        // Before any data arrives, so that every reset is checked too.
        m_testers.emplace_back(
            new QAbstractItemModelTester(m_sampleModel, QAbstractItemModelTester::FailureReportingMode::Fatal));
        m_testers.emplace_back(
            new QAbstractItemModelTester(m_summaryModel, QAbstractItemModelTester::FailureReportingMode::Fatal));
        m_testers.emplace_back(
            new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::Fatal));
    }

    void TearDown() override
    {
        m_testers.clear();
        m_page.reset();
        // Background loads hold connections to the temporary database.
        QThreadPool::globalInstance()->waitForDone();
        m_writer.reset();
    }

    RunRecord makeRun(const QString& id, const QString& name)
    {
        RunRecord run;
        run.id = id;
        run.name = name;
        run.status = RunStatus::Importing;
        run.createdAt = QDateTime::currentDateTimeUtc();
        run.datasetPath = QStringLiteral("/data/qa.jsonl");
        run.settings.metrics = { kF1, kExact };
        run.settings.weights.insert(kExact, 2.0);
        return run;
    }

    void insert(const RunRecord& run, const QList<Sample>& samples, RunStatus status)
    {
        JobRecord job;
        job.id = run.id + QStringLiteral("-job");
        job.runId = run.id;
        job.createdAt = run.createdAt;
        ASSERT_TRUE(m_writer->insertRunWithJob(run, job).result().ok());
        ASSERT_TRUE(m_writer->appendSamples(run.id, 0, samples).result().ok());
        ASSERT_TRUE(m_writer->markImported(run.id, job.id, int(samples.size()), status).result().ok());
    }

    void writeCompletedRun()
    {
        Sample alpha = makeSample(QStringLiteral("alpha"), QStringLiteral("What is the capital of France?"),
            QStringLiteral("Paris is the capital."), QStringLiteral("Paris"));
        alpha.contexts =
            QStringList { QStringLiteral("Paris is the capital of France."), QStringLiteral("France is in Europe.") };
        alpha.contextMetadata.append(QJsonObject { { QStringLiteral("title"), QStringLiteral("France wiki") } });
        alpha.contextMetadata.append(QJsonObject {});
        alpha.referenceContexts = QStringList { QStringLiteral("Paris is the largest city of France.") };
        const QList<Sample> samples { alpha,
            makeSample(QStringLiteral("beta"), QStringLiteral("Who wrote Hamlet?"), QStringLiteral("Marlowe"),
                QStringLiteral("Shakespeare")),
            makeSample(QStringLiteral("gamma"), QStringLiteral("What is the capital city of Spain?"),
                QStringLiteral("Madrid <b>for sure</b>"), QStringLiteral("Madrid")),
            makeSample(QStringLiteral("delta"), QStringLiteral("How tall is Mount Everest?"), QStringLiteral("8849 m"),
                std::nullopt) };
        insert(makeRun(kRun, QStringLiteral("Nightly RAG check")), samples, RunStatus::Running);

        const QString job = kRun + QStringLiteral("-job");
        const QList<SampleResult> results {
            { 0, 0, { MetricScore::ofValue(kF1, 0.9), MetricScore::ofValue(kExact, 1.0) }, 0.967 },
            { 1, 0, { MetricScore::ofValue(kF1, 0.2), MetricScore::ofValue(kExact, 0.0) }, 0.067 },
            { 2, 0, { MetricScore::failed(kF1, kNanReason), MetricScore::ofValue(kExact, 0.5) }, 0.5 },
            { 3, 0,
                { MetricScore::skipped(kF1, QStringLiteral("needs ground_truth")), MetricScore::ofValue(kExact, 0.7) },
                0.7 },
        };
        ASSERT_TRUE(m_writer->saveResults(kRun, job, keyed(m_dataDir->databasePath(), kRun, results)).result().ok());
        QMap<QString, MetricSummary> summary;
        summary.insert(kF1, MetricSummary { 0.55, 0.2, 0.9, 2, 1, 1 });
        summary.insert(kExact, MetricSummary { 0.55, 0.0, 1.0, 4, 0, 0 });
        ASSERT_TRUE(m_writer->finishRun(kRun, RunStatus::Completed, summary, 0.612).result().ok());
    }

    void writeRunningRun()
    {
        const QList<Sample> samples {
            makeSample(QStringLiteral("one"), QStringLiteral("First?"), QStringLiteral("A"), QStringLiteral("A")),
            makeSample(QStringLiteral("two"), QStringLiteral("Second?"), QStringLiteral("B"), QStringLiteral("B")),
        };
        insert(makeRun(kRunning, QStringLiteral("Still going")), samples, RunStatus::Running);
        const QList<SampleResult> results { { 0, 0,
            { MetricScore::ofValue(kF1, 1.0), MetricScore::ofValue(kExact, 1.0) }, 1.0 } };
        ASSERT_TRUE(m_writer
                        ->saveResults(kRunning, kRunning + QStringLiteral("-job"),
                            keyed(m_dataDir->databasePath(), kRunning, results))
                        .result()
                        .ok());
    }

    void showAndWait(const QString& runId)
    {
        QSignalSpy loaded(m_page.get(), &ReportPage::loaded);
        m_page->showRun(runId);
        ASSERT_TRUE(waitForCount(loaded, 1));
    }

    QString label(const char* name) const
    {
        const auto* found = m_page->findChild<QLabel*>(QString::fromLatin1(name));
        return found ? found->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
    }

    QStringList idsInViewOrder() const
    {
        QStringList ids;
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids.append(m_proxy->index(row, SampleListModel::IdColumn).data().toString());
        return ids;
    }

    int viewRowOfSample(int sampleIndex) const
    {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            if (m_proxy->index(row, 0).data(SampleListModel::IndexRole).toInt() == sampleIndex)
                return row;
        }
        return -1;
    }

    QString selectAndWaitForDetail(int sampleIndex)
    {
        QSignalSpy shown(m_page.get(), &ReportPage::sampleShown);
        const int row = viewRowOfSample(sampleIndex);
        if (row < 0)
            return QStringLiteral("<sample %1 not in view>").arg(sampleIndex);
        m_table->selectRow(row);
        if (!waitForCount(shown, 1) || shown.last().at(0).toInt() != sampleIndex)
            return QStringLiteral("<detail for sample %1 not shown>").arg(sampleIndex);
        return m_page->findChild<SampleDetailView*>()->toPlainText();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DataDir> m_dataDir;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<ReportPage> m_page;
    SampleListModel* m_sampleModel = nullptr;
    MetricSummaryModel* m_summaryModel = nullptr;
    QTableView* m_table = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

} // namespace

TEST_F(ReportPageTest, ShowsHeaderSummaryAndSampleTable)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    EXPECT_TRUE(m_page->hasRun());
    EXPECT_EQ(m_page->runId(), kRun);
    EXPECT_EQ(label("runNameLabel"), QStringLiteral("Nightly RAG check"));
    EXPECT_EQ(label("weightedScoreLabel"), QLocale().toString(0.612, 'f', 3));
    EXPECT_EQ(label("semanticsLabel"), QStringLiteral("evalbench-1"));
    EXPECT_TRUE(label("sampleCountLabel").contains(QStringLiteral("4")));
    EXPECT_TRUE(m_page->findChild<QProgressBar*>(QStringLiteral("runProgress"))->isHidden());

    ASSERT_EQ(m_summaryModel->rowCount(), 2);
    EXPECT_EQ(m_summaryModel->index(0, MetricSummaryModel::MetricColumn).data().toString(), kF1);
    EXPECT_EQ(m_summaryModel->index(1, MetricSummaryModel::MetricColumn).data().toString(), kExact);
    EXPECT_EQ(m_summaryModel->index(1, MetricSummaryModel::WeightColumn).data().toString(), QLocale().toString(2.0));
    EXPECT_EQ(
        m_summaryModel->index(0, MetricSummaryModel::MeanColumn).data().toString(), QLocale().toString(0.55, 'f', 3));
    EXPECT_EQ(m_summaryModel->index(0, MetricSummaryModel::NanColumn).data().toInt(), 1);
    EXPECT_EQ(m_summaryModel->index(0, MetricSummaryModel::SkippedColumn).data().toInt(), 1);
    if (const Metric* metric = MetricRegistry::builtin().find(kF1)) {
        EXPECT_EQ(m_summaryModel->index(0, 0).data(Qt::ToolTipRole).toString(), metric->info().description);
    }

    ASSERT_EQ(m_proxy->rowCount(), 4);
    EXPECT_EQ(idsInViewOrder(),
        (QStringList {
            QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma"), QStringLiteral("delta") }));
    EXPECT_EQ(m_sampleModel->headerData(kF1Column, Qt::Horizontal).toString(), kF1);
    EXPECT_EQ(m_sampleModel->index(2, kF1Column).data().toString(), QStringLiteral("NaN"));
    EXPECT_EQ(m_sampleModel->index(3, kF1Column).data().toString(), QStringLiteral("skipped"));
    EXPECT_TRUE(m_sampleModel->index(2, kF1Column).data(Qt::ToolTipRole).toString().contains(kNanReason));
    EXPECT_EQ(
        m_sampleModel->index(1, SampleListModel::WeightedColumn).data().toString(), QLocale().toString(0.067, 'f', 3));
    EXPECT_EQ(m_sampleModel->index(3, 0).data(SampleListModel::IndexRole).toInt(), 3);
}

TEST_F(ReportPageTest, SortsNumericallyWithNanAndSkippedLastInBothOrders)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    m_table->sortByColumn(kF1Column, Qt::AscendingOrder);
    EXPECT_EQ(idsInViewOrder(),
        (QStringList {
            QStringLiteral("beta"), QStringLiteral("alpha"), QStringLiteral("gamma"), QStringLiteral("delta") }));
    m_table->sortByColumn(kF1Column, Qt::DescendingOrder);
    EXPECT_EQ(idsInViewOrder(),
        (QStringList {
            QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma"), QStringLiteral("delta") }));
    m_table->sortByColumn(SampleListModel::WeightedColumn, Qt::AscendingOrder);
    EXPECT_EQ(idsInViewOrder(),
        (QStringList {
            QStringLiteral("beta"), QStringLiteral("gamma"), QStringLiteral("delta"), QStringLiteral("alpha") }));
}

TEST_F(ReportPageTest, FiltersByIdAndQuestion)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    auto* filter = m_page->findChild<QLineEdit*>(QStringLiteral("sampleFilter"));
    ASSERT_TRUE(filter);
    filter->setText(QStringLiteral("CAPITAL"));
    EXPECT_EQ(idsInViewOrder(), (QStringList { QStringLiteral("alpha"), QStringLiteral("gamma") }));
    EXPECT_TRUE(label("sampleCountStatus").startsWith(QStringLiteral("2 of 4")))
        << label("sampleCountStatus").toStdString();
    filter->setText(QStringLiteral("delt"));
    EXPECT_EQ(idsInViewOrder(), QStringList { QStringLiteral("delta") });
    filter->clear();
    EXPECT_EQ(m_proxy->rowCount(), 4);
}

TEST_F(ReportPageTest, DetailPanelShowsSelectedSampleWithReasons)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    const QString gamma = selectAndWaitForDetail(2);
    EXPECT_TRUE(gamma.contains(QStringLiteral("Sample gamma (#2)"))) << gamma.toStdString();
    EXPECT_TRUE(gamma.contains(QStringLiteral("What is the capital city of Spain?"))) << gamma.toStdString();
    // Dataset text is escaped, not interpreted as HTML.
    EXPECT_TRUE(gamma.contains(QStringLiteral("Madrid <b>for sure</b>"))) << gamma.toStdString();
    EXPECT_TRUE(gamma.contains(QStringLiteral("NaN: ") + kNanReason)) << gamma.toStdString();

    const QString delta = selectAndWaitForDetail(3);
    EXPECT_TRUE(delta.contains(QStringLiteral("skipped: needs ground_truth"))) << delta.toStdString();

    const QString alpha = selectAndWaitForDetail(0);
    EXPECT_TRUE(alpha.contains(QStringLiteral("Context 2"))) << alpha.toStdString();
    EXPECT_TRUE(alpha.contains(QStringLiteral("France wiki"))) << alpha.toStdString();
    EXPECT_TRUE(alpha.contains(QStringLiteral("Paris is the largest city of France."))) << alpha.toStdString();
}

TEST_F(ReportPageTest, ExportsCsvThroughTheExporter)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    const QString target = m_dir.filePath(QStringLiteral("out.csv"));
    QString suggested;
    m_page->setSavePathProvider([&](const QString& path) {
        suggested = path;
        return target;
    });
    QSignalSpy finished(m_page.get(), &ReportPage::exportFinished);
    auto* button = m_page->findChild<QPushButton*>(QStringLiteral("exportCsvButton"));
    ASSERT_TRUE(button && button->isEnabled());
    button->click();
    ASSERT_TRUE(waitForCount(finished, 1));
    EXPECT_EQ(finished.at(0).at(0).toString(), target);
    EXPECT_EQ(finished.at(0).at(1).toString(), QString());
    EXPECT_TRUE(suggested.endsWith(QStringLiteral("/Nightly RAG check.csv"))) << suggested.toStdString();

    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.readLine();
    EXPECT_TRUE(header.startsWith("\xEF\xBB\xBFid,question,answer,ground_truth,weighted_score,")) << header.data();
    EXPECT_TRUE(header.contains("token_f1") && header.contains("exact_match")) << header.data();
}

TEST_F(ReportPageTest, UnknownRunShowsAMessage)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(QStringLiteral("no-such-run")));
    EXPECT_FALSE(m_page->hasRun());
    auto* stack = m_page->findChild<QStackedWidget*>();
    ASSERT_TRUE(stack);
    EXPECT_EQ(stack->currentWidget()->objectName(), QStringLiteral("reportMessageLabel"));
    EXPECT_TRUE(label("reportMessageLabel").contains(QStringLiteral("no-such-run")));
    EXPECT_FALSE(m_page->findChild<QPushButton*>(QStringLiteral("exportCsvButton"))->isEnabled());
}

TEST_F(ReportPageTest, RunningRunShowsProgressAndRefreshesOnRequest)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRunning));
    EXPECT_FALSE(m_page->findChild<QProgressBar*>(QStringLiteral("runProgress"))->isHidden());
    EXPECT_EQ(m_page->findChild<QProgressBar*>(QStringLiteral("runProgress"))->value(), 1);
    ASSERT_EQ(m_sampleModel->rowCount(), 2);
    EXPECT_EQ(m_sampleModel->index(1, kF1Column).data().toString(), QString());
    EXPECT_FALSE(m_sampleModel->index(1, kF1Column).data(SampleListModel::SortRole).isValid());

    const QList<SampleResult> rest { { 1, 0, { MetricScore::ofValue(kF1, 0.5), MetricScore::ofValue(kExact, 0.0) },
        0.167 } };
    ASSERT_TRUE(
        m_writer
            ->saveResults(kRunning, kRunning + QStringLiteral("-job"), keyed(m_dataDir->databasePath(), kRunning, rest))
            .result()
            .ok());
    ASSERT_TRUE(m_writer->finishRun(kRunning, RunStatus::Completed, {}, 0.583).result().ok());
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRunning));
    EXPECT_TRUE(m_page->findChild<QProgressBar*>(QStringLiteral("runProgress"))->isHidden());
    EXPECT_EQ(label("weightedScoreLabel"), QLocale().toString(0.583, 'f', 3));
    EXPECT_EQ(m_sampleModel->index(1, kF1Column).data().toString(), QLocale().toString(0.5, 'f', 3));
}

TEST_F(ReportPageTest, DropsResultsOfARunNoLongerShown)
{
    // Hold the pool's only thread so that the first request is still queued
    // when the second one is made (a free pool may finish it synchronously).
    QThreadPool* pool = QThreadPool::globalInstance();
    const int threads = pool->maxThreadCount();
    pool->setMaxThreadCount(1);
    QSemaphore gate;
    pool->start([&gate] { gate.acquire(); });

    // Record what the summary table ever showed: the first run's must never appear.
    QStringList shownScoredCounts;
    QObject::connect(m_summaryModel, &QAbstractItemModel::modelReset, m_page.get(), [&] {
        if (m_summaryModel->rowCount() > 0)
            shownScoredCounts.append(m_summaryModel->index(0, MetricSummaryModel::ScoredColumn).data().toString());
    });
    QSignalSpy loaded(m_page.get(), &ReportPage::loaded);
    m_page->showRun(kRun);
    m_page->showRun(kRunning);
    gate.release();
    const bool arrived = waitForCount(loaded, 1);
    // Let anything still queued for the first request arrive before checking.
    pool->waitForDone();
    pool->setMaxThreadCount(threads);
    QCoreApplication::processEvents();
    ASSERT_TRUE(arrived);
    EXPECT_EQ(loaded.count(), 1);
    EXPECT_EQ(m_page->runId(), kRunning);
    EXPECT_EQ(label("runNameLabel"), QStringLiteral("Still going"));
    EXPECT_EQ(m_sampleModel->rowCount(), 2);
    // The running run has no summary yet, so it shows no count; "2" would be the first run's.
    EXPECT_EQ(shownScoredCounts, QStringList { QString() });
}

TEST_F(ReportPageTest, CellTintsFollowScoreAndPalette)
{
    ASSERT_NO_FATAL_FAILURE(showAndWait(kRun));
    const auto background = [&](int row) {
        return m_sampleModel->index(row, kF1Column).data(Qt::BackgroundRole).value<QBrush>().color();
    };
    const QColor good = background(0); // 0.9
    const QColor bad = background(1); // 0.2
    EXPECT_GT(good.green(), good.red());
    EXPECT_GT(bad.red(), bad.green());
    EXPECT_FALSE(m_sampleModel->index(2, kF1Column).data(Qt::BackgroundRole).isValid());

    QPalette dark = m_page->palette();
    dark.setColor(QPalette::Base, QColor(30, 30, 30));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    m_page->setPalette(dark);
    // On a dark base the tint stays dark, so light text remains readable.
    EXPECT_LT(background(0).lightness(), 110);
    EXPECT_GT(background(0).green(), background(0).red());
}

// SPDX-License-Identifier: MIT
#include "common/enginetest.h"
#include "common/testprinters.h"
#include "jobs/jobmanager.h"
#include "mlscoring/testworkspace.h"
#include "mlworkspacesupport.h"
#include "store/storereader.h"
#include "ui/mainwindow.h"
#include "ui/ml/mlresultview.h"
#include "ui/ml/perclassmodel.h"
#include "ui/modelscoringpage.h"
#include "ui/reportpage.h"
#include "ui/runspage.h"
#include "windowservices.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QFileSystemWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QThreadPool>
#include <QTreeWidget>

using namespace evalbench;

namespace {

// A Python scorer that says it started (output/started), then sleeps until it is killed.
const QByteArray kSlowScript = "import os, time\n"
                               "open(os.path.join(os.environ['EVALBENCH_OUTPUT'], 'started'), 'w').close()\n"
                               "time.sleep(120)\n";

// A Python scorer whose result breaks the contract: a metric that is a string.
const QByteArray kBadOutputScript = "import json, os\n"
                                    "with open(os.environ['EVALBENCH_RESULT'], 'w') as f:\n"
                                    "    json.dump({'summary': {'score': 0.5}, 'metrics': {'f1': 'high'}}, f)\n";

struct Problem
{
    QString code;
    QString message;
};

QList<Problem> problemsOf(const ModelScoringPage& page)
{
    QList<Problem> problems;
    const QTreeWidget* list = page.problemList();
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        problems.append({ list->topLevelItem(i)->text(0), list->topLevelItem(i)->text(1) });
    return problems;
}

std::string describe(const QList<Problem>& problems)
{
    std::string text;
    for (const Problem& p : problems)
        text += "\n  [" + p.code.toStdString() + "] " + p.message.toStdString();
    return text;
}

bool hasProblem(const QList<Problem>& problems, const QString& code, const QString& part)
{
    return std::any_of(problems.cbegin(), problems.cend(),
        [&](const Problem& p) { return p.code == code && p.message.contains(part, Qt::CaseInsensitive); });
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The engine with a watching scorer catalog, as the window has it.
class MlEngineTest : public EngineTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(EngineTest::SetUp());
        m_jobs = std::make_unique<JobManager>(*m_writer, *m_dataDir, nullptr, ScorerCatalog::Watch::Yes);
    }
    void TearDown() override
    {
        if (m_jobs)
            m_jobs->waitForAll();
        // Validations and report loads run on the global pool and read the temporary folders.
        QThreadPool::globalInstance()->waitForDone();
        EngineTest::TearDown();
    }

    ::testing::AssertionResult installPythonScorer(const QString& id, const QByteArray& script)
    {
        return mltest::installPythonScorer(
            *m_dataDir, m_jobs->scorerCatalog(), m_dir.filePath(QStringLiteral("staging")), id, script);
    }

    // Sets the folder and waits for its checks.
    static ::testing::AssertionResult validate(ModelScoringPage& page, const QString& path)
    {
        QSignalSpy validated(&page, &ModelScoringPage::validated);
        page.setWorkspacePath(path);
        if (validated.isEmpty() && !validated.wait(20000))
            return ::testing::AssertionFailure() << "no validated() for " << path.toStdString();
        return ::testing::AssertionSuccess();
    }
    static ::testing::AssertionResult recheck(ModelScoringPage& page)
    {
        auto* button = page.findChild<QPushButton*>(QStringLiteral("recheckButton"));
        if (!button)
            return ::testing::AssertionFailure() << "no Check again button";
        QSignalSpy validated(&page, &ModelScoringPage::validated);
        button->click();
        if (validated.isEmpty() && !validated.wait(20000))
            return ::testing::AssertionFailure() << "no validated() after Check again";
        return ::testing::AssertionSuccess();
    }

    // Clicks Score and waits for the job's end; the jobFinished arguments land in `finished`.
    static ::testing::AssertionResult scoreAndWait(ModelScoringPage& page, QSignalSpy& finished)
    {
        QSignalSpy done(&page, &ModelScoringPage::scoringFinished);
        if (!page.scoreButton()->isEnabled())
            return ::testing::AssertionFailure() << "Score is disabled";
        page.scoreButton()->click();
        if (!done.wait(120000))
            return ::testing::AssertionFailure() << "scoring never finished";
        if (finished.isEmpty())
            return ::testing::AssertionFailure() << "no jobFinished";
        return ::testing::AssertionSuccess();
    }
};

class ModelScoringPageTest : public MlEngineTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(MlEngineTest::SetUp());
        m_page = std::make_unique<ModelScoringPage>(*m_jobs);
        m_problemTester = std::make_unique<QAbstractItemModelTester>(
            m_page->problemList()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_scorerTester = std::make_unique<QAbstractItemModelTester>(
            m_page->scorerBox()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_page->resize(1100, 700);
        m_page->show();
    }
    void TearDown() override
    {
        m_scorerTester.reset();
        m_problemTester.reset();
        if (m_jobs)
            m_jobs->waitForAll();
        QCoreApplication::processEvents(); // the last jobFinished reaches the page first
        m_page.reset();
        MlEngineTest::TearDown();
    }

    std::unique_ptr<ModelScoringPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_problemTester;
    std::unique_ptr<QAbstractItemModelTester> m_scorerTester;
};

} // namespace

TEST_F(ModelScoringPageTest, AValidClassificationWorkspaceIsReadyAndScoresIntoTheStore)
{
    EXPECT_FALSE(m_page->scoreButton()->isEnabled()) << "no workspace yet";
    TestWorkspace workspace;
    workspace.fromCase(QStringLiteral("classification/small"), QStringLiteral("classification_f1"),
        { { QStringLiteral("average"), QStringLiteral("macro") } });

    ASSERT_TRUE(validate(*m_page, workspace.root()));
    const QList<Problem> problems = problemsOf(*m_page);
    ASSERT_EQ(problems.size(), 1) << describe(problems);
    EXPECT_TRUE(problems.first().message.startsWith(QStringLiteral("Ready: classification_f1"))) << describe(problems);
    EXPECT_TRUE(m_page->validation().ok());
    EXPECT_TRUE(m_page->scoreButton()->isEnabled());
    EXPECT_TRUE(m_page->scorerBox()->itemText(0).contains(QStringLiteral("classification_f1")))
        << "the first entry names meta.json's scorer";

    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    QSignalSpy done(m_page.get(), &ModelScoringPage::scoringFinished);
    QSignalSpy open(m_page.get(), &ModelScoringPage::openReportRequested);
    m_page->scoreButton()->click();
    EXPECT_FALSE(m_page->scoreButton()->isEnabled()) << "one job at a time";
    ASSERT_TRUE(done.wait(60000));
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.first().at(2).value<JobState>(), JobState::Completed);
    const QString runId = done.first().first().toString();
    ASSERT_FALSE(runId.isEmpty());
    EXPECT_EQ(runId, finished.first().at(1).toString());
    ASSERT_EQ(open.size(), 1);
    EXPECT_EQ(open.first().first().toString(), runId);
    EXPECT_EQ(m_page->lastRunId(), runId);
    EXPECT_TRUE(m_page->statusLabel()->text().startsWith(QStringLiteral("Scored")))
        << m_page->statusLabel()->text().toStdString();
    EXPECT_TRUE(m_page->scoreButton()->isEnabled()) << "the workspace can be scored again";
    EXPECT_TRUE(m_page->ownsJob(finished.first().first().toString()));

    const StoreReader reader(m_dataDir->databasePath());
    const std::optional<RunRecord> run = reader.run(runId);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->kind, QStringLiteral("ml"));
    EXPECT_EQ(run->status, RunStatus::Completed);
    EXPECT_EQ(run->sampleCount, 50);
    const std::optional<QJsonObject> result = reader.mlResult(runId);
    ASSERT_TRUE(result);
    EXPECT_NEAR(result->value(QStringLiteral("summary")).toObject().value(QStringLiteral("score")).toDouble(),
        0.5595881595881596, 1e-9);
    EXPECT_TRUE(QFileInfo::exists(workspace.path(QStringLiteral("output/result.json"))));
}

TEST_F(ModelScoringPageTest, ABrokenWorkspaceListsEveryProblemWithItsCodeUntilFixed)
{
    TestWorkspace workspace;
    workspace.fromCase(QStringLiteral("classification/small"), QStringLiteral("classification_f1"));
    workspace.copyData(QStringLiteral("errors/bad_header.csv"), QStringLiteral("input/gt.csv"));
    workspace.write(QStringLiteral("output/pred.csv"), "id,label\n1,cat\n2,dog\n2,cat\n");
    m_page->setParamsText(QStringLiteral("{\"average\": "));

    ASSERT_TRUE(validate(*m_page, workspace.root()));
    QList<Problem> problems = problemsOf(*m_page);
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("PARSE_ERROR"), QStringLiteral("Params box")))
        << describe(problems);
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("BAD_FORMAT"), QStringLiteral("gt.csv: the header")))
        << describe(problems);
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("BAD_FORMAT"), QStringLiteral("repeated ids in output/pred.csv")))
        << describe(problems);
    for (const Problem& p : problems)
        EXPECT_FALSE(p.code.isEmpty()) << "every listed problem has its code:" << describe(problems);
    EXPECT_FALSE(m_page->scoreButton()->isEnabled());
    const auto* paramsError = m_page->findChild<QLabel*>(QStringLiteral("paramsErrorLabel"));
    ASSERT_TRUE(paramsError);
    EXPECT_TRUE(paramsError->text().startsWith(QStringLiteral("Not valid JSON"))) << paramsError->text().toStdString();

    // A JSON value that is not an object is a format problem, not a parse one.
    m_page->setParamsText(QStringLiteral("[1, 2]"));
    ASSERT_TRUE(recheck(*m_page));
    problems = problemsOf(*m_page);
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("BAD_FORMAT"), QStringLiteral("must be a JSON object")))
        << describe(problems);

    // Fixing the params leaves the files' problems.
    m_page->setParamsText(QString());
    ASSERT_TRUE(recheck(*m_page));
    problems = problemsOf(*m_page);
    EXPECT_FALSE(hasProblem(problems, QStringLiteral("PARSE_ERROR"), QStringLiteral("Params box")))
        << describe(problems);
    EXPECT_TRUE(hasProblem(problems, QStringLiteral("BAD_FORMAT"), QStringLiteral("gt.csv: the header")))
        << describe(problems);
    EXPECT_TRUE(paramsError->text().isEmpty());
    EXPECT_FALSE(m_page->scoreButton()->isEnabled());

    // Fixing the files on disk and checking again enables Score.
    workspace.copyData(QStringLiteral("classification/small/gt.csv"), QStringLiteral("input/gt.csv"));
    workspace.copyData(QStringLiteral("classification/small/pred.csv"), QStringLiteral("output/pred.csv"));
    ASSERT_TRUE(recheck(*m_page));
    problems = problemsOf(*m_page);
    ASSERT_EQ(problems.size(), 1) << describe(problems);
    EXPECT_TRUE(problems.first().message.startsWith(QStringLiteral("Ready:"))) << describe(problems);
    EXPECT_TRUE(m_page->scoreButton()->isEnabled());

    // Typing bad params in the box (debounced) disables it again.
    QSignalSpy validated(m_page.get(), &ModelScoringPage::validated);
    auto* params = m_page->findChild<QPlainTextEdit*>(QStringLiteral("paramsEdit"));
    ASSERT_TRUE(params);
    params->setPlainText(QStringLiteral("{average: macro}"));
    EXPECT_FALSE(m_page->scoreButton()->isEnabled()) << "stale checks never enable Score";
    ASSERT_TRUE(validated.wait(20000));
    EXPECT_FALSE(m_page->scoreButton()->isEnabled());
    EXPECT_TRUE(hasProblem(problemsOf(*m_page), QStringLiteral("PARSE_ERROR"), QStringLiteral("Params box")));
}

TEST_F(ModelScoringPageTest, TheScorerListFollowsACustomScorerAddedWhileOpenAndItScores)
{
    const QString id = QStringLiteral("top_k_accuracy");
    EXPECT_LT(m_page->scorerBox()->findData(id), 0);

    // The documented example, copied into DATA_DIR/scorers while the page is open.
    const QString staging = m_dir.filePath(QStringLiteral("staging/") + id);
    ASSERT_TRUE(mltest::copyFolder(mltest::sourcePath(QStringLiteral("examples/scorers/top_k_accuracy")), staging));
    QSignalSpy changed(&m_jobs->scorerCatalog(), &ScorerCatalog::changed);
    ASSERT_TRUE(mltest::installScorer(*m_dataDir, m_jobs->scorerCatalog(), staging, id));
    EXPECT_GE(changed.size(), 1);
    const int index = m_page->scorerBox()->findData(id);
    ASSERT_GE(index, 0) << "the combo was refilled on ScorerCatalog::changed";
    EXPECT_TRUE(m_page->scorerBox()->itemText(index).contains(QStringLiteral("custom, 1.0.0")))
        << m_page->scorerBox()->itemText(index).toStdString();

    const QString workspace = m_dir.filePath(QStringLiteral("topk"));
    ASSERT_TRUE(mltest::copyFolder(m_dataDir->scorersPath() + QStringLiteral("/top_k_accuracy/example"), workspace));
    ASSERT_TRUE(validate(*m_page, workspace));
    QSignalSpy validated(m_page.get(), &ModelScoringPage::validated);
    m_page->setScorer(id);
    ASSERT_TRUE(validated.size() == 1 || validated.wait(20000));
    EXPECT_EQ(m_page->scorerBox()->currentData().toString(), id);
    const QList<Problem> problems = problemsOf(*m_page);
    ASSERT_EQ(problems.size(), 1) << describe(problems);
    EXPECT_TRUE(problems.first().message.startsWith(QStringLiteral("Ready: top_k_accuracy"))) << describe(problems);

    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    ASSERT_TRUE(scoreAndWait(*m_page, finished));
    EXPECT_EQ(finished.first().at(2).value<JobState>(), JobState::Completed)
        << finished.first().at(3).value<EvalError>().message.toStdString();
    const QString runId = finished.first().at(1).toString();
    const StoreReader reader(m_dataDir->databasePath());
    const std::optional<RunRecord> run = reader.run(runId);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->kind, QStringLiteral("ml"));
    EXPECT_EQ(run->settings.metrics, QStringList { id });
    const std::optional<QJsonObject> result = reader.mlResult(runId);
    ASSERT_TRUE(result);
    EXPECT_DOUBLE_EQ(result->value(QStringLiteral("metrics")).toObject().value(id).toDouble(), 0.75);

    // Removing the scorer takes it out of the list again.
    changed.clear();
    ASSERT_TRUE(QDir(m_dataDir->scorersPath() + QLatin1Char('/') + id).removeRecursively());
    while (m_jobs->scorerCatalog().find(id))
        ASSERT_TRUE(changed.wait(10000));
    EXPECT_LT(m_page->scorerBox()->findData(id), 0);
}

TEST_F(ModelScoringPageTest, CancelWhileASlowCustomScorerRunsStoresNothing)
{
    const QString id = QStringLiteral("slow_sleeper");
    ASSERT_TRUE(installPythonScorer(id, kSlowScript));
    TestWorkspace workspace;
    workspace.writeMeta({ { QStringLiteral("scorer"), id } });
    workspace.write(QStringLiteral("input/notes.txt"), "custom scorers read what they want\n");
    ASSERT_TRUE(QDir().mkpath(workspace.path(QStringLiteral("output"))));
    ASSERT_TRUE(validate(*m_page, workspace.root()));
    ASSERT_TRUE(m_page->scoreButton()->isEnabled()) << describe(problemsOf(*m_page));

    // The scorer marks its start in output/; watch for it rather than waiting a while.
    QFileSystemWatcher watcher({ workspace.path(QStringLiteral("output")) });
    QSignalSpy outputChanged(&watcher, &QFileSystemWatcher::directoryChanged);
    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    QSignalSpy done(m_page.get(), &ModelScoringPage::scoringFinished);
    QSignalSpy open(m_page.get(), &ModelScoringPage::openReportRequested);
    m_page->scoreButton()->click();
    auto* cancel = m_page->findChild<QPushButton*>(QStringLiteral("cancelButton"));
    ASSERT_TRUE(cancel);
    EXPECT_TRUE(cancel->isVisible());
    EXPECT_TRUE(m_page->statusLabel()->text().startsWith(QStringLiteral("Scoring")));
    const QString marker = workspace.path(QStringLiteral("output/started"));
    while (!QFileInfo::exists(marker))
        ASSERT_TRUE(outputChanged.wait(30000)) << "the slow scorer never started";
    ASSERT_TRUE(finished.isEmpty());

    cancel->click();
    ASSERT_TRUE(done.wait(30000)) << "cancelling did not stop the scorer";
    EXPECT_EQ(done.first().first().toString(), QString());
    EXPECT_TRUE(open.isEmpty());
    ASSERT_EQ(finished.size(), 1);
    EXPECT_EQ(finished.first().at(2).value<JobState>(), JobState::Cancelled);
    EXPECT_TRUE(m_page->statusLabel()->text().startsWith(QStringLiteral("Cancelled")))
        << m_page->statusLabel()->text().toStdString();
    EXPECT_FALSE(cancel->isVisible());
    EXPECT_TRUE(m_page->scoreButton()->isEnabled());
    const StoreReader reader(m_dataDir->databasePath());
    EXPECT_FALSE(reader.run(finished.first().at(1).toString()));
    EXPECT_EQ(reader.runCount(), 0);
}

namespace {

// The window around the same engine: the report page of ML runs.
class MlReportWindowTest : public MlEngineTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(MlEngineTest::SetUp());
        m_services = std::make_unique<WindowServices>(*m_writer, *m_dataDir);
        m_window =
            std::make_unique<MainWindow>(*m_writer, *m_jobs, m_services->apiJobs, m_services->apiServer, *m_dataDir);
        MlResultView* view = m_window->reportPage()->mlResultView();
        ASSERT_TRUE(view);
        m_perClassTester = std::make_unique<QAbstractItemModelTester>(
            view->perClassModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_window->resize(1440, 900);
        m_window->show();
        QSignalSpy reloaded(m_window->runsPage(), &RunsPage::reloaded);
        ASSERT_TRUE(reloaded.wait(10000));
    }
    void TearDown() override
    {
        m_perClassTester.reset();
        if (m_jobs)
            m_jobs->waitForAll();
        QCoreApplication::processEvents();
        m_window.reset();
        m_services.reset();
        MlEngineTest::TearDown();
    }

    // Exports the report shown through its button and returns the file's bytes.
    QByteArray exportThroughButton(const char* buttonName, const QString& fileName)
    {
        ReportPage* report = m_window->reportPage();
        const QString target = m_dir.filePath(fileName);
        report->setSavePathProvider([target](const QString&) { return target; });
        QSignalSpy exported(report, &ReportPage::exportFinished);
        auto* button = report->findChild<QPushButton*>(QString::fromLatin1(buttonName));
        if (!button || !button->isEnabled())
            return "<no enabled button>";
        button->click();
        if (!exported.wait(20000))
            return "<export never finished>";
        if (!exported.first().at(1).toString().isEmpty())
            return "<export failed: " + exported.first().at(1).toString().toUtf8() + ">";
        return readAll(target);
    }

    std::unique_ptr<WindowServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_perClassTester;
};

} // namespace

TEST_F(MlReportWindowTest, ScoringOpensTheMlReportWithItsViewsAndExportsIt)
{
    TestWorkspace workspace;
    workspace.fromCase(QStringLiteral("classification/small"), QStringLiteral("classification_f1"),
        { { QStringLiteral("average"), QStringLiteral("macro") } });
    ModelScoringPage* page = m_window->modelScoringPage();
    m_window->showPage(MainWindow::ModelScoringPageIndex);
    ASSERT_TRUE(validate(*page, workspace.root()));

    // Completing opens the report by itself.
    ReportPage* report = m_window->reportPage();
    QSignalSpy loaded(report, &ReportPage::loaded);
    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    ASSERT_TRUE(scoreAndWait(*page, finished));
    const QString runId = finished.first().at(1).toString();
    ASSERT_TRUE(loaded.size() >= 1 || loaded.wait(20000));
    EXPECT_EQ(report->runId(), runId);
    EXPECT_TRUE(report->isVisible()) << "the window switched to the report";
    ASSERT_TRUE(report->isShowingMlResult());
    MlResultView* view = report->mlResultView();
    EXPECT_TRUE(view->isVisible());
    EXPECT_FALSE(report->findChild<QLabel*>(QStringLiteral("mlErrorLabel"))->isVisible());
    const PerClassModel* perClass = view->perClassModel();
    ASSERT_EQ(perClass->rowCount(), 5);
    QStringList labels;
    for (int row = 0; row < perClass->rowCount(); ++row)
        labels << perClass->index(row, PerClassModel::LabelColumn).data().toString();
    labels.sort();
    EXPECT_EQ(labels,
        (QStringList { QStringLiteral("bicycle"), QStringLiteral("bus"), QStringLiteral("car"),
            QStringLiteral("motorcycle"), QStringLiteral("truck") }));
    EXPECT_TRUE(view->isPageShown(MlResultView::Page::PerClass));
    EXPECT_TRUE(view->isPageShown(MlResultView::Page::Confusion));

    const QString markdown = QString::fromUtf8(exportThroughButton("exportMarkdownButton", QStringLiteral("ml.md")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("## Per class"))) << markdown.toStdString();
    EXPECT_TRUE(markdown.contains(QStringLiteral("## Confusion matrix"))) << markdown.toStdString();
    EXPECT_TRUE(markdown.contains(QStringLiteral("| bicycle | 1.0000 | 0.4000 |"))) << markdown.toStdString();

    const QByteArray json = exportThroughButton("exportJsonButton", QStringLiteral("ml.json"));
    const QJsonObject exported = QJsonDocument::fromJson(json).object();
    ASSERT_FALSE(exported.isEmpty()) << json.toStdString();
    EXPECT_EQ(exported.value(QStringLiteral("run")).toObject().value(QStringLiteral("kind")).toString(),
        QStringLiteral("ml"));
    const QJsonObject result = exported.value(QStringLiteral("result")).toObject();
    EXPECT_NEAR(result.value(QStringLiteral("summary")).toObject().value(QStringLiteral("score")).toDouble(),
        0.5595881595881596, 1e-9);
    EXPECT_EQ(
        result.value(QStringLiteral("details")).toObject().value(QStringLiteral("per_class")).toArray().size(), 5);

    const QByteArray csv = exportThroughButton("exportCsvButton", QStringLiteral("ml.csv"));
    EXPECT_TRUE(csv.startsWith("\xEF\xBB\xBFlabel,precision,recall,f1,support,tp,fp,fn\n")) << csv.toStdString();
    EXPECT_EQ(csv.count('\n'), 6) << csv.toStdString();
    EXPECT_TRUE(csv.contains("\nbicycle,1,0.4")) << csv.toStdString();
}

TEST_F(MlReportWindowTest, AFailedCustomScorerRunShowsItsErrorOnTheReport)
{
    const QString id = QStringLiteral("bad_output");
    ASSERT_TRUE(installPythonScorer(id, kBadOutputScript));
    TestWorkspace workspace;
    workspace.writeMeta({ { QStringLiteral("scorer"), id } });
    workspace.write(QStringLiteral("input/notes.txt"), "custom scorers read what they want\n");
    ASSERT_TRUE(QDir().mkpath(workspace.path(QStringLiteral("output"))));
    ModelScoringPage* page = m_window->modelScoringPage();
    m_window->showPage(MainWindow::ModelScoringPageIndex);
    ASSERT_TRUE(validate(*page, workspace.root()));
    ASSERT_TRUE(page->scoreButton()->isEnabled()) << describe(problemsOf(*page));

    QSignalSpy finished(m_jobs.get(), &JobManager::jobFinished);
    QSignalSpy open(page, &ModelScoringPage::openReportRequested);
    ASSERT_TRUE(scoreAndWait(*page, finished));
    EXPECT_EQ(finished.first().at(2).value<JobState>(), JobState::Failed);
    const EvalError error = finished.first().at(3).value<EvalError>();
    EXPECT_EQ(error.code, ErrorCode::BadFormat);
    EXPECT_TRUE(error.message.contains(QStringLiteral("metrics.f1"))) << error.message.toStdString();
    EXPECT_TRUE(open.isEmpty());
    EXPECT_TRUE(page->isVisible()) << "a failure stays on the page, without a message box";
    EXPECT_TRUE(page->statusLabel()->text().startsWith(QStringLiteral("Scoring failed")))
        << page->statusLabel()->text().toStdString();
    EXPECT_TRUE(hasProblem(problemsOf(*page), QStringLiteral("BAD_FORMAT"), QStringLiteral("metrics.f1")))
        << describe(problemsOf(*page));

    // The failed run is kept; its report shows the scorer's error instead of the result views.
    const QString runId = finished.first().at(1).toString();
    const std::optional<RunRecord> run = StoreReader(m_dataDir->databasePath()).run(runId);
    ASSERT_TRUE(run);
    EXPECT_EQ(run->status, RunStatus::Failed);
    ReportPage* report = m_window->reportPage();
    QSignalSpy loaded(report, &ReportPage::loaded);
    m_window->openReport(runId);
    ASSERT_TRUE(loaded.wait(20000));
    ASSERT_TRUE(report->isShowingMlResult());
    const auto* errorLabel = report->findChild<QLabel*>(QStringLiteral("mlErrorLabel"));
    ASSERT_TRUE(errorLabel);
    EXPECT_TRUE(errorLabel->isVisible());
    EXPECT_TRUE(errorLabel->text().startsWith(QStringLiteral("BAD_FORMAT (output): ")))
        << errorLabel->text().toStdString();
    EXPECT_TRUE(errorLabel->text().contains(QStringLiteral("metrics.f1"))) << errorLabel->text().toStdString();
    EXPECT_FALSE(report->mlResultView()->isVisible());

    const QString markdown = QString::fromUtf8(exportThroughButton("exportMarkdownButton", QStringLiteral("bad.md")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("## Error"))) << markdown.toStdString();
}

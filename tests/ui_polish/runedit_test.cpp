// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "polishfixture.h"
#include "store/storereader.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTest>

using namespace evalbench;
using namespace evalbench::testing;

namespace {

// What the page asked and said, and the answers it gets.
struct ScriptedDialogs
{
    bool agree = true;
    std::optional<QString> name;
    QStringList questions;
    QStringList notices;

    RunsPageDialogs dialogs()
    {
        RunsPageDialogs d;
        d.confirm = [this](QWidget*, const QString&, const QString& text) {
            questions.append(text);
            return agree;
        };
        d.inform = [this](QWidget*, const QString&, const QString& text) { notices.append(text); };
        d.askName = [this](QWidget*, const QString&) { return name; };
        return d;
    }
};

class RunEditTest : public PolishTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(PolishTest::SetUp());
        m_store.addBaselineAndCandidate(); // scored runs: samples and scores to delete
        ASSERT_NO_FATAL_FAILURE(addPlainRun({ QStringLiteral("run-live"), QStringLiteral("Still scoring"),
            QStringLiteral("file"), RunStatus::Running, {}, QStringLiteral("/tmp/live.jsonl") }));
        for (const QString& id :
            { QStringLiteral("run-base"), QStringLiteral("run-new"), QStringLiteral("run-live") }) {
            ASSERT_TRUE(QDir().mkpath(m_store.dataDir().runPath(id)));
            QFile report(m_store.dataDir().runPath(id) + QStringLiteral("/report.md"));
            ASSERT_TRUE(report.open(QIODevice::WriteOnly));
            report.write("# report\n");
        }
        m_page = std::make_unique<RunsPage>(m_store.databasePath(), *m_jobs, m_store.dataDir());
        m_page->setDialogs(m_script.dialogs());
        m_page->resize(900, 600);
        ASSERT_TRUE(waitFullyLoaded(*m_page, [] {}));
        ASSERT_EQ(m_page->model()->rowCount(), 3);
    }
    void TearDown() override
    {
        m_page.reset();
        PolishTest::TearDown();
    }

    void select(const QStringList& runIds)
    {
        QItemSelectionModel* selection = m_page->view()->selectionModel();
        selection->clearSelection();
        const QAbstractItemModel* model = m_page->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (runIds.contains(index.data(RunListModel::RunIdRole).toString())) {
                selection->setCurrentIndex(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
    }

    std::optional<RunRecord> stored(const QString& runId) const
    {
        return StoreReader(m_store.databasePath()).run(runId);
    }

    ScriptedDialogs m_script;
    std::unique_ptr<RunsPage> m_page;
};

} // namespace

TEST_F(RunEditTest, DeleteRemovesTheRunsFromTheDatabaseAndTheirArtifactFolders)
{
    select({ QStringLiteral("run-base"), QStringLiteral("run-new") });
    QSignalSpy deleted(m_page.get(), &RunsPage::runsDeleted);
    QSignalSpy reloaded(m_page.get(), &RunsPage::reloaded);
    m_page->deleteSelectedRuns();
    ASSERT_TRUE(deleted.wait(20000));
    EXPECT_EQ(deleted.first().at(1).toString(), QString());

    ASSERT_EQ(m_script.questions.size(), 1);
    const QString question = m_script.questions.first();
    EXPECT_TRUE(question.contains(QStringLiteral("Baseline"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("Candidate"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QDir::toNativeSeparators(m_store.dataDir().runsPath()))) << question.toStdString();

    EXPECT_FALSE(stored(QStringLiteral("run-base")).has_value());
    EXPECT_FALSE(stored(QStringLiteral("run-new")).has_value());
    EXPECT_TRUE(StoreReader(m_store.databasePath()).samples(QStringLiteral("run-base"), 0, -1).isEmpty());
    EXPECT_FALSE(QDir(m_store.dataDir().runPath(QStringLiteral("run-base"))).exists());
    EXPECT_FALSE(QDir(m_store.dataDir().runPath(QStringLiteral("run-new"))).exists());
    EXPECT_TRUE(QDir(m_store.dataDir().runPath(QStringLiteral("run-live"))).exists()) << "other runs keep theirs";

    ASSERT_TRUE(reloaded.count() > 0 || reloaded.wait(20000));
    EXPECT_EQ(m_page->model()->rowCount(), 1);
    EXPECT_EQ(m_page->model()->runAt(0)->id, QStringLiteral("run-live"));
}

TEST_F(RunEditTest, DeleteKeyAsksAndAnsweringNoKeepsTheRun)
{
    m_script.agree = false;
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
    select({ QStringLiteral("run-new") });
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_Delete);
    ASSERT_EQ(m_script.questions.size(), 1);
    EXPECT_TRUE(m_script.questions.first().contains(
        QDir::toNativeSeparators(m_store.dataDir().runPath(QStringLiteral("run-new")))))
        << m_script.questions.first().toStdString();
    EXPECT_TRUE(stored(QStringLiteral("run-new")).has_value());
    EXPECT_TRUE(QDir(m_store.dataDir().runPath(QStringLiteral("run-new"))).exists());
}

TEST_F(RunEditTest, ARunningRunIsNotDeleted)
{
    select({ QStringLiteral("run-live"), QStringLiteral("run-new") });
    m_page->deleteSelectedRuns();
    EXPECT_TRUE(m_script.questions.isEmpty()) << "refused before asking";
    ASSERT_EQ(m_script.notices.size(), 1);
    EXPECT_TRUE(m_script.notices.first().contains(QStringLiteral("Still scoring")));
    EXPECT_TRUE(m_script.notices.first().contains(QStringLiteral("Cancel")));
    EXPECT_TRUE(stored(QStringLiteral("run-live")).has_value());
    EXPECT_TRUE(stored(QStringLiteral("run-new")).has_value());
    EXPECT_TRUE(QDir(m_store.dataDir().runPath(QStringLiteral("run-live"))).exists());
}

TEST_F(RunEditTest, RenamePersistsInTheDatabase)
{
    m_page->show();
    QApplication::setActiveWindow(m_page.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_page.get()));
    select({ QStringLiteral("run-new") });
    m_page->view()->setFocus();
    m_script.name = QStringLiteral("  Candidate, second try  ");
    QSignalSpy renamed(m_page.get(), &RunsPage::runRenamed);
    QTest::keyClick(m_page->view(), Qt::Key_F2);
    ASSERT_TRUE(renamed.wait(20000));
    EXPECT_EQ(renamed.first().at(0).toString(), QStringLiteral("run-new"));
    EXPECT_EQ(renamed.first().at(1).toString(), QString());
    EXPECT_TRUE(m_script.notices.isEmpty());

    // Read back through a reader of its own, as a new session would.
    const std::optional<RunRecord> run = StoreReader(m_store.databasePath()).run(QStringLiteral("run-new"));
    ASSERT_TRUE(run.has_value());
    EXPECT_EQ(run->name, QStringLiteral("Candidate, second try"));
    QSignalSpy reloaded(m_page.get(), &RunsPage::reloaded);
    const auto shownName = [this] {
        return m_page->model()->runAt(m_page->model()->rowOfRun(QStringLiteral("run-new")))->name;
    };
    while (shownName() != QStringLiteral("Candidate, second try"))
        ASSERT_TRUE(reloaded.wait(20000)) << "the list shows the new name";
}

TEST_F(RunEditTest, AnEmptyNameIsRefused)
{
    select({ QStringLiteral("run-new") });
    m_script.name = QStringLiteral("   ");
    m_page->renameCurrentRun();
    ASSERT_EQ(m_script.notices.size(), 1);
    EXPECT_TRUE(m_script.notices.first().contains(QStringLiteral("empty"))) << m_script.notices.first().toStdString();
    EXPECT_EQ(stored(QStringLiteral("run-new"))->name, QStringLiteral("Candidate"));
}

TEST_F(RunEditTest, TheWriterRefusesAnEmptyNameAndAnUnknownRun)
{
    EXPECT_FALSE(m_store.writer().renameRun(QStringLiteral("run-new"), QStringLiteral(" ")).result().ok());
    EXPECT_FALSE(m_store.writer().renameRun(QStringLiteral("no-such-run"), QStringLiteral("x")).result().ok());
    EXPECT_TRUE(m_store.writer().renameRun(QStringLiteral("run-new"), QStringLiteral("Renamed")).result().ok());
    EXPECT_EQ(stored(QStringLiteral("run-new"))->name, QStringLiteral("Renamed"));
}

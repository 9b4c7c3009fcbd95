// SPDX-License-Identifier: MIT
#include "apiwindowtest.h"
#include "common/testprinters.h"
#include "ui/apijoblistmodel.h"
#include "ui/apiserverpage.h"
#include "ui/reportpage.h"
#include "ui/scorejobspage.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkReply>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

using namespace evalbench;

namespace {

class ScoreJobsPageTest : public ApiWindowTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ApiWindowTest::SetUp());
        m_page = m_window->scoreJobsPage();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_window->showPage(MainWindow::ScoreJobsPageIndex);
        if (m_page->model()->isLoading()) {
            QSignalSpy reloaded(m_page->model(), &ApiJobListModel::reloaded);
            ASSERT_TRUE(reloaded.wait(10000));
        }
        ApiServerPage* server = m_window->apiServerPage();
        server->portBox()->setValue(0);
        ASSERT_TRUE(server->setListening(true)) << server->statusLabel()->text().toStdString();
    }
    void TearDown() override
    {
        m_tester.reset();
        ApiWindowTest::TearDown();
    }

    // Waits (on the model's signals) until it lists `count` jobs, all in `state`.
    void waitForJobs(int count, JobState state)
    {
        ApiJobListModel* model = m_page->model();
        QSignalSpy updated(model, &ApiJobListModel::updated);
        const auto done = [&] {
            if (model->rowCount() != count)
                return false;
            for (int row = 0; row < count; ++row) {
                if (model->jobAt(row)->state != state)
                    return false;
            }
            return true;
        };
        while (!done())
            ASSERT_TRUE(updated.wait(30000)) << model->rowCount() << " rows";
    }

    // Applies a filter change and waits for the reloaded list.
    template <typename Change> void reloadWith(Change change)
    {
        QSignalSpy reloaded(m_page->model(), &ApiJobListModel::reloaded);
        change();
        ASSERT_TRUE(reloaded.wait(10000));
    }

    ScoreJobsPage* m_page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(ScoreJobsPageTest, PostedJobsAppearLiveNewestFirstAndEndCompleted)
{
    auto* empty = m_page->findChild<QWidget*>(QStringLiteral("emptyState"));
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isVisible()) << "nothing posted yet";

    const QString france = postJob(QStringLiteral("What is the capital of France?"), QStringLiteral("Paris"));
    const QString hamlet = postJob(QStringLiteral("Who wrote Hamlet?"), QStringLiteral("Shakespeare"));
    const QString sum = postJob(QStringLiteral("What is 2+2?"), QStringLiteral("4"));
    ASSERT_NO_FATAL_FAILURE(waitForJobs(3, JobState::Completed));
    ApiJobListModel* model = m_page->model();
    EXPECT_EQ(model->jobAt(0)->jobId, sum) << "newest first";
    EXPECT_EQ(model->jobAt(1)->jobId, hamlet);
    EXPECT_EQ(model->jobAt(2)->jobId, france);
    EXPECT_EQ(model->total(), 3);
    EXPECT_FALSE(empty->isVisible());
    EXPECT_EQ(model->index(0, ApiJobListModel::StatusColumn).data().toString(), QStringLiteral("completed"));
    EXPECT_EQ(model->index(1, ApiJobListModel::QuestionColumn).data().toString(), QStringLiteral("Who wrote Hamlet?"));
    EXPECT_FALSE(model->index(1, ApiJobListModel::ScoreColumn).data().toString().isEmpty());
    EXPECT_TRUE(m_page->countLabel()->text().contains(QStringLiteral("3")));

    // A live insert keeps the selected job selected.
    ASSERT_TRUE(m_page->selectJob(hamlet));
    const QString later = postJob(QStringLiteral("Who painted the Mona Lisa?"), QStringLiteral("Leonardo"));
    ASSERT_NO_FATAL_FAILURE(waitForJobs(4, JobState::Completed));
    EXPECT_EQ(model->jobAt(0)->jobId, later);
    EXPECT_EQ(m_page->selectedJobId(), hamlet);
    EXPECT_EQ(m_page->view()->currentIndex().row(), 2);
}

TEST_F(ScoreJobsPageTest, FilterAndSearchNarrowTheListAndKeepTheSelection)
{
    postJob(QStringLiteral("What is the capital of France?"), QStringLiteral("Paris"));
    const QString hamlet = postJob(QStringLiteral("Who wrote Hamlet?"), QStringLiteral("Shakespeare"));
    postJob(QStringLiteral("What is 2+2?"), QStringLiteral("4"));
    ASSERT_NO_FATAL_FAILURE(waitForJobs(3, JobState::Completed));
    ASSERT_TRUE(m_page->selectJob(hamlet));

    ASSERT_NO_FATAL_FAILURE(reloadWith([&] { m_page->setStatusFilter(JobState::Completed); }));
    EXPECT_EQ(m_page->model()->rowCount(), 3);
    EXPECT_EQ(m_page->selectedJobId(), hamlet) << "kept across the reload";
    ASSERT_NO_FATAL_FAILURE(reloadWith([&] { m_page->setStatusFilter(JobState::Failed); }));
    EXPECT_EQ(m_page->model()->rowCount(), 0);
    EXPECT_EQ(m_page->model()->total(), 0);
    EXPECT_TRUE(m_page->view()->isVisible()) << "a filter without a match keeps the table, not the empty state";
    ASSERT_NO_FATAL_FAILURE(reloadWith([&] { m_page->setStatusFilter(std::nullopt); }));
    EXPECT_EQ(m_page->model()->rowCount(), 3);

    // Typing is debounced: one reload for the whole word.
    QSignalSpy reloaded(m_page->model(), &ApiJobListModel::reloaded);
    for (const QString& typed : { QStringLiteral("h"), QStringLiteral("ha"), QStringLiteral("ham") })
        m_page->searchEdit()->setText(typed);
    EXPECT_EQ(reloaded.size(), 0);
    ASSERT_TRUE(reloaded.wait(10000));
    EXPECT_EQ(reloaded.size(), 1);
    ASSERT_EQ(m_page->model()->rowCount(), 1);
    EXPECT_EQ(m_page->model()->jobAt(0)->jobId, hamlet);
    EXPECT_EQ(m_page->model()->search(), QStringLiteral("ham"));

    ASSERT_NO_FATAL_FAILURE(reloadWith([&] { m_page->searchEdit()->setText(QStringLiteral("WHAT IS")); }));
    EXPECT_EQ(m_page->model()->rowCount(), 2) << "case-insensitive";
}

TEST_F(ScoreJobsPageTest, AStatusFilterFollowsLiveChanges)
{
    ASSERT_NO_FATAL_FAILURE(reloadWith([&] { m_page->setStatusFilter(JobState::Completed); }));
    const QString first = postJob(QStringLiteral("Who wrote Hamlet?"), QStringLiteral("Shakespeare"));
    const QString second = postJob(QStringLiteral("What is 2+2?"), QStringLiteral("4"));
    ASSERT_NO_FATAL_FAILURE(waitForJobs(2, JobState::Completed));
    EXPECT_EQ(m_page->model()->jobAt(0)->jobId, second);
    EXPECT_EQ(m_page->model()->jobAt(1)->jobId, first);
}

TEST_F(ScoreJobsPageTest, ViewReportOpensTheRunAtTheJobsSample)
{
    postJob(QStringLiteral("What is the capital of France?"), QStringLiteral("Paris"));
    const QString hamlet = postJob(QStringLiteral("Who wrote Hamlet?"), QStringLiteral("Shakespeare"));
    postJob(QStringLiteral("What is 2+2?"), QStringLiteral("4"));
    ASSERT_NO_FATAL_FAILURE(waitForJobs(3, JobState::Completed));
    EXPECT_FALSE(m_page->viewReportButton()->isEnabled()) << "nothing selected";
    ASSERT_TRUE(m_page->selectJob(hamlet));
    ASSERT_TRUE(m_page->viewReportButton()->isEnabled());
    const ApiJobStatus job = *m_page->model()->jobAt(m_page->model()->rowOfJob(hamlet));
    ASSERT_GE(job.sampleIndex, 0);
    ASSERT_FALSE(job.runId.isEmpty());

    QSignalSpy shown(m_window->reportPage(), &ReportPage::sampleShown);
    m_page->viewReportButton()->click();
    EXPECT_EQ(m_window->currentPage(), MainWindow::ReportPageIndex);
    ASSERT_TRUE(shown.wait(20000));
    EXPECT_EQ(shown.last().at(0).toInt(), job.sampleIndex);
    EXPECT_EQ(m_window->reportPage()->runId(), job.runId);
    EXPECT_TRUE(m_window->reportPage()->hasRun());
}

TEST_F(ScoreJobsPageTest, ABurstOfPostsIsCoalescedIntoFewInsertsWithoutAReset)
{
    constexpr int kJobs = 300;
    ApiJobListModel* model = m_page->model();
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    // All at once: QNetworkAccessManager keeps several connections busy in parallel.
    QList<QNetworkReply*> replies;
    for (int i = 0; i < kJobs; ++i) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/score/async").arg(m_services->apiServer.port())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        const QJsonObject body { { QStringLiteral("question"), QStringLiteral("Question %1?").arg(i) },
            { QStringLiteral("answer"), QStringLiteral("Answer %1").arg(i) } };
        replies.append(m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }
    for (QNetworkReply* reply : std::as_const(replies)) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished()) {
            ASSERT_TRUE(finished.wait(60000));
        }
        EXPECT_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        reply->deleteLater();
    }
    ASSERT_NO_FATAL_FAILURE(waitForJobs(kJobs, JobState::Completed));
    EXPECT_EQ(reset.size(), 0) << "live changes never reset the list";
    // Coalesced: fewer inserts than jobs (how many depends on how the posts spread over the
    // coalescing intervals on a loaded machine, so only "fewer" is checked).
    EXPECT_LT(inserted.size(), kJobs) << "one insert per coalescing interval, not one per job";
    QSignalSpy totalChanged(model, &ApiJobListModel::totalChanged);
    while (model->total() != kJobs) // counted in the store after the last change
        ASSERT_TRUE(totalChanged.wait(10000)) << model->total();
    // Newest first. The posts travel on parallel connections to parallel listener threads, so
    // the order they were sent in is not the order they were accepted in: check the order itself.
    ASSERT_GE(model->rowCount(), 2);
    for (int row = 1; row < model->rowCount(); ++row)
        EXPECT_GE(model->jobAt(row - 1)->createdAt, model->jobAt(row)->createdAt) << row;
}

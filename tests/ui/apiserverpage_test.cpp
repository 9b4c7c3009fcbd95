// SPDX-License-Identifier: MIT
#include "apiwindowtest.h"
#include "common/testprinters.h"
#include "ui/apiqueuecounter.h"
#include "ui/apirequestlogmodel.h"
#include "ui/apiserverpage.h"
#include "ui/apistatusindicator.h"
#include "ui/difysetuppanel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace evalbench;

namespace {

class ApiServerPageTest : public ApiWindowTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(ApiWindowTest::SetUp());
        m_page = m_window->apiServerPage();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_page->logModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_window->showPage(MainWindow::ApiServerPageIndex);
    }
    void TearDown() override
    {
        m_tester.reset();
        ApiWindowTest::TearDown();
    }

    // Waits until the request log has taken in `requests` requests.
    void waitForRequests(qint64 requests)
    {
        QSignalSpy flushed(m_page->logModel(), &ApiRequestLogModel::flushed);
        while (m_page->logModel()->counters().requests < requests
            || m_page->logModel()->rowCount() < std::min<qint64>(requests, m_page->logModel()->capacity()))
            ASSERT_TRUE(flushed.wait(10000));
    }

    ApiServerPage* m_page = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

} // namespace

TEST_F(ApiServerPageTest, TheListenerIsOffUntilTurnedOnThenLogsAndCountsEveryRequest)
{
    EXPECT_FALSE(m_services->apiServer.isRunning()) << "off by default in the window";
    EXPECT_FALSE(m_window->apiStatusIndicator()->isVisible());
    EXPECT_EQ(m_page->portBox()->value(), 8765);
    EXPECT_EQ(m_page->addressBox()->currentText(), QStringLiteral("127.0.0.1"));

    m_page->portBox()->setValue(0); // any free port
    m_page->listenButton()->click();
    ASSERT_TRUE(m_page->isListening()) << m_page->statusLabel()->text().toStdString();
    const quint16 port = m_services->apiServer.port();
    ASSERT_NE(port, 0);
    const QString where = QStringLiteral("127.0.0.1:%1").arg(port);
    EXPECT_TRUE(m_page->statusLabel()->text().contains(where)) << m_page->statusLabel()->text().toStdString();
    EXPECT_FALSE(m_page->portBox()->isEnabled()) << "settings are fixed while listening";
    EXPECT_TRUE(m_window->apiStatusIndicator()->isVisible());
    EXPECT_TRUE(m_window->apiStatusIndicator()->text().contains(QStringLiteral("listening on ") + where))
        << m_window->apiStatusIndicator()->text().toStdString();
    EXPECT_TRUE(m_page->setupPanel()->url().endsWith(QStringLiteral(":%1/api/score/async").arg(port)))
        << m_page->setupPanel()->url().toStdString();

    postJob(QStringLiteral("What is the capital of France?"), QStringLiteral("Paris"));
    postJob(QStringLiteral("Who wrote Hamlet?"), QStringLiteral("Shakespeare"));
    EXPECT_EQ(send("GET", QStringLiteral("/api/no-such-route")).status, 404);
    EXPECT_EQ(send("GET", QStringLiteral("/healthz")).status, 200);
    ASSERT_NO_FATAL_FAILURE(waitForRequests(4));

    const ApiRequestCounters counters = m_page->logModel()->counters();
    EXPECT_EQ(counters.requests, 4);
    EXPECT_EQ(counters.success, 3);
    EXPECT_EQ(counters.clientErrors, 1);
    EXPECT_EQ(counters.serverErrors, 0);
    EXPECT_EQ(counters.acceptedJobs, 2);
    const QStringList tiles = m_page->counterTexts();
    ASSERT_EQ(tiles.size(), 6);
    EXPECT_EQ(tiles.mid(0, 5),
        (QStringList {
            QStringLiteral("4"), QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("2") }));

    // Newest first: time, method, route, status, latency.
    ApiRequestLogModel* log = m_page->logModel();
    ASSERT_EQ(log->rowCount(), 4);
    EXPECT_EQ(log->index(0, ApiRequestLogModel::RouteColumn).data().toString(), QStringLiteral("/healthz"));
    EXPECT_EQ(log->index(1, ApiRequestLogModel::StatusColumn).data().toInt(), 404);
    EXPECT_EQ(log->index(3, ApiRequestLogModel::MethodColumn).data().toString(), QStringLiteral("POST"));
    EXPECT_EQ(log->index(3, ApiRequestLogModel::RouteColumn).data().toString(), QStringLiteral("/api/score/async"));
    EXPECT_EQ(log->index(3, ApiRequestLogModel::StatusColumn).data().toInt(), 202);
    EXPECT_TRUE(log->index(3, ApiRequestLogModel::LatencyColumn).data().toString().endsWith(QStringLiteral(" ms")));
    EXPECT_FALSE(log->index(3, ApiRequestLogModel::TimeColumn).data().toString().isEmpty());

    m_page->listenButton()->click();
    EXPECT_FALSE(m_services->apiServer.isRunning());
    EXPECT_FALSE(m_window->apiStatusIndicator()->isVisible());
    EXPECT_TRUE(m_page->portBox()->isEnabled());
}

TEST_F(ApiServerPageTest, AnotherAddressThanLoopbackRequiresAToken)
{
    m_page->addressBox()->setCurrentText(QStringLiteral("0.0.0.0"));
    EXPECT_TRUE(m_page->addressNote()->text().contains(QStringLiteral("requires a token")))
        << m_page->addressNote()->text().toStdString();
    m_page->listenButton()->click();
    EXPECT_FALSE(m_services->apiServer.isRunning()) << "refused before anything listens";
    EXPECT_FALSE(m_page->listenButton()->isChecked());
    EXPECT_TRUE(m_page->statusLabel()->text().contains(QStringLiteral("token")))
        << m_page->statusLabel()->text().toStdString();

    m_page->addressBox()->setCurrentText(QStringLiteral("not an address"));
    EXPECT_FALSE(m_page->settings().has_value());
    EXPECT_FALSE(m_page->setListening(true));
    EXPECT_FALSE(m_services->apiServer.isRunning());
}

TEST_F(ApiServerPageTest, TheTokenIsGeneratedHiddenShownCopiedRememberedAndRequired)
{
    QLineEdit* token = m_page->tokenEdit();
    EXPECT_TRUE(token->text().isEmpty());
    m_page->generateToken();
    const QString generated = token->text();
    EXPECT_GE(generated.size(), 32);
    EXPECT_EQ(token->echoMode(), QLineEdit::Password) << "hidden by default";
    m_page->showTokenButton()->click();
    EXPECT_EQ(token->echoMode(), QLineEdit::Normal);
    m_page->showTokenButton()->click();
    EXPECT_EQ(token->echoMode(), QLineEdit::Password);
    m_page->copyToken();
    EXPECT_EQ(QApplication::clipboard()->text(), generated);

    m_page->addressBox()->setCurrentText(QStringLiteral("0.0.0.0"));
    EXPECT_TRUE(m_page->addressNote()->text().contains(QStringLiteral("carry the token")))
        << m_page->addressNote()->text().toStdString();
    m_page->addressBox()->setCurrentText(QStringLiteral("127.0.0.1"));
    m_page->portBox()->setValue(0);
    ASSERT_TRUE(m_page->setListening(true)) << m_page->statusLabel()->text().toStdString();
    EXPECT_TRUE(m_page->statusLabel()->text().contains(QStringLiteral("token required")));
    EXPECT_TRUE(token->isReadOnly());

    const QJsonObject body { { QStringLiteral("question"), QStringLiteral("q") },
        { QStringLiteral("answer"), QStringLiteral("a") } };
    EXPECT_EQ(send("POST", QStringLiteral("/api/score/async"), body).status, 401);
    EXPECT_EQ(send("POST", QStringLiteral("/api/score/async"), body, "Bearer " + generated.toUtf8()).status, 202);
    ASSERT_NO_FATAL_FAILURE(waitForRequests(2));
    EXPECT_EQ(m_page->logModel()->counters().clientErrors, 1);
    EXPECT_EQ(m_page->logModel()->counters().acceptedJobs, 1);

    // The next window starts with the same settings, and the listener off.
    ApiQueueCounter queue(m_services->apiJobs);
    m_page->setListening(false);
    ApiServerPage next(m_services->apiServer, queue);
    EXPECT_EQ(next.tokenEdit()->text(), generated);
    EXPECT_EQ(next.portBox()->value(), 0);
    EXPECT_EQ(next.addressBox()->currentText(), QStringLiteral("127.0.0.1"));
    EXPECT_FALSE(next.isListening());
}

TEST_F(ApiServerPageTest, TheDifySetupFollowsTheListenerAndDeployment)
{
    DifySetupPanel* setup = m_page->setupPanel();
    EXPECT_EQ(setup->url(), QStringLiteral("http://host.docker.internal:8765/api/score/async"));
    EXPECT_EQ(setup->body(), QStringLiteral("{{#code.payload#}}"));
    EXPECT_TRUE(setup->codeSnippet().contains(QStringLiteral("def main(")));
    EXPECT_TRUE(setup->codeSnippet().contains(QStringLiteral("\"payload\"")));
    setup->setDeployment(DifySetupPanel::DockerLinux);
    EXPECT_EQ(setup->url(), QStringLiteral("http://172.17.0.1:8765/api/score/async"));
    auto* bindNote = setup->findChild<QLabel*>(QStringLiteral("difyBindNote"));
    ASSERT_TRUE(bindNote);
    EXPECT_FALSE(bindNote->isHidden()) << "127.0.0.1 is out of the containers' reach";
    m_page->addressBox()->setCurrentText(QStringLiteral("0.0.0.0"));
    EXPECT_TRUE(bindNote->isHidden());
    setup->setDeployment(DifySetupPanel::NoDocker);
    EXPECT_EQ(setup->url(), QStringLiteral("http://127.0.0.1:8765/api/score/async"));
    auto* ssrf = setup->findChild<QLabel*>(QStringLiteral("difySsrfNote"));
    ASSERT_TRUE(ssrf);
    EXPECT_TRUE(ssrf->text().contains(QStringLiteral("SSRF_PROXY_ALLOW_PRIVATE_DOMAINS=host.docker.internal")));
    EXPECT_TRUE(ssrf->text().contains(QStringLiteral("docker compose up -d ssrf_proxy")));
    setup->findChild<QPushButton*>(QStringLiteral("copyCodeButton"))->click();
    EXPECT_EQ(QApplication::clipboard()->text(), DifySetupPanel::pythonSnippet());
    setup->findChild<QPushButton*>(QStringLiteral("copyUrlButton"))->click();
    EXPECT_EQ(QApplication::clipboard()->text(), setup->url());
}

TEST_F(ApiServerPageTest, CtrlDigitsReachTheNewPages)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentPage(), MainWindow::ScoreJobsPageIndex);
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentPage(), MainWindow::ApiServerPageIndex);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentPage(), MainWindow::RunsPageIndex);
}

TEST(ApiRequestLogModel, ABurstIsOneInsertAndTheLogStaysBounded)
{
    ApiRequestLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCapacity(10);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (int i = 0; i < 5000; ++i) {
        ApiRequestLog entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.method = QStringLiteral("POST");
        entry.path = QStringLiteral("/api/score/async");
        entry.status = i % 10 == 0 ? 422 : 202;
        entry.latencyMs = i;
        model.add(entry);
    }
    EXPECT_EQ(model.rowCount(), 0) << "buffered until the timer";
    EXPECT_EQ(model.counters().requests, 5000) << "counted at once";
    QSignalSpy flushed(&model, &ApiRequestLogModel::flushed);
    ASSERT_TRUE(flushed.wait(5000));
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_EQ(inserted.size(), 1);
    EXPECT_EQ(reset.size(), 0);
    EXPECT_DOUBLE_EQ(model.entryAt(0).latencyMs, 4999) << "newest first";
    EXPECT_EQ(model.counters().clientErrors, 500);
    EXPECT_EQ(model.counters().acceptedJobs, 4500);

    ApiRequestLog later;
    later.method = QStringLiteral("GET");
    later.path = QStringLiteral("/healthz");
    later.status = 200;
    model.add(later);
    model.flush();
    EXPECT_EQ(model.rowCount(), 10) << "the oldest row makes room";
    EXPECT_EQ(model.entryAt(0).path, QStringLiteral("/healthz"));
    EXPECT_DOUBLE_EQ(model.entryAt(9).latencyMs, 4991);
}

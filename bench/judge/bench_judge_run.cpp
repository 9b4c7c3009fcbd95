// SPDX-License-Identifier: MIT
// How close does a judged run come to the ideal time, and does the window stay
// responsive meanwhile? A fake OpenAI-compatible server on 127.0.0.1 (its own
// thread) answers every call after a fixed delay; the window is built as the
// application does and shows the Runs page with the run's live progress; one run
// of N samples x (faithfulness, answer_relevancy, context_precision, context_recall)
// is timed against calls x delay / concurrency, then the same data is run again
// (it must make no call). A 10 ms timer on the GUI thread measures how late the
// event loop reacts.
// Usage: QT_QPA_PLATFORM=offscreen bench_judge_run [samples=1000] [delay_ms=200] [concurrency=32]
#include "common/datadir.h"
#include "fakes/fakeopenaiserver.h"
#include "fakes/scriptedjudge.h"
#include "jobs/apijobservice.h"
#include "jobs/jobmanager.h"
#include "judge/judgeprofile.h"
#include "server/apiserver.h"
#include "store/storereader.h"
#include "store/storewriter.h"
#include "ui/mainwindow.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace evalbench;

namespace {

QString writeDataset(const QString& path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < count; ++i) {
        const QJsonObject sample { { QStringLiteral("id"), QStringLiteral("q%1").arg(i) },
            { QStringLiteral("question"), QStringLiteral("How long is the warranty of product %1?").arg(i) },
            { QStringLiteral("answer"),
                QStringLiteral("Product %1 has a warranty of %2 months.").arg(i).arg(12 + i % 7) },
            { QStringLiteral("ground_truth"), QStringLiteral("The warranty of product %1 lasts 12 months.").arg(i) },
            { QStringLiteral("contexts"),
                QJsonArray { QStringLiteral("Warranty terms for product %1: 12 months from delivery.").arg(i),
                    QStringLiteral("Shipping policy text %1.").arg(i),
                    QStringLiteral("Returns policy text %1.").arg(i) } } };
        file.write(QJsonDocument(sample).toJson(QJsonDocument::Compact) + '\n');
    }
    return path;
}

// Plausible, schema-valid answers to every prompt the four metrics send.
void scriptAnswers(fakes::ScriptedJudge& judge)
{
    judge.answer(QStringLiteral("statement_generator"),
        QJsonObject { { QStringLiteral("statements"), QJsonArray { QStringLiteral("a"), QStringLiteral("b") } } });
    QJsonArray verdicts;
    for (int v : { 1, 0 })
        verdicts.append(QJsonObject { { QStringLiteral("statement"), QStringLiteral("a") },
            { QStringLiteral("reason"), QStringLiteral("r") }, { QStringLiteral("verdict"), v } });
    judge.answer(QStringLiteral("nli_statement"), QJsonObject { { QStringLiteral("statements"), verdicts } });
    const QString generation = QStringLiteral("{\"question\": \"How long is the warranty?\", \"noncommittal\": 0}");
    judge.completions(QStringLiteral("response_relevance"), { generation, generation, generation });
    judge.answer(QStringLiteral("context_precision"),
        QJsonObject { { QStringLiteral("reason"), QStringLiteral("r") }, { QStringLiteral("verdict"), 1 } });
    judge.answer(QStringLiteral("context_recall"),
        QJsonObject { { QStringLiteral("classifications"),
            QJsonArray { QJsonObject { { QStringLiteral("statement"), QStringLiteral("a") },
                { QStringLiteral("reason"), QStringLiteral("r") }, { QStringLiteral("attributed"), 1 } } } } });
    judge.answer(QStringLiteral("optimization_advice"),
        QJsonObject { { QStringLiteral("advice_markdown"), QStringLiteral("Rerank the contexts.") } });
}

struct RunTiming
{
    double seconds = 0;
    int calls = 0;
    JobState state = JobState::Failed;
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int samples = argc > 1 ? std::atoi(argv[1]) : 1000;
    const int delayMs = argc > 2 ? std::atoi(argv[2]) : 200;
    const int concurrency = argc > 3 ? std::atoi(argv[3]) : 32;

    // The judge on its own thread, as a remote server would be: its work is not the window's.
    QThread serverThread;
    serverThread.start();
    fakes::FakeOpenAiServer* server = nullptr;
    fakes::ScriptedJudge* judge = nullptr;
    QUrl baseUrl;
    QObject serverContext;
    serverContext.moveToThread(&serverThread);
    QMetaObject::invokeMethod(
        &serverContext,
        [&] {
            server = new fakes::FakeOpenAiServer;
            server->setRecordRequests(false);
            server->setDefaultDelayMs(delayMs);
            judge = new fakes::ScriptedJudge(*server);
            scriptAnswers(*judge);
            server->listen();
            baseUrl = server->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    auto requestsSoFar = [&] {
        int count = 0;
        QMetaObject::invokeMethod(
            &serverContext, [&] { count = server->requestCount(); }, Qt::BlockingQueuedConnection);
        return count;
    };

    QTemporaryDir dir;
    const DataDir dataDir(dir.path());
    dataDir.ensureExists(nullptr);
    StoreWriter writer(dataDir.databasePath());
    JobManager jobs(writer, dataDir);
    ApiJobService apiJobs(writer, dataDir);
    ApiServer apiServer(apiJobs, dataDir);
    MainWindow window(writer, jobs, apiJobs, apiServer, dataDir);
    window.resize(1440, 900);
    window.show();
    window.showPage(MainWindow::RunsPageIndex);

    const QString dataset = writeDataset(dir.filePath(QStringLiteral("judged.jsonl")), samples);
    JudgeProfile profile;
    profile.id = QStringLiteral("bench");
    profile.name = QStringLiteral("bench");
    profile.baseUrl = baseUrl;
    profile.chatModel = QStringLiteral("judge-model");
    profile.embeddingModel = QStringLiteral("embed-model");
    profile.maxConcurrency = concurrency;
    profile.timeoutMs = 60'000;
    EvalRequest request;
    request.datasetPath = dataset;
    request.settings.metrics = { QStringLiteral("faithfulness"), QStringLiteral("answer_relevancy"),
        QStringLiteral("context_precision"), QStringLiteral("context_recall") };
    request.settings.judge = profile.toJson();

    std::vector<double> lateness;
    QElapsedTimer clock;
    clock.start();
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max(0.0, double(now - last) / 1e6 - 10.0));
        last = now;
    });

    auto timedRun = [&](bool measureWindow) {
        RunTiming timing;
        const int before = requestsSoFar();
        QSignalSpy finished(&jobs, &JobManager::jobFinished);
        QElapsedTimer wall;
        wall.start();
        if (measureWindow) {
            last = clock.nsecsElapsed();
            tick.start(10);
        }
        const auto submitted = jobs.submit(request);
        if (std::holds_alternative<EvalError>(submitted)) {
            std::fprintf(stderr, "%s\n", qPrintable(std::get<EvalError>(submitted).message));
            return timing;
        }
        finished.wait(30 * 60 * 1000);
        tick.stop();
        timing.seconds = double(wall.nsecsElapsed()) / 1e9;
        timing.calls = requestsSoFar() - before;
        if (!finished.isEmpty())
            timing.state = finished.first().at(2).value<JobState>();
        return timing;
    };

    const RunTiming first = timedRun(true);
    const RunTiming second = timedRun(false);
    int maxConcurrent = 0;
    QMetaObject::invokeMethod(
        &serverContext, [&] { maxConcurrent = server->maxConcurrent(); }, Qt::BlockingQueuedConnection);
    const double ideal = double(first.calls) * delayMs / 1000.0 / concurrency;

    std::printf("judged run: %d samples x 4 metrics, judge answers after %d ms, concurrency %d\n", samples, delayMs,
        concurrency);
    std::printf("  first run:  %s, %d calls in %.2f s; ideal %.2f s; ratio %.3f; server saw at most %d at once\n",
        first.state == JobState::Completed ? "completed" : "NOT completed", first.calls, first.seconds, ideal,
        ideal > 0 ? first.seconds / ideal : 0.0, maxConcurrent);
    std::printf("  second run: %s, %d calls in %.2f s\n",
        second.state == JobState::Completed ? "completed" : "NOT completed", second.calls, second.seconds);
    std::sort(lateness.begin(), lateness.end());
    auto at = [&](double q) { return lateness.empty() ? 0.0 : lateness[size_t(q * double(lateness.size() - 1))]; };
    std::printf("  GUI event loop during the first run (%zu ticks of 10 ms): lateness ms median %.1f  p99 %.1f  "
                "max %.1f\n",
        lateness.size(), at(0.5), at(0.99), lateness.empty() ? 0.0 : lateness.back());

    QMetaObject::invokeMethod(
        &serverContext,
        [&] {
            delete judge;
            delete server;
        },
        Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return first.state == JobState::Completed && second.calls == 0 ? 0 : 1;
}

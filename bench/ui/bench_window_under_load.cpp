// SPDX-License-Identifier: MIT
// Is the window responsive while the Dify listener is under load? Builds the window as the
// application does (job engine, API engine, listener on 127.0.0.1), shows the Score jobs page
// (the busiest: live updates of every posted job), runs wrk with bench/api/post_score.lua for N
// seconds against the listener, and measures how late a 10 ms timer on the GUI thread fires:
// lateness is the time the event loop could not react to input.
// Usage: QT_QPA_PLATFORM=offscreen bench_window_under_load SOURCE_DIR [seconds] [connections]
#include "common/datadir.h"
#include "jobs/apijobservice.h"
#include "jobs/jobmanager.h"
#include "server/apiserver.h"
#include "store/storewriter.h"
#include "ui/mainwindow.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_window_under_load SOURCE_DIR [seconds] [connections]\n");
        return 2;
    }
    const QString script = QString::fromLocal8Bit(argv[1]) + QStringLiteral("/bench/api/post_score.lua");
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 30;
    const int connections = argc > 3 ? std::atoi(argv[3]) : 32;

    QTemporaryDir dir;
    const evalbench::DataDir dataDir(dir.path());
    dataDir.ensureExists(nullptr);
    evalbench::StoreWriter writer(dataDir.databasePath());
    evalbench::JobManager jobs(writer, dataDir);
    evalbench::ApiJobService apiJobs(writer, dataDir);
    evalbench::ApiServer server(apiJobs, dataDir);
    evalbench::MainWindow window(writer, jobs, apiJobs, server, dataDir);
    window.resize(1440, 900);
    window.show();
    apiJobs.start();
    evalbench::ApiServerSettings settings;
    settings.port = 0;
    if (const auto error = server.start(settings)) {
        std::fprintf(stderr, "%s\n", qPrintable(error->message));
        return 1;
    }
    window.showPage(evalbench::MainWindow::ScoreJobsPageIndex);

    std::vector<double> lateness; // ms past the 10 ms tick
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

    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&wrk, &QProcess::finished, &app, &QCoreApplication::quit);
    tick.start(10);
    wrk.start(QStringLiteral("wrk"),
        { QStringLiteral("-t2"), QStringLiteral("-c%1").arg(connections), QStringLiteral("-d%1s").arg(seconds),
            QStringLiteral("--latency"), QStringLiteral("-s"), script,
            QStringLiteral("http://127.0.0.1:%1/api/score/async").arg(server.port()) });
    if (!wrk.waitForStarted()) {
        std::fprintf(stderr, "wrk did not start: install it (Debian package wrk)\n");
        return 1;
    }
    app.exec();
    tick.stop();
    const QByteArray out = wrk.readAll();
    server.stop();
    apiJobs.stop();

    std::sort(lateness.begin(), lateness.end());
    auto at = [&](double q) { return lateness.empty() ? 0.0 : lateness[size_t(q * double(lateness.size() - 1))]; };
    std::printf("GUI event loop while the listener was under load (%zu ticks of 10 ms):\n", lateness.size());
    std::printf("  lateness ms: median %.1f  p99 %.1f  p99.9 %.1f  max %.1f\n", at(0.5), at(0.99), at(0.999),
        lateness.empty() ? 0.0 : lateness.back());
    for (const QByteArray& line : out.split('\n')) {
        if (line.contains("Requests/sec") || line.contains("STATUS") || line.contains("99%"))
            std::printf("  wrk: %s\n", line.trimmed().constData());
    }
    return 0;
}

// SPDX-License-Identifier: MIT
// Times the Runs page on a large database: how long the window takes to appear
// (must not wait for the list), until the first rows show, and until all are listed.
// Usage: QT_QPA_PLATFORM=offscreen bench_runs_page DATA_DIR [repetitions]
#include "common/datadir.h"
#include "jobs/jobmanager.h"
#include "store/storewriter.h"
#include "ui/runlistmodel.h"
#include "ui/runspage.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_runs_page DATA_DIR [repetitions]\n");
        return 2;
    }
    const evalbench::DataDir dataDir(QString::fromLocal8Bit(argv[1]));
    const int repetitions = argc > 2 ? std::atoi(argv[2]) : 5;
    evalbench::StoreWriter writer(dataDir.databasePath());
    evalbench::JobManager jobs(writer, dataDir);
    std::vector<double> shown;
    std::vector<double> firstRows;
    std::vector<double> filled;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        evalbench::RunsPage page(writer.databasePath(), jobs, dataDir);
        page.show();
        shown.push_back(timer.nsecsElapsed() / 1e6);
        QSignalSpy firstPage(&page, &evalbench::RunsPage::reloaded);
        QSignalSpy reloaded(&page, &evalbench::RunsPage::fullyLoaded);
        if (firstPage.isEmpty() && !firstPage.wait(60000))
            return 1;
        firstRows.push_back(timer.nsecsElapsed() / 1e6);
        if (reloaded.isEmpty() && !reloaded.wait(120000))
            return 1;
        filled.push_back(timer.nsecsElapsed() / 1e6);
        std::printf("run %d: page shown %.1f ms, first rows %.0f ms, all %d rows %.0f ms\n", i + 1, shown.back(),
            firstRows.back(), page.model()->rowCount(), filled.back());
    }
    std::sort(shown.begin(), shown.end());
    std::sort(firstRows.begin(), firstRows.end());
    std::sort(filled.begin(), filled.end());
    std::printf("median: page shown %.1f ms, first rows %.0f ms, all rows %.0f ms\n", shown[shown.size() / 2],
        firstRows[firstRows.size() / 2], filled[filled.size() / 2]);
    return 0;
}

// SPDX-License-Identifier: MIT
// Times the Runs page on a large database: how long the window takes to appear
// (must not wait for the list), until the first rows show, and until all are listed; then
// the search field typed one key at a time and each filter, on the full list.
// Usage: QT_QPA_PLATFORM=offscreen bench_runs_page DATA_DIR [repetitions]
#include "common/datadir.h"
#include "jobs/jobmanager.h"
#include "store/storewriter.h"
#include "ui/runfilterproxy.h"
#include "ui/runlistmodel.h"
#include "ui/runspage.h"

#include <algorithm>
#include <cstdio>
#include <functional>
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
    std::vector<double> keystrokes; // one search update each
    std::vector<double> filters; // one filter change each
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

        // Typing a search, a key at a time (the proxy re-filters every row on each), then clearing it.
        evalbench::RunFilterProxy* proxy = page.filterProxy();
        const QString typed = QStringLiteral("Nightly Run 4242");
        for (int length = 1; length <= typed.size(); ++length) {
            QElapsedTimer key;
            key.start();
            proxy->setSearchText(typed.left(length));
            keystrokes.push_back(key.nsecsElapsed() / 1e6);
        }
        const int matches = proxy->rowCount();
        QElapsedTimer clear;
        clear.start();
        proxy->setSearchText({});
        keystrokes.push_back(clear.nsecsElapsed() / 1e6);
        using P = evalbench::RunFilterProxy;
        const std::vector<std::function<void()>> changes { [&] { proxy->setStatus(P::Status::Failed); },
            [&] { proxy->setStatus(P::Status::All); }, [&] { proxy->setSource(P::Source::Api); },
            [&] { proxy->setSource(P::Source::All); }, [&] { proxy->setPeriod(P::Period::Last7Days); },
            [&] { proxy->setPeriod(P::Period::All); } };
        for (const auto& change : changes) {
            QElapsedTimer filter;
            filter.start();
            change();
            filters.push_back(filter.nsecsElapsed() / 1e6);
            std::printf("  filter change %zu: %.1f ms, %d rows\n", filters.size() % changes.size(), filters.back(),
                proxy->rowCount());
        }
        std::printf("run %d: search \"%s\" -> %d rows\n", i + 1, qPrintable(typed), matches);
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    std::sort(filters.begin(), filters.end());
    std::printf("search keystroke: median %.1f ms, max %.1f ms; filter change: median %.1f ms, max %.1f ms\n",
        keystrokes[keystrokes.size() / 2], keystrokes.back(), filters[filters.size() / 2], filters.back());
    std::sort(shown.begin(), shown.end());
    std::sort(firstRows.begin(), firstRows.end());
    std::sort(filled.begin(), filled.end());
    std::printf("median: page shown %.1f ms, first rows %.0f ms, all rows %.0f ms\n", shown[shown.size() / 2],
        firstRows[firstRows.size() / 2], filled[filled.size() / 2]);
    return 0;
}

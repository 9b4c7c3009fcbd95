// SPDX-License-Identifier: MIT
// Times the Trends page on a large database: until the series list shows (grouped in SQL)
// and until the first series' chart and table are filled.
// Usage: QT_QPA_PLATFORM=offscreen bench_trends_page DATA_DIR [repetitions]
#include "common/datadir.h"
#include "store/storewriter.h"
#include "ui/trendpointmodel.h"
#include "ui/trendspage.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_trends_page DATA_DIR [repetitions]\n");
        return 2;
    }
    const evalbench::DataDir dataDir(QString::fromLocal8Bit(argv[1]));
    const int repetitions = argc > 2 ? std::atoi(argv[2]) : 5;
    evalbench::StoreWriter writer(dataDir.databasePath()); // upgrades the schema (the trends index)
    if (!writer.openError().isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.openError()));
        return 1;
    }
    std::vector<double> listed;
    std::vector<double> charted;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        evalbench::TrendsPage page(writer.databasePath());
        QSignalSpy series(&page, &evalbench::TrendsPage::seriesLoaded);
        QSignalSpy points(&page, &evalbench::TrendsPage::pointsLoaded);
        page.show();
        if (!series.wait(60000))
            return 1;
        listed.push_back(timer.nsecsElapsed() / 1e6);
        if (points.isEmpty() && !points.wait(60000))
            return 1;
        charted.push_back(timer.nsecsElapsed() / 1e6);
        std::printf("run %d: %d series listed %.0f ms, %d points charted %.0f ms\n", i + 1, page.seriesCombo()->count(),
            listed.back(), page.model()->rowCount(), charted.back());
    }
    std::sort(listed.begin(), listed.end());
    std::sort(charted.begin(), charted.end());
    std::printf("median: series listed %.0f ms, first series charted %.0f ms\n", listed[listed.size() / 2],
        charted[charted.size() / 2]);
    return 0;
}

// SPDX-License-Identifier: MIT
// Times the Report page on a large run: from showRun until the sample table is in
// (the `loaded` signal), then how long each step of scrolling through the whole table
// by pages takes to paint, and a sort by the weighted score column.
// Usage: QT_QPA_PLATFORM=offscreen bench_report_page DATA_DIR RUN_ID [repetitions [--rows-only]]
#include "common/datadir.h"
#include "store/storereader.h"
#include "store/storewriter.h"
#include "ui/reportpage.h"
#include "ui/samplerowsloader.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_report_page DATA_DIR RUN_ID [repetitions]\n");
        return 2;
    }
    const evalbench::DataDir dataDir(QString::fromLocal8Bit(argv[1]));
    const QString runId = QString::fromLocal8Bit(argv[2]);
    const int repetitions = argc > 3 ? std::atoi(argv[3]) : 5;
    // The table's data alone, as the page's worker reads it.
    std::vector<double> loads;
    const evalbench::StoreReader reader(dataDir.databasePath());
    const std::optional<evalbench::RunRecord> run = reader.run(runId);
    if (!run)
        return 1;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        const evalbench::SampleRows rows = evalbench::loadSampleRows(reader, runId, run->settings.metrics);
        loads.push_back(timer.nsecsElapsed() / 1e6);
        std::printf("load %d: %zu rows in %.0f ms\n", i + 1, rows.rows.size(), loads.back());
    }
    if (argc > 4 && QByteArray(argv[4]) == "--rows-only") {
        std::printf("median: rows read %.0f ms\n", median(loads));
        return 0;
    }
    evalbench::StoreWriter writer(dataDir.databasePath());
    std::vector<double> opened;
    std::vector<double> scrollMedians;
    std::vector<double> scrollP99s;
    std::vector<double> scrollMaxes;
    std::vector<double> sorts;
    for (int i = 0; i < repetitions; ++i) {
        evalbench::ReportPage page(writer, dataDir);
        page.resize(1440, 900);
        page.show();
        QSignalSpy loaded(&page, &evalbench::ReportPage::loaded);
        QElapsedTimer timer;
        timer.start();
        page.showRun(runId);
        if (loaded.isEmpty() && !loaded.wait(120000))
            return 1;
        auto* table = page.findChild<QTableView*>(QStringLiteral("sampleTable"));
        if (!table)
            return 1;
        table->repaint(); // the first paint of the filled table belongs to "open"
        opened.push_back(timer.nsecsElapsed() / 1e6);
        const int rows = table->model()->rowCount();

        // Page down through the whole table, painting each step as a user would see it.
        std::vector<double> steps;
        QScrollBar* bar = table->verticalScrollBar();
        for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep() * 20)) {
            QElapsedTimer step;
            step.start();
            bar->setValue(value);
            table->viewport()->repaint();
            steps.push_back(step.nsecsElapsed() / 1e6);
        }
        scrollMedians.push_back(median(steps));
        scrollP99s.push_back(percentile(steps, 0.99));
        scrollMaxes.push_back(*std::max_element(steps.begin(), steps.end()));

        QElapsedTimer sort;
        sort.start();
        table->sortByColumn(table->model()->columnCount() - 1, Qt::AscendingOrder);
        table->viewport()->repaint();
        sorts.push_back(sort.nsecsElapsed() / 1e6);
        std::printf("run %d: %d rows open in %.0f ms; %zu scroll steps median %.2f ms, p99 %.2f ms, max %.2f ms; "
                    "sort %.0f ms\n",
            i + 1, rows, opened.back(), steps.size(), scrollMedians.back(), scrollP99s.back(), scrollMaxes.back(),
            sorts.back());
    }
    std::printf("median: rows read %.0f ms\n", median(loads));
    std::printf("median: open %.0f ms, scroll step median %.2f ms, p99 %.2f ms, max %.2f ms, sort %.0f ms\n",
        median(opened), median(scrollMedians), median(scrollP99s), median(scrollMaxes), median(sorts));
    return 0;
}

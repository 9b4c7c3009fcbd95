// SPDX-License-Identifier: MIT
// The report page's work on a 100,000-sample run once its rows are in memory: each sample
// filter over the whole table, and the chart data (means, a histogram, a thinned scatter).
#include "ui/reportcharts/metricaverages.h"
#include "ui/reportcharts/scatterpoints.h"
#include "ui/reportcharts/scorehistogram.h"
#include "ui/samplelistmodel.h"
#include "ui/samplesortproxy.h"

#include <benchmark/benchmark.h>
#include <random>

#include <QApplication>

using namespace evalbench;

namespace {

constexpr int kSamples = 100000;

SampleRows makeRows()
{
    SampleRows rows;
    rows.metrics = { QStringLiteral("token_f1"), QStringLiteral("exact_match"), QStringLiteral("rouge_l"),
        QStringLiteral("bleu") };
    std::mt19937 random(7);
    std::uniform_real_distribution<float> score(0, 1);
    for (int i = 0; i < kSamples; ++i) {
        rows.rows.push_back(SampleRow { i, QStringLiteral("sample-%1").arg(i),
            QStringLiteral("What is the answer to question number %1 of the benchmark?").arg(i), 0.5,
            CellStatus::Value });
        for (qsizetype m = 0; m < rows.metrics.size(); ++m) {
            const bool nan = i % 97 == 0 && m == 1;
            rows.values.push_back(nan ? std::numeric_limits<float>::quiet_NaN() : score(random));
            rows.statuses.push_back(nan ? CellStatus::Failed : CellStatus::Value);
        }
    }
    return rows;
}

struct Fixture
{
    SampleListModel model;
    SampleSortProxy proxy { &model };
    Fixture() { model.setData(makeRows()); }
};

Fixture& fixture()
{
    static Fixture instance;
    return instance;
}

void BM_TextFilter(benchmark::State& state)
{
    Fixture& f = fixture();
    int i = 0;
    for (auto _ : state) {
        f.proxy.setTextFilter(QStringLiteral("number %1").arg(++i % 2 ? 4 : 5));
        benchmark::DoNotOptimize(f.proxy.rowCount());
    }
    f.proxy.setTextFilter({});
}
BENCHMARK(BM_TextFilter)->Unit(benchmark::kMillisecond);

void BM_BelowFilter(benchmark::State& state)
{
    Fixture& f = fixture();
    int i = 0;
    for (auto _ : state) {
        f.proxy.setBelowThreshold(++i % 2 ? 0.1 : 0.2);
        benchmark::DoNotOptimize(f.proxy.rowCount());
    }
    f.proxy.setBelowThreshold(std::nullopt);
}
BENCHMARK(BM_BelowFilter)->Unit(benchmark::kMillisecond);

// As the page has it: sorted by a metric column, so that each refilter sorts again.
void BM_BelowFilterSorted(benchmark::State& state)
{
    Fixture& f = fixture();
    f.proxy.sort(SampleListModel::FirstMetricColumn);
    int i = 0;
    for (auto _ : state) {
        f.proxy.setBelowThreshold(++i % 2 ? 0.1 : 0.2);
        benchmark::DoNotOptimize(f.proxy.rowCount());
    }
    f.proxy.setBelowThreshold(std::nullopt);
    f.proxy.sort(-1);
}
BENCHMARK(BM_BelowFilterSorted)->Unit(benchmark::kMillisecond);

void BM_NanFilter(benchmark::State& state)
{
    Fixture& f = fixture();
    for (auto _ : state) {
        f.proxy.setNanOnly(true);
        benchmark::DoNotOptimize(f.proxy.rowCount());
        f.proxy.setNanOnly(false);
    }
}
BENCHMARK(BM_NanFilter)->Unit(benchmark::kMillisecond);

void BM_ChartData(benchmark::State& state)
{
    const SampleRows& rows = fixture().model.rows();
    for (auto _ : state) {
        benchmark::DoNotOptimize(metricAverages(rows));
        benchmark::DoNotOptimize(scoreHistogram(rows, 0));
        benchmark::DoNotOptimize(scatterPoints(rows, 0, 2, 3000));
    }
}
BENCHMARK(BM_ChartData)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

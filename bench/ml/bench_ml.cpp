// SPDX-License-Identifier: MIT
// Google Benchmark for the ML metrics: what a user waits for, i.e. file load + every metric.
// `--peak=classification|regression|detection` runs one task once and prints the peak RSS
// instead, so memory is measured without the benchmark's repetitions.
#include "io/cocojsonloader.h"
#include "io/labelcsvloader.h"
#include "metrics/ml/classification.h"
#include "metrics/ml/detectionmetrics.h"
#include "metrics/ml/regression.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <vector>

#include <QString>

using namespace evalbench::ml;

namespace {

std::string g_dataDir = [] {
    const char* env = std::getenv("EVALBENCH_ML_BENCH_DIR");
    return std::string(env ? env : "/tmp/ml-large/cases");
}();

QString casePath(const char* relative)
{
    return QString::fromStdString(g_dataDir + "/" + relative);
}

bool runClassification()
{
    const auto loaded =
        loadClassificationCsv(casePath("classification/large/gt.csv"), casePath("classification/large/pred.csv"));
    if (!loaded.ok())
        return false;
    const auto r = computeClassification(loaded.value->truth, loaded.value->pred, loaded.value->labelNames);
    benchmark::DoNotOptimize(r.macro.f1);
    return true;
}

bool runRegression()
{
    const auto loaded = loadRegressionCsv(casePath("regression/large/gt.csv"), casePath("regression/large/pred.csv"));
    if (!loaded.ok())
        return false;
    const auto r = computeRegression(loaded.value->truth, loaded.value->pred);
    benchmark::DoNotOptimize(r.r2);
    return true;
}

const DetectionDataset& largeDetection()
{
    static const DetectionDataset data = [] {
        auto loaded = loadDetectionJson(casePath("detection/large/gt.json"), casePath("detection/large/pred.json"));
        return loaded.ok() ? std::move(*loaded.value) : DetectionDataset {};
    }();
    return data;
}

void BM_ClassificationLoadAndMetrics1M(benchmark::State& state)
{
    for (auto _ : state) {
        if (!runClassification()) {
            state.SkipWithError("classification/large missing: run gen.py --no-expected");
            return;
        }
    }
}

void BM_ClassificationMetricsOnly1M(benchmark::State& state)
{
    const auto loaded =
        loadClassificationCsv(casePath("classification/large/gt.csv"), casePath("classification/large/pred.csv"));
    if (!loaded.ok()) {
        state.SkipWithError("classification/large missing");
        return;
    }
    for (auto _ : state) {
        const auto r = computeClassification(loaded.value->truth, loaded.value->pred, loaded.value->labelNames);
        benchmark::DoNotOptimize(r.macro.f1);
    }
}

void BM_RegressionLoadAndMetrics1M(benchmark::State& state)
{
    for (auto _ : state) {
        if (!runRegression()) {
            state.SkipWithError("regression/large missing: run gen.py --no-expected");
            return;
        }
    }
}

void BM_DetectionLoadJson(benchmark::State& state)
{
    for (auto _ : state) {
        auto loaded = loadDetectionJson(casePath("detection/large/gt.json"), casePath("detection/large/pred.json"));
        if (!loaded.ok()) {
            state.SkipWithError("detection/large missing: run gen.py --no-expected");
            return;
        }
        benchmark::DoNotOptimize(loaded.value->detections.data());
    }
}

// evaluate + accumulate + summarize (+ per-category, PR curves and VOC AP): pycocotools' 17.5 s part.
void BM_DetectionEvaluate(benchmark::State& state)
{
    const DetectionDataset& data = largeDetection();
    if (data.detections.empty()) {
        state.SkipWithError("detection/large missing");
        return;
    }
    for (auto _ : state) {
        const DetectionReport r = computeDetection(data);
        benchmark::DoNotOptimize(r.stats[0]);
    }
}

} // namespace

// Every benchmark: 7 repetitions, reported as mean, median, stddev, cv, min and max.
static benchmark::internal::Benchmark* repeated(benchmark::internal::Benchmark* b)
{
    return b->Unit(benchmark::kMillisecond)
        ->Repetitions(7)
        ->ReportAggregatesOnly(true)
        ->ComputeStatistics("min", [](const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); })
        ->ComputeStatistics("max", [](const std::vector<double>& v) { return *std::max_element(v.begin(), v.end()); });
}

// The CSV loaders read and sort gt and pred on two threads: wall time is what a user waits for,
// and the CPU column counts both threads (process CPU time).
BENCHMARK(BM_ClassificationLoadAndMetrics1M)->Apply([](benchmark::internal::Benchmark* b) {
    repeated(b)->UseRealTime()->MeasureProcessCPUTime();
});
BENCHMARK(BM_ClassificationMetricsOnly1M)->Apply([](benchmark::internal::Benchmark* b) { repeated(b); });
BENCHMARK(BM_RegressionLoadAndMetrics1M)->Apply([](benchmark::internal::Benchmark* b) {
    repeated(b)->UseRealTime()->MeasureProcessCPUTime();
});
BENCHMARK(BM_DetectionLoadJson)->Apply([](benchmark::internal::Benchmark* b) { repeated(b); });
BENCHMARK(BM_DetectionEvaluate)->Apply([](benchmark::internal::Benchmark* b) { repeated(b); });

int main(int argc, char** argv)
{
    const char* peak = nullptr;
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--ml-data=", 10) == 0)
            g_dataDir = argv[i] + 10;
        else if (std::strncmp(argv[i], "--peak=", 7) == 0)
            peak = argv[i] + 7;
    }
    if (peak) {
        bool ok = false;
        if (std::strcmp(peak, "classification") == 0)
            ok = runClassification();
        else if (std::strcmp(peak, "regression") == 0)
            ok = runRegression();
        else if (std::strcmp(peak, "detection") == 0)
            ok = !computeDetection(largeDetection()).perCategory.empty();
        rusage usage {};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("%s: %s, peak RSS %.1f MiB\n", peak, ok ? "ok" : "FAILED", usage.ru_maxrss / 1024.0);
        return ok ? 0 : 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

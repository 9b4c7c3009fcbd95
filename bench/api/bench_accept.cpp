// SPDX-License-Identifier: MIT
// ApiJobService::accept() throughput: N threads post Dify-shaped answers (question ~80
// characters, answer and ground truth ~300, three contexts of ~500, a request id each) to one
// service on a fresh data directory. Each accept returns only once its job is committed (group
// commit). Arg 0: scoring is off (accept alone); arg 1: the scoring loop runs at the same time,
// as under `evalbench serve`.
// Run: bench_accept --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "common/datadir.h"
#include "jobs/apijobservice.h"
#include "store/storereader.h"
#include "store/storewriter.h"

#include <atomic>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>
#include <random>

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThread>

using namespace evalbench;

namespace {

const char* const kWords[] = { "the", "tower", "was", "built", "in", "for", "world", "fair", "and", "is", "now", "one",
    "of", "most", "visited", "monuments", "paris", "france", "engineer", "gustave", "eiffel", "designed", "iron",
    "lattice", "structure", "height", "metres", "century", "visitors", "each", "year", "retrieval", "augmented",
    "generation", "model", "answers", "questions", "using", "documents", "context", "evaluation", "metrics" };

QString words(std::mt19937& rng, int chars)
{
    std::uniform_int_distribution<size_t> word(0, std::size(kWords) - 1);
    QString out;
    while (out.size() < chars) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += QLatin1String(kWords[word(rng)]);
    }
    return out;
}

ScoreRequest makeRequest(std::mt19937& rng)
{
    ScoreRequest request;
    request.sample.question = words(rng, 80) + QLatin1Char('?');
    request.sample.answer = words(rng, 300);
    request.sample.groundTruth = words(rng, 300);
    request.sample.contexts = QStringList { words(rng, 500), words(rng, 500), words(rng, 500) };
    return request; // default metrics, the daily inbox run
}

struct Engine
{
    QTemporaryDir dir;
    std::unique_ptr<DataDir> dataDir;
    std::unique_ptr<StoreWriter> writer;
    std::unique_ptr<ApiJobService> service;
    QThread events; // the service's thread: its signals are delivered there, as in the window
    std::atomic<qint64> accepted { 0 };
    std::atomic<qint64> failed { 0 };
};

Engine* g_engine = nullptr;

void setUp(const benchmark::State& state)
{
    g_engine = new Engine;
    g_engine->dataDir = std::make_unique<DataDir>(g_engine->dir.filePath(QStringLiteral("data")));
    g_engine->dataDir->ensureExists(nullptr);
    g_engine->writer = std::make_unique<StoreWriter>(g_engine->dataDir->databasePath());
    g_engine->service = std::make_unique<ApiJobService>(*g_engine->writer, *g_engine->dataDir);
    g_engine->events.start();
    g_engine->service->moveToThread(&g_engine->events);
    if (state.range(0) != 0)
        g_engine->service->start();
}

void tearDown(const benchmark::State& state)
{
    g_engine->service->stop();
    if (state.range(0) != 0) {
        const int queued = g_engine->service->queuedCount();
        std::fprintf(stderr, "  accepted %lld, failed %lld, still queued when stopped %d\n",
            static_cast<long long>(g_engine->accepted.load()), static_cast<long long>(g_engine->failed.load()), queued);
    }
    g_engine->events.quit();
    g_engine->events.wait();
    g_engine->service.reset();
    g_engine->writer.reset();
    delete g_engine;
    g_engine = nullptr;
}

void BM_Accept(benchmark::State& state)
{
    std::mt19937 rng(unsigned(state.thread_index()) + 1);
    std::vector<ScoreRequest> requests;
    for (int i = 0; i < 64; ++i)
        requests.push_back(makeRequest(rng));
    const QString prefix = QStringLiteral("bench-%1-%2-").arg(state.thread_index()).arg(rng());
    qint64 n = 0;
    for (auto _ : state) {
        ScoreRequest request = requests[size_t(n % qint64(requests.size()))];
        request.requestId = prefix + QString::number(n++);
        const auto result = g_engine->service->accept(request);
        if (std::holds_alternative<ApiAcceptance>(result))
            ++g_engine->accepted;
        else
            ++g_engine->failed;
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(BM_Accept)
    ->ArgName("scoring")
    ->Arg(0)
    ->Arg(1)
    ->Threads(1)
    ->Threads(8)
    ->UseRealTime()
    ->MinTime(2.0)
    ->Setup(setUp)
    ->Teardown(tearDown);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

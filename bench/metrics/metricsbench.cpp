// SPDX-License-Identifier: MIT
// Cost per sample of each offline metric and of all seven together, on
// generated RAG samples shaped like the 100,000-sample target run: answer and
// ground truth ~300 characters, 3 retrieved and 3 reference contexts of ~500
// characters; about one sample in five is Chinese.
// Run: bench_metrics --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include "metrics/metricregistry.h"

#include <benchmark/benchmark.h>
#include <random>
#include <vector>

using namespace evalbench;

namespace {

const char* const kWords[] = { "the", "tower", "was", "built", "in", "for", "world", "fair", "and", "is", "now", "one",
    "of", "most", "visited", "monuments", "paris", "france", "engineer", "gustave", "eiffel", "designed", "iron",
    "lattice", "structure", "height", "metres", "century", "visitors", "each", "year", "retrieval", "augmented",
    "generation", "model", "answers", "questions", "using", "documents", "context", "evaluation", "metrics", "score",
    "precision", "recall", "river", "city", "population", "museum", "history", "capital" };
const char16_t* const kHanzi = u"北京是中国的首都有三千多年历史城市人口约两千万位于华北平原故宫长城天安门广场博物馆文化"
                               u"经济政治中心交通发达大学科技创新旅游景点季节气候冬季寒冷夏季炎热";

QString english(std::mt19937& rng, int chars)
{
    QString out;
    std::uniform_int_distribution<size_t> word(0, std::size(kWords) - 1);
    while (out.size() < chars) {
        if (!out.isEmpty())
            out += (rng() % 12 == 0) ? QStringLiteral(". ")
                                     : (rng() % 9 == 0 ? QStringLiteral(", ") : QStringLiteral(" "));
        out += QString::fromLatin1(kWords[word(rng)]);
    }
    return out + QLatin1Char('.');
}

QString chinese(std::mt19937& rng, int chars)
{
    const QString pool = QString::fromUtf16(kHanzi);
    QString out;
    while (out.size() < chars) {
        out += pool.at(qsizetype(rng() % pool.size()));
        if (rng() % 15 == 0)
            out += QStringLiteral("，");
    }
    return out + QStringLiteral("。");
}

// A copy of `text` with some words (or characters) replaced: a paraphrase-like answer.
QString perturb(std::mt19937& rng, const QString& text, double rate, bool cjk)
{
    if (cjk) {
        QString out = text;
        for (qsizetype i = 0; i < out.size(); ++i)
            if (std::uniform_real_distribution<double>(0, 1)(rng) < rate)
                out[i] = QString::fromUtf16(kHanzi).at(qsizetype(rng() % 60));
        return out;
    }
    QStringList words = text.split(QLatin1Char(' '));
    for (QString& w : words)
        if (std::uniform_real_distribution<double>(0, 1)(rng) < rate)
            w = QString::fromLatin1(kWords[rng() % std::size(kWords)]);
    return words.join(QLatin1Char(' '));
}

std::vector<Sample> makeSamples(size_t count)
{
    std::mt19937 rng(42);
    std::vector<Sample> samples;
    samples.reserve(count);
    for (size_t i = 0; i < count; ++i) {
        const bool cjk = rng() % 5 == 0;
        const auto text = [&](int chars) { return cjk ? chinese(rng, chars / 3) : english(rng, chars); };
        Sample s;
        s.id = QString::number(i);
        s.question = QStringLiteral("What is it?");
        s.groundTruth = text(300);
        s.answer = perturb(rng, *s.groundTruth, 0.3, cjk);
        QStringList references { text(500), text(500), text(500) };
        QStringList contexts;
        for (int k = 0; k < 3; ++k) {
            const unsigned kind = rng() % 10;
            if (kind < 4)
                contexts.append(references[qsizetype(rng() % 3)]); // the gold passage itself
            else if (kind < 7)
                contexts.append(perturb(rng, references[qsizetype(rng() % 3)], 0.15, cjk)); // a near copy
            else
                contexts.append(text(500)); // an unrelated passage
        }
        s.contexts = contexts;
        s.referenceContexts = references;
        samples.push_back(std::move(s));
    }
    return samples;
}

const std::vector<Sample>& samples()
{
    static const std::vector<Sample> pool = makeSamples(2000);
    return pool;
}

void runMetrics(benchmark::State& state, const QStringList& ids, bool compat)
{
    std::vector<const Metric*> metrics;
    for (const QString& id : ids)
        metrics.push_back(MetricRegistry::builtin().find(id));
    MetricOptions options;
    options.ragasCompat = compat;
    const std::vector<Sample>& pool = samples();
    size_t i = 0;
    for (auto _ : state) {
        const Sample& sample = pool[i++ % pool.size()];
        for (const Metric* metric : metrics)
            benchmark::DoNotOptimize(scoreSample(*metric, sample, options));
    }
    state.SetItemsProcessed(int64_t(state.iterations()));
}

void registerAll()
{
    const QStringList ids = MetricRegistry::builtin().defaultOfflineMetrics();
    for (bool compat : { false, true }) {
        const std::string mode = compat ? "/ragas_compat" : "/default";
        for (const QString& id : ids)
            benchmark::RegisterBenchmark(("BM_Metric/" + id.toStdString() + mode).c_str(),
                [id, compat](benchmark::State& state) { runMetrics(state, { id }, compat); })
                ->Unit(benchmark::kMicrosecond);
        benchmark::RegisterBenchmark(("BM_AllSeven" + mode).c_str(), [ids, compat](benchmark::State& state) {
            runMetrics(state, ids, compat);
        })->Unit(benchmark::kMicrosecond);
    }
}

} // namespace

int main(int argc, char** argv)
{
    samples(); // generate outside the timed region
    registerAll();
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

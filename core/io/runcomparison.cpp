// SPDX-License-Identifier: MIT
#include "io/runcomparison.h"

#include "metrics/metricregistry.h"
#include "store/storereader.h"

#include <cmath>

namespace evalbench {

QString changeArrow(Change change)
{
    switch (change) {
    case Change::Improved:
        return QStringLiteral("▲");
    case Change::Regressed:
        return QStringLiteral("▼");
    case Change::Unchanged:
        return QStringLiteral("=");
    case Change::NotComparable:
        break;
    }
    return {};
}

namespace {

std::optional<double> meanOf(const RunRecord& run, const QString& metric)
{
    const auto it = run.summary.constFind(metric);
    if (it == run.summary.cend() || it->scored <= 0)
        return std::nullopt; // without one scored sample the mean is undefined, not 0
    return it->mean;
}

} // namespace

void ChangeCounts::add(Change change)
{
    switch (change) {
    case Change::Improved:
        ++improved;
        break;
    case Change::Regressed:
        ++regressed;
        break;
    case Change::Unchanged:
        ++unchanged;
        break;
    case Change::NotComparable:
        ++notComparable;
        break;
    }
}

int ChangeCounts::of(Change change) const
{
    switch (change) {
    case Change::Improved:
        return improved;
    case Change::Regressed:
        return regressed;
    case Change::Unchanged:
        return unchanged;
    case Change::NotComparable:
        return notComparable;
    }
    return 0;
}

bool RunComparison::higherIsBetter(const QString& metric)
{
    // Metrics the registry does not know (ML scorers, older runs) are read as scores.
    const Metric* found = MetricRegistry::builtin().find(metric);
    return !found || found->info().higherIsBetter;
}

Change RunComparison::classify(double baseline, double other, bool higherIsBetter)
{
    if (std::isnan(baseline) || std::isnan(other))
        return Change::NotComparable;
    const double delta = other - baseline;
    if (std::abs(delta) <= kEpsilon)
        return Change::Unchanged;
    return (delta > 0) == higherIsBetter ? Change::Improved : Change::Regressed;
}

QStringList RunComparison::metricsOf(const RunRecord& run)
{
    QStringList metrics = run.settings.metrics;
    for (auto it = run.summary.cbegin(); it != run.summary.cend(); ++it) {
        if (!metrics.contains(it.key()))
            metrics.append(it.key());
    }
    return metrics;
}

RunComparison RunComparison::compute(const RunScores& baseline, const QList<RunScores>& others)
{
    RunComparison result;
    result.baseline = baseline.run;
    result.metrics = baseline.metrics;
    for (const RunScores& other : others) {
        result.others.append(other.run);
        for (const QString& metric : other.metrics) {
            if (!result.metrics.contains(metric))
                result.metrics.append(metric);
        }
    }
    // Column of each comparison metric in a run's values, -1 when the run lacks it.
    const auto columns = [&result](const RunScores& scores) {
        QList<int> found;
        for (const QString& metric : std::as_const(result.metrics))
            found.append(int(scores.metrics.indexOf(metric)));
        return found;
    };
    const auto valueAt = [](const RunScores::Row& row, int column) {
        return column >= 0 && column < row.values.size() ? row.values.at(column) : std::nan("");
    };

    for (const QString& metric : std::as_const(result.metrics)) {
        MetricComparison row;
        row.metric = metric;
        row.higherIsBetter = higherIsBetter(metric);
        row.baselineMean = meanOf(baseline.run, metric);
        for (const RunScores& other : others) {
            MetricComparison::Against against;
            against.mean = meanOf(other.run, metric);
            if (row.baselineMean && against.mean) {
                against.delta = *against.mean - *row.baselineMean;
                against.change = classify(*row.baselineMean, *against.mean, row.higherIsBetter);
            }
            row.runs.append(against);
        }
        result.rows.append(row);
    }

    const QList<int> baselineColumns = columns(baseline);
    for (int run = 0; run < others.size(); ++run) {
        const RunScores& other = others.at(run);
        const SampleMatch match = SampleMatch::between(baseline, other);
        result.matches.append(match.info);
        const QList<int> otherColumns = columns(other);
        for (const auto& [baseRow, otherRow] : match.pairs) {
            const RunScores::Row& a = baseline.rows.at(baseRow);
            const RunScores::Row& b = other.rows.at(otherRow);
            for (int metric = 0; metric < result.metrics.size(); ++metric) {
                ComparisonItem item { run, metric, a.index, b.index, b.id, b.question,
                    valueAt(a, baselineColumns.at(metric)), valueAt(b, otherColumns.at(metric)), 0,
                    Change::NotComparable };
                item.change = classify(item.baselineValue, item.otherValue, result.rows.at(metric).higherIsBetter);
                item.delta = item.change == Change::NotComparable ? std::nan("") : item.otherValue - item.baselineValue;
                result.rows[metric].runs[run].samples.add(item.change);
                result.items.append(std::move(item));
            }
        }
    }
    return result;
}

std::optional<RunComparison> RunComparison::load(const StoreReader& reader, const QString& baselineId,
    const QStringList& otherIds, QString* error, const std::function<bool()>& cancelled)
{
    QList<RunRecord> runs;
    for (const QString& id : QStringList { baselineId } + otherIds) {
        std::optional<RunRecord> run = reader.run(id);
        if (!run) {
            if (error)
                *error = QStringLiteral("run \"%1\" is not in the database").arg(id);
            return std::nullopt;
        }
        runs.append(std::move(*run));
    }
    // Each run's scores are read for its own metrics only, so a metric one run lacks
    // stays "not comparable" instead of reading as missing values.
    const RunScores baseline = RunScores::read(reader, runs.first(), metricsOf(runs.first()), cancelled);
    QList<RunScores> others;
    for (qsizetype i = 1; i < runs.size(); ++i) {
        if (cancelled && cancelled())
            return std::nullopt;
        others.append(RunScores::read(reader, runs.at(i), metricsOf(runs.at(i)), cancelled));
    }
    return compute(baseline, others);
}

} // namespace evalbench

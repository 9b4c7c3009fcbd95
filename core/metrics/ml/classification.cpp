// SPDX-License-Identifier: MIT
#include "metrics/ml/classification.h"

#include "metrics/ml/numpysum.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace evalbench::ml {

std::optional<Average> parseAverage(std::string_view name)
{
    if (name == "macro")
        return Average::Macro;
    if (name == "micro")
        return Average::Micro;
    if (name == "weighted")
        return Average::Weighted;
    return std::nullopt;
}

std::string_view averageName(Average average)
{
    switch (average) {
    case Average::Macro:
        return "macro";
    case Average::Micro:
        return "micro";
    case Average::Weighted:
        return "weighted";
    }
    return "macro";
}

const AveragedScores& ClassificationReport::averaged(Average average) const
{
    switch (average) {
    case Average::Micro:
        return micro;
    case Average::Weighted:
        return weighted;
    case Average::Macro:
        break;
    }
    return macro;
}

namespace {

// sklearn's _prf_divide with zero_division="warn": an undefined ratio scores 0.0.
double ratio(std::int64_t num, std::int64_t den)
{
    return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den);
}

// sklearn 1.2: f = (1 + beta²)·p·r / (beta²·p + r) with a zero denominator replaced by 1,
// evaluated in this order so the last bit matches (micro F1 of the 1M case is 0.8035339999999999).
double fScore(double precision, double recall)
{
    double denom = precision + recall;
    if (denom == 0.0)
        denom = 1.0;
    return 2.0 * precision * recall / denom;
}

double npMean(const std::vector<ClassStats>& stats, double ClassStats::*field)
{
    const double sum = numpySum(stats.size(), [&](std::size_t i) { return stats[i].*field; });
    return sum / static_cast<double>(stats.size());
}

// np.average(x, weights=support): sum(x·w) / sum(w), both pairwise like numpy.
double npWeighted(const std::vector<ClassStats>& stats, double ClassStats::*field, double weightSum)
{
    const double sum =
        numpySum(stats.size(), [&](std::size_t i) { return stats[i].*field * static_cast<double>(stats[i].support); });
    return sum / weightSum;
}

} // namespace

ClassificationReport computeClassification(std::span<const std::int32_t> truth, std::span<const std::int32_t> pred,
    std::span<const std::string> labelNames, std::size_t confusionLimit)
{
    ClassificationReport report;
    const std::size_t n = std::min(truth.size(), pred.size());
    report.sampleCount = static_cast<std::int64_t>(n);
    const std::size_t names = labelNames.size();

    // Count per interned label first; only labels that occur take part (sklearn's unique_labels).
    std::vector<std::int64_t> trueCount(names, 0), predCount(names, 0), tpCount(names, 0);
    std::int64_t correct = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto t = static_cast<std::size_t>(truth[i]);
        const auto p = static_cast<std::size_t>(pred[i]);
        ++trueCount[t];
        ++predCount[p];
        if (t == p) {
            ++tpCount[t];
            ++correct;
        }
    }
    std::vector<std::int32_t> present;
    for (std::size_t l = 0; l < names; ++l) {
        if (trueCount[l] > 0 || predCount[l] > 0)
            present.push_back(static_cast<std::int32_t>(l));
    }
    std::sort(present.begin(), present.end(), [&](std::int32_t a, std::int32_t b) {
        return labelNames[static_cast<std::size_t>(a)] < labelNames[static_cast<std::size_t>(b)];
    });
    const std::size_t k = present.size();

    report.correct = correct;
    report.accuracy =
        n == 0 ? std::numeric_limits<double>::quiet_NaN() : static_cast<double>(correct) / static_cast<double>(n);
    std::int64_t tpSum = 0, predSum = 0, trueSum = 0;
    report.perClass.reserve(k);
    for (std::int32_t l : present) {
        const auto li = static_cast<std::size_t>(l);
        ClassStats s;
        s.label = labelNames[li];
        s.tp = tpCount[li];
        s.fp = predCount[li] - tpCount[li];
        s.fn = trueCount[li] - tpCount[li];
        s.support = trueCount[li];
        s.precision = ratio(s.tp, predCount[li]);
        s.recall = ratio(s.tp, trueCount[li]);
        s.f1 = fScore(s.precision, s.recall);
        tpSum += s.tp;
        predSum += predCount[li];
        trueSum += trueCount[li];
        report.perClass.push_back(std::move(s));
    }
    if (k == 0) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        report.macro = report.micro = report.weighted = { nan, nan, nan };
        return report;
    }

    report.macro = { npMean(report.perClass, &ClassStats::precision), npMean(report.perClass, &ClassStats::recall),
        npMean(report.perClass, &ClassStats::f1) };
    const double microP = ratio(tpSum, predSum);
    const double microR = ratio(tpSum, trueSum);
    report.micro = { microP, microR, fScore(microP, microR) };
    if (trueSum == 0) {
        report.weighted = { 0.0, 0.0, 0.0 }; // sklearn's zero_division result for weights summing to 0
    } else {
        const double w = static_cast<double>(trueSum);
        report.weighted = { npWeighted(report.perClass, &ClassStats::precision, w),
            npWeighted(report.perClass, &ClassStats::recall, w), npWeighted(report.perClass, &ClassStats::f1, w) };
    }

    if (k <= confusionLimit) {
        std::vector<std::int32_t> position(names, -1);
        for (std::size_t i = 0; i < k; ++i)
            position[static_cast<std::size_t>(present[i])] = static_cast<std::int32_t>(i);
        report.confusion.assign(k * k, 0);
        for (std::size_t i = 0; i < n; ++i) {
            const auto r = static_cast<std::size_t>(position[static_cast<std::size_t>(truth[i])]);
            const auto c = static_cast<std::size_t>(position[static_cast<std::size_t>(pred[i])]);
            ++report.confusion[r * k + c];
        }
    }
    return report;
}

ClassificationReport computeClassification(
    std::span<const std::string> truth, std::span<const std::string> pred, std::size_t confusionLimit)
{
    std::unordered_map<std::string_view, std::int32_t> ids;
    std::vector<std::string> names;
    auto intern = [&](const std::string& label) {
        auto [it, inserted] = ids.try_emplace(label, static_cast<std::int32_t>(names.size()));
        if (inserted)
            names.push_back(label);
        return it->second;
    };
    const std::size_t n = std::min(truth.size(), pred.size());
    std::vector<std::int32_t> t(n), p(n);
    for (std::size_t i = 0; i < n; ++i) {
        t[i] = intern(truth[i]);
        p[i] = intern(pred[i]);
    }
    return computeClassification(t, p, names, confusionLimit);
}

} // namespace evalbench::ml

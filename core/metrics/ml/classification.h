// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace evalbench::ml {

// Which average the headline F1 (param `average`) reports.
enum class Average
{
    Macro,
    Micro,
    Weighted
};

std::optional<Average> parseAverage(std::string_view name); // "macro" | "micro" | "weighted"
std::string_view averageName(Average average);

struct ClassStats
{
    std::string label;
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
    std::int64_t support = 0; // number of true samples (tp + fn)
    std::int64_t tp = 0;
    std::int64_t fp = 0;
    std::int64_t fn = 0;
};

struct AveragedScores
{
    double precision = 0.0;
    double recall = 0.0;
    double f1 = 0.0;
};

// Everything sklearn's accuracy_score, precision_recall_fscore_support (zero_division="warn",
// which scores 0.0) and confusion_matrix report, with labels in sorted order.
struct ClassificationReport
{
    std::int64_t sampleCount = 0;
    std::int64_t correct = 0;
    double accuracy = 0.0;
    std::vector<ClassStats> perClass; // sorted union of true and predicted labels (byte order)
    AveragedScores macro;
    AveragedScores micro;
    AveragedScores weighted;
    // Row-major, rows = true label, columns = predicted label, perClass order. Empty when the
    // label count exceeds the confusionLimit given to the computation (K² would not fit).
    std::vector<std::int64_t> confusion;
    bool hasConfusion() const { return !confusion.empty() || perClass.empty(); }
    std::int64_t confusionAt(std::size_t trueIndex, std::size_t predIndex) const
    {
        return confusion[trueIndex * perClass.size() + predIndex];
    }
    const AveragedScores& averaged(Average average) const;
};

inline constexpr std::size_t kDefaultConfusionLimit = 2000;

// truth[i] and pred[i] index labelNames (interned labels, any order, duplicates not allowed).
// Both spans have the same length. An empty input gives a report with NaN scores.
ClassificationReport computeClassification(std::span<const std::int32_t> truth, std::span<const std::int32_t> pred,
    std::span<const std::string> labelNames, std::size_t confusionLimit = kDefaultConfusionLimit);

// Convenience for callers that hold plain label strings.
ClassificationReport computeClassification(std::span<const std::string> truth, std::span<const std::string> pred,
    std::size_t confusionLimit = kDefaultConfusionLimit);

} // namespace evalbench::ml

// SPDX-License-Identifier: MIT
#pragma once

#include "io/labelcsvresult.h"

#include <cstdint>
#include <string>
#include <vector>

#include <QString>

namespace evalbench::ml {

// Classification inputs joined on id, in gt row order, with labels interned to small ints.
struct LabelPairs
{
    // index → label text, in order of first appearance in gt.csv, then pred.csv. It may name labels
    // that only pred rows left out of the join carry; no metric counts those (they never occur).
    std::vector<std::string> labelNames;
    std::vector<std::int32_t> truth;
    std::vector<std::int32_t> pred;
};

// Regression inputs joined on id, in gt row order.
struct ValuePairs
{
    std::vector<double> truth;
    std::vector<double> pred;
};

struct TwoColumnCsv;

// The value column of an `id,value` file as numbers; a value that is not a finite number is a
// PARSE_ERROR naming the file and line.
Loaded<std::vector<double>> parseValueColumn(const TwoColumnCsv& csv);

// gt.csv / pred.csv with header `id,label`.
Loaded<LabelPairs> loadClassificationCsv(const QString& gtPath, const QString& predPath);
// gt.csv / pred.csv with header `id,value`; a value that is not a finite number is a PARSE_ERROR.
Loaded<ValuePairs> loadRegressionCsv(const QString& gtPath, const QString& predPath);

} // namespace evalbench::ml

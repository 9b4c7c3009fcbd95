// SPDX-License-Identifier: MIT
#include "io/labelcsvfastpath.h"
#include "io/labelcsvjoin.h"
#include "io/labelcsvparser.h"
#include "io/labelinterner.h"
#include "mltestdata.h"

#include <gtest/gtest.h>

using namespace evalbench::ml;
using evalbench::ml::test::mlData;

namespace {

QString err(const char* name)
{
    return mlData(QStringLiteral("errors/") + QLatin1String(name));
}

// The general loader's steps, spelled out: read both files, join on id, number the labels in
// order of first appearance in gt.csv, then in pred.csv.
LabelPairs generalClassification(const QString& gtPath, const QString& predPath)
{
    const auto gt = readTwoColumnCsv(gtPath, "label");
    const auto pred = readTwoColumnCsv(predPath, "label");
    const auto join = joinById(*gt.value, *pred.value);
    LabelInterner labels;
    LabelPairs out;
    for (std::string_view label : gt.value->values)
        out.truth.push_back(labels.intern(label));
    std::vector<std::int32_t> predCodes;
    for (std::string_view label : pred.value->values)
        predCodes.push_back(labels.intern(label));
    for (std::uint32_t row : *join.value)
        out.pred.push_back(predCodes[row]);
    out.labelNames = labels.names();
    return out;
}

} // namespace

// Where the fast path takes a pair, it gives what the general loader gives: the same join, the
// same label numbering and the same doubles, bit for bit.
TEST(MlCsvFastPath, MatchesTheGeneralLoader)
{
    const QString gt = mlData(QStringLiteral("classification/small/gt.csv"));
    const QString pred = mlData(QStringLiteral("classification/small/pred.csv"));
    const auto fast = loadClassificationFast(gt, pred);
    ASSERT_TRUE(fast.has_value());
    const LabelPairs general = generalClassification(gt, pred);
    EXPECT_EQ(fast->labelNames, general.labelNames);
    EXPECT_EQ(fast->truth, general.truth);
    EXPECT_EQ(fast->pred, general.pred);

    const QString gtValues = mlData(QStringLiteral("regression/small/gt.csv"));
    const QString predValues = mlData(QStringLiteral("regression/small/pred.csv"));
    const auto fastValues = loadRegressionFast(gtValues, predValues);
    ASSERT_TRUE(fastValues.has_value());
    const auto g = readTwoColumnCsv(gtValues, "value");
    const auto p = readTwoColumnCsv(predValues, "value");
    const auto gv = parseValueColumn(*g.value);
    const auto pv = parseValueColumn(*p.value);
    const auto join = joinById(*g.value, *p.value);
    ASSERT_EQ(fastValues->pred.size(), join.value->size());
    EXPECT_EQ(fastValues->truth, *gv.value);
    for (std::size_t r = 0; r < join.value->size(); ++r)
        EXPECT_EQ(fastValues->pred[r], (*pv.value)[(*join.value)[r]]) << "row " << r;
}

// Anything unusual is the general loader's to read or to report.
TEST(MlCsvFastPath, LeavesUnusualPairsToTheGeneralLoader)
{
    EXPECT_FALSE(loadClassificationFast(err("bom_crlf_gt.csv"), err("string_ids_pred.csv"))); // BOM, text ids
    EXPECT_FALSE(loadClassificationFast(err("dup_gt.csv"), err("ok_pred.csv"))); // repeated ids
    EXPECT_FALSE(loadClassificationFast(err("gt_11.csv"), err("pred_partial.csv"))); // missing and extra ids
    EXPECT_FALSE(loadClassificationFast(err("extra_column.csv"), err("ok_pred.csv")));
    EXPECT_FALSE(loadClassificationFast(err("bad_header.csv"), err("ok_pred.csv")));
    EXPECT_FALSE(loadClassificationFast(err("does_not_exist.csv"), err("ok_pred.csv")));
    EXPECT_FALSE(loadRegressionFast(err("ok_value.csv"), err("ok_value.csv"))); // 7e-1: from_chars' business
    EXPECT_FALSE(loadRegressionFast(err("ok_value.csv"), err("bad_value.csv")));
    EXPECT_FALSE(loadRegressionFast(err("ok_pred.csv"), err("ok_pred.csv"))); // labels are not values
}

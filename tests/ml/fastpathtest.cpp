// SPDX-License-Identifier: MIT
#include "io/denseidmatch.h"
#include "io/integerids.h"
#include "io/labelcsvfastpath.h"
#include "io/labelcsvjoin.h"
#include "io/labelcsvparser.h"
#include "io/labelinterner.h"
#include "mltestdata.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

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

// The bitmap match and the sorted match agree on what is one to one, and on the pairing.
TEST(MlCsvFastPath, DenseIdMatch)
{
    using Keys = std::vector<std::uint64_t>;
    std::vector<std::uint32_t> rows;
    ASSERT_EQ(matchDenseIds(Keys { 7, 3, 0, 64, 65 }, Keys { 65, 0, 7, 64, 3 }, rows), IdMatch::OneToOne);
    EXPECT_EQ(rows, (std::vector<std::uint32_t> { 2, 4, 1, 3, 0 }));
    const auto sorted = IntegerIds::matchOneToOne(
        *IntegerIds::fromKeys(Keys { 7, 3, 0, 64, 65 }), *IntegerIds::fromKeys(Keys { 65, 0, 7, 64, 3 }));
    ASSERT_TRUE(sorted.has_value());
    EXPECT_EQ(*sorted, rows);

    EXPECT_EQ(matchDenseIds(Keys { 1, 2, 2 }, Keys { 1, 2, 3 }, rows), IdMatch::NotOneToOne); // repeated in gt
    EXPECT_EQ(matchDenseIds(Keys { 1, 2, 3 }, Keys { 1, 2, 2 }, rows), IdMatch::NotOneToOne); // repeated in pred
    EXPECT_EQ(matchDenseIds(Keys { 1, 2, 3 }, Keys { 1, 2, 4 }, rows), IdMatch::NotOneToOne); // 4 is not a gt id
    EXPECT_EQ(matchDenseIds(Keys { 1, 2, 3 }, Keys { 1, 2, 300 }, rows), IdMatch::NotOneToOne); // past the bitmap
    EXPECT_EQ(matchDenseIds(Keys { 1, 2 }, Keys { 1, 2, 3 }, rows), IdMatch::NotOneToOne);
    EXPECT_EQ(matchDenseIds(Keys { 1, 1000 }, Keys { 1000, 1 }, rows), IdMatch::TooSparse);
    EXPECT_FALSE(
        IntegerIds::matchOneToOne(*IntegerIds::fromKeys(Keys { 1, 2, 2 }), *IntegerIds::fromKeys(Keys { 1, 2, 3 })));
}

// Ids too spread out for the bitmap are sorted instead, with the same pairing.
TEST(MlCsvFastPath, SparseIdsAreSorted)
{
    QTemporaryDir dir;
    auto write = [&](const char* name, const char* text) {
        QFile f(dir.filePath(QLatin1String(name)));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
        return f.fileName();
    };
    const QString gt = write("gt.csv", "id,value\n1000000000000,1.5\n7,-2\r\n\n");
    const QString pred = write("pred.csv", "id,value\n7,0.25\n1000000000000,3\n");
    const auto fast = loadRegressionFast(gt, pred);
    ASSERT_TRUE(fast.has_value());
    EXPECT_EQ(fast->truth, (std::vector<double> { 1.5, -2.0 }));
    EXPECT_EQ(fast->pred, (std::vector<double> { 3.0, 0.25 }));
}

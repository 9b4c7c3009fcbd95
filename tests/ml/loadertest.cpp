// SPDX-License-Identifier: MIT
#include "io/labelcsvloader.h"
#include "mltestdata.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace evalbench::ml;
using evalbench::ErrorCode;
using evalbench::ml::test::mlData;

namespace {

QString err(const char* name)
{
    return mlData(QStringLiteral("errors/") + QLatin1String(name));
}

} // namespace

TEST(MlCsvLoader, JoinsOnIdInGtOrder)
{
    const auto r = loadRegressionCsv(err("ok_value.csv"), err("ok_value.csv"));
    ASSERT_TRUE(r.ok()) << r.error.message.toStdString();
    EXPECT_EQ(r.value->truth, (std::vector<double> { 2.0, 1.5, 0.7 }));
    EXPECT_EQ(r.value->pred, r.value->truth);

    // Shuffled pred rows end up next to their gt rows.
    const auto c = loadClassificationCsv(
        mlData(QStringLiteral("classification/small/gt.csv")), mlData(QStringLiteral("classification/small/pred.csv")));
    ASSERT_TRUE(c.ok());
    EXPECT_EQ(c.value->truth.size(), 50u);
    EXPECT_EQ(c.value->labelNames[static_cast<std::size_t>(c.value->truth[0])], "truck"); // gt.csv row 1: 69,truck
}

TEST(MlCsvLoader, StringIdsBomAndCrlf)
{
    const auto r = loadClassificationCsv(err("bom_crlf_gt.csv"), err("string_ids_pred.csv"));
    ASSERT_TRUE(r.ok()) << r.error.message.toStdString();
    ASSERT_EQ(r.value->truth.size(), 2u);
    const auto& names = r.value->labelNames;
    EXPECT_EQ(names[static_cast<std::size_t>(r.value->truth[0])], "cat"); // no '\r' left in the label
    EXPECT_EQ(names[static_cast<std::size_t>(r.value->pred[0])], "dog");
    EXPECT_EQ(names[static_cast<std::size_t>(r.value->pred[1])], "dog");
}

TEST(MlCsvLoader, DuplicateIdsAreReported)
{
    const auto r = loadClassificationCsv(err("dup_gt.csv"), err("ok_pred.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.code, ErrorCode::BadFormat);
    EXPECT_EQ(r.error.message, QStringLiteral("2 repeated ids in errors/dup_gt.csv; first: 2, 7"));
    EXPECT_EQ(r.error.details.value(QLatin1String("duplicate_count")).toInteger(), 2);
}

TEST(MlCsvLoader, MissingIdsAreCountedWithTheFirstIds)
{
    const auto r = loadClassificationCsv(err("gt_11.csv"), err("pred_partial.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.code, ErrorCode::Mismatch);
    EXPECT_EQ(r.error.message,
        QStringLiteral("9 ids in errors/gt_11.csv have no prediction in errors/pred_partial.csv; first: 2, 4, 5, 6, 7; "
                       "1 ids in errors/pred_partial.csv are not in errors/gt_11.csv; first: 99"));
    EXPECT_EQ(r.error.details.value(QLatin1String("missing_in_pred_count")).toInteger(), 9);
    EXPECT_EQ(r.error.details.value(QLatin1String("missing_in_pred_first_ids")).toArray().size(), 5);
    EXPECT_EQ(r.error.stage, QStringLiteral("validation"));
}

TEST(MlCsvLoader, BadHeader)
{
    const auto r = loadClassificationCsv(err("bad_header.csv"), err("ok_pred.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.code, ErrorCode::BadFormat);
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("\"id,label\""))) << r.error.message.toStdString();
    // A classification file is not a regression file.
    const auto wrongKind = loadRegressionCsv(err("ok_pred.csv"), err("ok_pred.csv"));
    ASSERT_FALSE(wrongKind.ok());
    EXPECT_EQ(wrongKind.error.code, ErrorCode::BadFormat);
}

TEST(MlCsvLoader, NonNumericValue)
{
    const auto r = loadRegressionCsv(err("ok_value.csv"), err("bad_value.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.code, ErrorCode::ParseError);
    EXPECT_EQ(r.error.message, QStringLiteral("errors/bad_value.csv line 3: value \"abc\" is not a finite number"));
}

TEST(MlCsvLoader, ExtraColumn)
{
    const auto r = loadClassificationCsv(err("extra_column.csv"), err("ok_pred.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.code, ErrorCode::ParseError);
    EXPECT_TRUE(r.error.message.startsWith(QStringLiteral("errors/extra_column.csv line 3:")))
        << r.error.message.toStdString();
}

TEST(MlCsvLoader, MissingFile)
{
    const auto r = loadClassificationCsv(err("does_not_exist.csv"), err("ok_pred.csv"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.code, ErrorCode::MissingFile);
    const auto p = loadRegressionCsv(err("ok_value.csv"), err("does_not_exist.csv"));
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.error.code, ErrorCode::MissingFile);
}

// SPDX-License-Identifier: MIT
#include "metrics/ml/classification.h"

#include "io/labelcsvloader.h"
#include "mltestdata.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace evalbench::ml;
using evalbench::ml::test::expectedJson;
using evalbench::ml::test::mlData;
using evalbench::ml::test::num;

namespace {

constexpr double kTol = 1e-9;

ClassificationReport loadAndCompute(const QString& dir)
{
    const auto loaded =
        loadClassificationCsv(mlData(dir + QStringLiteral("/gt.csv")), mlData(dir + QStringLiteral("/pred.csv")));
    EXPECT_TRUE(loaded.ok()) << loaded.error.message.toStdString();
    if (!loaded.ok())
        return {};
    return computeClassification(loaded.value->truth, loaded.value->pred, loaded.value->labelNames);
}

void expectMatchesSklearn(const QString& dir, bool withCounts)
{
    const QJsonObject e = expectedJson(dir);
    ASSERT_FALSE(e.isEmpty()) << dir.toStdString();
    const ClassificationReport r = loadAndCompute(dir);
    EXPECT_EQ(r.sampleCount, e.value(QLatin1String("n")).toInteger());
    EXPECT_NEAR(r.accuracy, num(e, "accuracy"), kTol);
    EXPECT_NEAR(r.macro.precision, num(e, "precision_macro"), kTol);
    EXPECT_NEAR(r.macro.recall, num(e, "recall_macro"), kTol);
    EXPECT_NEAR(r.macro.f1, num(e, "f1_macro"), kTol);
    EXPECT_NEAR(r.micro.precision, num(e, "precision_micro"), kTol);
    EXPECT_NEAR(r.micro.recall, num(e, "recall_micro"), kTol);
    EXPECT_NEAR(r.micro.f1, num(e, "f1_micro"), kTol);
    EXPECT_NEAR(r.weighted.precision, num(e, "precision_weighted"), kTol);
    EXPECT_NEAR(r.weighted.recall, num(e, "recall_weighted"), kTol);
    EXPECT_NEAR(r.weighted.f1, num(e, "f1_weighted"), kTol);

    const QJsonArray labels = e.value(QLatin1String("labels")).toArray();
    ASSERT_EQ(r.perClass.size(), static_cast<std::size_t>(labels.size()));
    const QJsonObject perClass = e.value(QLatin1String("per_class")).toObject();
    for (std::size_t i = 0; i < r.perClass.size(); ++i) {
        const ClassStats& s = r.perClass[i];
        EXPECT_EQ(s.label, labels[static_cast<qsizetype>(i)].toString().toStdString());
        const QJsonObject c = perClass.value(QString::fromStdString(s.label)).toObject();
        EXPECT_NEAR(s.precision, num(c, "precision"), kTol) << s.label;
        EXPECT_NEAR(s.recall, num(c, "recall"), kTol) << s.label;
        EXPECT_NEAR(s.f1, num(c, "f1"), kTol) << s.label;
        EXPECT_EQ(s.support, c.value(QLatin1String("support")).toInteger()) << s.label;
        if (withCounts) {
            EXPECT_EQ(s.tp, c.value(QLatin1String("tp")).toInteger()) << s.label;
            EXPECT_EQ(s.fp, c.value(QLatin1String("fp")).toInteger()) << s.label;
            EXPECT_EQ(s.fn, c.value(QLatin1String("fn")).toInteger()) << s.label;
        }
    }
    const QJsonArray matrix =
        e.value(QLatin1String("confusion_matrix")).toObject().value(QLatin1String("matrix")).toArray();
    ASSERT_TRUE(r.hasConfusion());
    ASSERT_EQ(static_cast<std::size_t>(matrix.size()), r.perClass.size());
    for (std::size_t row = 0; row < r.perClass.size(); ++row) {
        const QJsonArray cols = matrix[static_cast<qsizetype>(row)].toArray();
        for (std::size_t col = 0; col < r.perClass.size(); ++col)
            EXPECT_EQ(r.confusionAt(row, col), cols[static_cast<qsizetype>(col)].toInteger()) << row << "," << col;
    }
}

} // namespace

TEST(MlClassification, SmallMatchesSklearn)
{
    expectMatchesSklearn(QStringLiteral("classification/small"), true);
}

TEST(MlClassification, ZeroDivisionMatchesSklearn)
{
    expectMatchesSklearn(QStringLiteral("classification/edge_zero_division"), true);
}

TEST(MlClassification, ManyLabelsWithPredictionOnlyLabelsMatchesSklearn)
{
    expectMatchesSklearn(QStringLiteral("extra/classification/many_labels"), false);
}

TEST(MlClassification, ZeroDivisionLabelsScoreZero)
{
    const ClassificationReport r = loadAndCompute(QStringLiteral("classification/edge_zero_division"));
    for (const ClassStats& s : r.perClass) {
        if (s.label == "dog") {
            EXPECT_EQ(s.precision, 0.0); // never predicted
            EXPECT_EQ(s.f1, 0.0);
        }
        if (s.label == "fox") {
            EXPECT_EQ(s.support, 0); // only predicted: present with support 0
            EXPECT_EQ(s.recall, 0.0);
        }
    }
    EXPECT_EQ(r.perClass.size(), 5u);
}

TEST(MlClassification, MicroF1KeepsSklearnRounding)
{
    // 0.803534 = 803534/1e6 exactly, but sklearn computes 2pr/(p+r) and gets 0.8035339999999999;
    // the same formula must give the same bits.
    std::vector<std::int32_t> truth(1000000, 0), pred(1000000, 0);
    for (int i = 0; i < 1000000 - 803534; ++i)
        pred[static_cast<std::size_t>(i)] = 1;
    const std::vector<std::string> names { "a", "b" };
    const ClassificationReport r = computeClassification(truth, pred, names);
    EXPECT_EQ(r.micro.f1, 0.8035339999999999);
    EXPECT_EQ(r.accuracy, 0.803534);
}

TEST(MlClassification, StringOverloadAndAverageParam)
{
    const std::vector<std::string> t { "b", "a", "a", "c" };
    const std::vector<std::string> p { "b", "a", "c", "c" };
    const ClassificationReport r =
        computeClassification(std::span<const std::string>(t), std::span<const std::string>(p));
    ASSERT_EQ(r.perClass.size(), 3u);
    EXPECT_EQ(r.perClass[0].label, "a");
    EXPECT_DOUBLE_EQ(r.accuracy, 0.75);
    EXPECT_EQ(parseAverage("weighted"), Average::Weighted);
    EXPECT_FALSE(parseAverage("samples").has_value());
    EXPECT_EQ(&r.averaged(Average::Micro), &r.micro);
    EXPECT_EQ(&r.averaged(Average::Macro), &r.macro);
}

// SPDX-License-Identifier: MIT
#include "mltestresults.h"

#include "metrics/ml/classification.h"
#include "metrics/ml/detectionmetrics.h"
#include "metrics/ml/regression.h"
#include "workspace/builtinscorers.h"
#include "workspace/workspacelayout.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

namespace evalbench::test {

QJsonObject resultJson(
    const MlResultParts& parts, const QString& scorer, const QString& primaryMetric, bool higherIsBetter)
{
    const QJsonValue score = parts.metrics.value(primaryMetric);
    return QJsonObject {
        { QStringLiteral("summary"),
            QJsonObject { { QStringLiteral("score"), score }, { QStringLiteral("primary_metric"), primaryMetric },
                { primaryMetric, score }, { QStringLiteral("higher_is_better"), higherIsBetter } } },
        { QStringLiteral("metrics"), parts.metrics },
        { QStringLiteral("details"), parts.details },
        { QStringLiteral("versioning"),
            QJsonObject { { QStringLiteral("scorer"), scorer }, { QStringLiteral("version"), QStringLiteral("1.0.0") },
                { QStringLiteral("engine"), QStringLiteral("evalbench test") } } },
    };
}

QJsonObject handmadeClassification(std::size_t confusionLimit)
{
    const std::vector<std::string> truth { "cat", "cat", "cat", "cat", "dog", "dog", "dog", "bird", "bird", "bird" };
    const std::vector<std::string> pred { "cat", "cat", "cat", "cat", "dog", "dog", "bird", "bird", "bird", "cat" };
    return resultJson(MlResultJson::classification(ml::computeClassification(truth, pred, confusionLimit)),
        QStringLiteral("classification_f1"), QStringLiteral("f1_macro"));
}

QJsonObject manyLabelsClassification(int labels)
{
    std::vector<std::string> truth;
    for (int i = 0; i < labels; ++i)
        truth.push_back("label" + std::to_string(i));
    return resultJson(MlResultJson::classification(ml::computeClassification(truth, truth)),
        QStringLiteral("classification_accuracy"), QStringLiteral("accuracy"));
}

QJsonObject oneSampleRegression()
{
    const std::vector<double> truth { 2.0 };
    const std::vector<double> pred { 2.5 };
    return resultJson(MlResultJson::regression(ml::computeRegression(truth, pred)), QStringLiteral("regression_rmse"),
        QStringLiteral("rmse"), false);
}

QJsonObject handmadeRegression()
{
    const std::vector<double> truth { 1.0, 2.0, 3.0, 4.0, 5.0 };
    const std::vector<double> pred { 1.1, 1.9, 3.4, 3.6, 5.2 };
    return resultJson(MlResultJson::regression(ml::computeRegression(truth, pred)), QStringLiteral("regression_rmse"),
        QStringLiteral("rmse"), false);
}

QJsonObject handmadeDetection()
{
    ml::DetectionDataset data;
    data.imageIds = { 1, 2 };
    data.categories = { { 1, "cat" }, { 2, "dog" }, { 3, "bird" } };
    data.groundTruth = {
        { 1, 1, 1, { 10, 10, 20, 20 }, 400, false },
        { 2, 1, 2, { 50, 50, 25, 25 }, 625, false },
        { 3, 2, 1, { 5, 5, 30, 30 }, 900, false },
    };
    data.detections = {
        { 1, 1, { 10, 10, 20, 20 }, 0.9 },
        { 1, 2, { 52, 51, 25, 25 }, 0.8 },
        { 2, 1, { 8, 7, 30, 30 }, 0.7 },
        { 2, 1, { 200, 200, 20, 20 }, 0.6 },
        { 1, 3, { 100, 100, 10, 10 }, 0.5 },
    };
    return resultJson(
        MlResultJson::detection(ml::computeDetection(data)), QStringLiteral("detection_map"), QStringLiteral("AP"));
}

QJsonObject scoreTestCase(const QString& scorerId, const QString& caseDir, const QString& gtName,
    const QString& predName, const QJsonObject& params)
{
    QTemporaryDir dir;
    EXPECT_TRUE(dir.isValid());
    const WorkspaceLayout workspace(dir.path());
    QDir().mkpath(workspace.inputDir());
    QDir().mkpath(workspace.outputDir());
    const QString source = QStringLiteral(EVALBENCH_TEST_DATA_DIR "/ml/") + caseDir + QLatin1Char('/');
    const QString extension = QFileInfo(gtName).suffix();
    EXPECT_TRUE(QFile::copy(source + gtName, workspace.inputDir() + QStringLiteral("/gt.") + extension));
    EXPECT_TRUE(QFile::copy(source + predName, workspace.outputDir() + QStringLiteral("/pred.") + extension));
    const ScorerInfo* scorer = findBuiltinScorer(scorerId);
    EXPECT_NE(scorer, nullptr);
    if (!scorer)
        return {};
    const ScorerOutcome outcome = runBuiltinScorer(*scorer, workspace, params);
    EXPECT_TRUE(outcome.ok()) << outcome.error.message.toStdString();
    return outcome.result.value_or(QJsonObject {});
}

} // namespace evalbench::test

// SPDX-License-Identifier: MIT
// `evalbench score` without the database: output/result.json is written on success and on
// failure (the error envelope with its stage and every problem).
#include "testworkspace.h"
#include "workspace/scorercatalog.h"
#include "workspace/workspacelayout.h"
#include "workspace/workspacescorer.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace evalbench;

namespace {

class ScoreWorkspace : public ::testing::Test
{
protected:
    WorkspaceScore score(const QString& scorer = {}, const QJsonObject& params = {})
    {
        return WorkspaceScorer::score(WorkspaceLayout(m_ws.root()), m_catalog, scorer, params);
    }
    TestWorkspace m_ws;
    QTemporaryDir m_scorers;
    ScorerCatalog m_catalog { m_scorers.path() };
};

} // namespace

TEST_F(ScoreWorkspace, WritesResultJson)
{
    m_ws.fromCase(QStringLiteral("classification/small"), QStringLiteral("classification_f1"),
        { { QStringLiteral("average"), QStringLiteral("micro") } });
    const WorkspaceScore s = score();
    ASSERT_TRUE(s.outcome.ok()) << s.outcome.error.message.toStdString();
    EXPECT_TRUE(s.writeError.isEmpty());
    const QJsonObject file = m_ws.readJson(QStringLiteral("output/result.json"));
    EXPECT_EQ(file, *s.outcome.result);
    EXPECT_DOUBLE_EQ(file.value(QStringLiteral("summary")).toObject().value(QStringLiteral("score")).toDouble(), 0.72);
    const QJsonObject versioning = file.value(QStringLiteral("versioning")).toObject();
    EXPECT_EQ(versioning.value(QStringLiteral("scorer")).toString(), QStringLiteral("classification_f1"));
    EXPECT_FALSE(versioning.value(QStringLiteral("version")).toString().isEmpty());
    for (const char* key : { "load_ms", "compute_ms", "total_ms" })
        EXPECT_TRUE(file.value(QStringLiteral("timing")).toObject().value(QLatin1String(key)).isDouble()) << key;
}

TEST_F(ScoreWorkspace, OverridesWinOverMetaJson)
{
    m_ws.fromCase(QStringLiteral("classification/small"), QStringLiteral("classification_f1"),
        { { QStringLiteral("average"), QStringLiteral("micro") } });
    const WorkspaceScore s =
        score(QStringLiteral("classification_f1"), { { QStringLiteral("average"), QStringLiteral("macro") } });
    ASSERT_TRUE(s.outcome.ok());
    EXPECT_EQ(s.outcome.result->value(QStringLiteral("summary"))
                  .toObject()
                  .value(QStringLiteral("primary_metric"))
                  .toString(),
        QStringLiteral("f1_macro"));
    const WorkspaceScore accuracy = score(QStringLiteral("classification_accuracy"));
    ASSERT_TRUE(accuracy.outcome.ok());
    EXPECT_EQ(accuracy.scorer->id, QStringLiteral("classification_accuracy"));
}

TEST_F(ScoreWorkspace, FailureWritesTheErrorEnvelopeWithEveryProblem)
{
    m_ws.writeMeta({ { QStringLiteral("scorer"), QStringLiteral("classification_f1") } });
    m_ws.write(QStringLiteral("input/gt.csv"), "id,lbl\n1,a\n");
    m_ws.write(QStringLiteral("output/pred.csv"), "id,label\n1,a\n1,b\n");
    const WorkspaceScore s = score();
    ASSERT_FALSE(s.outcome.ok());
    EXPECT_EQ(s.outcome.error.stage, QStringLiteral("validation"));
    const QJsonObject file = m_ws.readJson(QStringLiteral("output/result.json"));
    EXPECT_EQ(file.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
    const QJsonObject error = file.value(QStringLiteral("error")).toObject();
    EXPECT_EQ(error.value(QStringLiteral("code")).toString(), QStringLiteral("BAD_FORMAT"));
    EXPECT_EQ(error.value(QStringLiteral("stage")).toString(), QStringLiteral("validation"));
    // The header problem of gt.csv and the repeated id of pred.csv, both.
    const QJsonArray problems =
        error.value(QStringLiteral("details")).toObject().value(QStringLiteral("problems")).toArray();
    ASSERT_EQ(problems.size(), 2);
    EXPECT_EQ(problems.at(1).toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral("1 repeated ids in output/pred.csv; first: 1"));
    EXPECT_FALSE(file.value(QStringLiteral("timestamp")).toString().isEmpty());
}

TEST_F(ScoreWorkspace, AFailedRunReplacesAStaleResult)
{
    m_ws.fromCase(QStringLiteral("regression/small"), QStringLiteral("regression_rmse"));
    ASSERT_TRUE(score().outcome.ok());
    QFile::remove(m_ws.path(QStringLiteral("output/pred.csv")));
    EXPECT_FALSE(score().outcome.ok());
    EXPECT_EQ(m_ws.readJson(QStringLiteral("output/result.json")).value(QStringLiteral("status")).toString(),
        QStringLiteral("error"));
}

// SPDX-License-Identifier: MIT
// `evalbench validate`'s checks: each problem has its code, names its file, and all of them are
// reported together.
#include "testworkspace.h"
#include "workspace/scorercatalog.h"
#include "workspace/workspacelayout.h"
#include "workspace/workspacevalidation.h"

#include <gtest/gtest.h>

#include <QJsonArray>

using namespace evalbench;

namespace {

class Validation : public ::testing::Test
{
protected:
    WorkspaceValidation validate(const QString& scorer = {}, const QJsonObject& params = {})
    {
        return WorkspaceValidator::validate(WorkspaceLayout(m_ws.root()), m_catalog, scorer, params);
    }
    static QStringList codes(const QList<EvalError>& errors)
    {
        QStringList out;
        for (const EvalError& e : errors)
            out << errorCodeName(e.code);
        return out;
    }
    static QStringList messages(const QList<EvalError>& errors)
    {
        QStringList out;
        for (const EvalError& e : errors)
            out << e.message;
        return out;
    }

    TestWorkspace m_ws;
    QTemporaryDir m_scorers;
    ScorerCatalog m_catalog { m_scorers.path() };
};

} // namespace

TEST_F(Validation, AGoodWorkspaceIsValid)
{
    m_ws.fromCase(QStringLiteral("classification/small"), QStringLiteral("classification_f1"));
    const WorkspaceValidation v = validate();
    EXPECT_TRUE(v.ok()) << messages(v.errors).join(QLatin1Char('\n')).toStdString();
    ASSERT_TRUE(v.scorer);
    EXPECT_EQ(v.scorer->id, QStringLiteral("classification_f1"));
    const QJsonObject json = v.toJson(m_ws.root());
    EXPECT_TRUE(json.value(QStringLiteral("valid")).toBool());
    EXPECT_EQ(json.value(QStringLiteral("task_type")).toString(), QStringLiteral("classification"));
}

TEST_F(Validation, MissingFolderAndMeta)
{
    const WorkspaceValidation none =
        WorkspaceValidator::validate(WorkspaceLayout(m_ws.path(QStringLiteral("nope"))), m_catalog);
    ASSERT_EQ(codes(none.errors), QStringList { QStringLiteral("MISSING_FILE") });
    EXPECT_TRUE(none.errors[0].message.startsWith(QStringLiteral("the workspace folder")));

    m_ws.write(QStringLiteral("input/gt.csv"), "id,label\n1,a\n");
    const WorkspaceValidation noMeta = validate();
    ASSERT_EQ(codes(noMeta.errors), QStringList { QStringLiteral("MISSING_FILE") });
    EXPECT_EQ(noMeta.errors[0].message,
        QStringLiteral("meta.json is missing; create it with {\"scorer\": \"classification_f1\"} (or pass --scorer)"));
    EXPECT_EQ(noMeta.errors[0].stage, QStringLiteral("validation"));
    // --scorer stands in for meta.json; then the missing prediction file is the problem.
    const WorkspaceValidation withScorer = validate(QStringLiteral("classification_accuracy"));
    ASSERT_EQ(codes(withScorer.errors), QStringList { QStringLiteral("MISSING_FILE") });
    EXPECT_EQ(withScorer.errors[0].message,
        QStringLiteral("output/pred.csv is missing; classification_accuracy needs input/gt.csv and output/pred.csv "
                       "with the header \"id,label\""));
    EXPECT_EQ(withScorer.errors[0].details.value(QStringLiteral("file")).toString(), QStringLiteral("output/pred.csv"));
}

TEST_F(Validation, MetaJsonProblems)
{
    m_ws.write(QStringLiteral("meta.json"), "{\n  \"scorer\": \"classification_f1\",\n  \"params\": {,}\n}\n");
    WorkspaceValidation v = validate();
    ASSERT_EQ(codes(v.errors), QStringList { QStringLiteral("PARSE_ERROR") });
    EXPECT_TRUE(v.errors[0].message.startsWith(QStringLiteral("meta.json line 3 is not valid JSON")))
        << v.errors[0].message.toStdString();

    m_ws.write(QStringLiteral("meta.json"), "[1, 2]");
    v = validate();
    ASSERT_EQ(codes(v.errors), QStringList { QStringLiteral("BAD_FORMAT") });

    m_ws.writeMeta({ { QStringLiteral("scorer"), 7 }, { QStringLiteral("params"), QStringLiteral("macro") },
        { QStringLiteral("timeout"), -5 } });
    v = validate();
    EXPECT_EQ(codes(v.errors),
        QStringList({ QStringLiteral("BAD_FORMAT"), QStringLiteral("BAD_FORMAT"), QStringLiteral("BAD_FORMAT") }));
    EXPECT_EQ(messages(v.errors),
        QStringList({ QStringLiteral("meta.json: \"scorer\" must be a scorer id such as \"classification_f1\""),
            QStringLiteral("meta.json: \"params\" must be an object such as {\"average\": \"macro\"}"),
            QStringLiteral("meta.json: \"timeout\" must be a number of seconds above 0, e.g. 300") }));

    m_ws.writeMeta({ { QStringLiteral("job_id"), QStringLiteral("x") } });
    v = validate();
    ASSERT_EQ(codes(v.errors), QStringList { QStringLiteral("BAD_FORMAT") });
    EXPECT_TRUE(v.errors[0].message.startsWith(QStringLiteral("meta.json has no \"scorer\"")));
}

TEST_F(Validation, UnknownScorerListsTheKnownOnes)
{
    m_ws.writeMeta({ { QStringLiteral("scorer"), QStringLiteral("classification_auc") } });
    const WorkspaceValidation v = validate();
    ASSERT_EQ(codes(v.errors), QStringList { QStringLiteral("UNKNOWN_METRIC") });
    EXPECT_EQ(v.errors[0].message,
        QStringLiteral("unknown scorer \"classification_auc\"; known: classification_accuracy, classification_f1, "
                       "regression_rmse, detection_map"));
}

TEST_F(Validation, EveryFileProblemIsReportedAtOnce)
{
    m_ws.writeMeta({ { QStringLiteral("scorer"), QStringLiteral("regression_rmse") },
        { QStringLiteral("params"), QJsonObject { { QStringLiteral("pass_threshold"), QStringLiteral("low") } } } });
    m_ws.write(QStringLiteral("input/gt.csv"), "id,target\n1,2.5\n");
    m_ws.write(QStringLiteral("output/pred.csv"), "id,value\n1,2.5\n2,abc\n");
    const WorkspaceValidation v = validate();
    EXPECT_EQ(codes(v.errors),
        QStringList({ QStringLiteral("BAD_FORMAT"), QStringLiteral("BAD_FORMAT"), QStringLiteral("PARSE_ERROR") }));
    EXPECT_EQ(messages(v.errors),
        QStringList({ QStringLiteral("params.pass_threshold must be a number; got \"low\""),
            QStringLiteral("input/gt.csv: the header must be \"id,value\", found \"id,target\""),
            QStringLiteral("output/pred.csv line 3: value \"abc\" is not a finite number") }));
    EXPECT_EQ(v.errors[1].details.value(QStringLiteral("file")).toString(), QStringLiteral("input/gt.csv"));
    EXPECT_EQ(v.errors[2].details.value(QStringLiteral("line")).toInt(), 3);
    const EvalError summary = v.summaryError();
    EXPECT_TRUE(summary.message.endsWith(QStringLiteral("(and 2 more problem(s))")));
    EXPECT_EQ(summary.details.value(QStringLiteral("problems")).toArray().size(), 3);
}

TEST_F(Validation, RowsWithTheWrongShape)
{
    m_ws.writeMeta({ { QStringLiteral("scorer"), QStringLiteral("classification_f1") } });
    m_ws.write(QStringLiteral("input/gt.csv"), "id,label\n1,cat\n2,dog,extra\n");
    m_ws.write(QStringLiteral("output/pred.csv"), "id,label\n1,cat\n,dog\n");
    const WorkspaceValidation v = validate();
    EXPECT_EQ(messages(v.errors),
        QStringList({ QStringLiteral("input/gt.csv line 3: expected 2 columns (id,label), found \"2,dog,extra\""),
            QStringLiteral("output/pred.csv line 3: empty id") }));
    EXPECT_EQ(codes(v.errors), QStringList({ QStringLiteral("PARSE_ERROR"), QStringLiteral("PARSE_ERROR") }));
}

TEST_F(Validation, DuplicateAndMissingIds)
{
    m_ws.writeMeta({ { QStringLiteral("scorer"), QStringLiteral("classification_f1") } });
    m_ws.write(QStringLiteral("input/gt.csv"), "id,label\n1,a\n2,b\n2,b\n");
    m_ws.write(QStringLiteral("output/pred.csv"), "id,label\n1,a\n2,b\n");
    WorkspaceValidation v = validate();
    ASSERT_EQ(codes(v.errors), QStringList { QStringLiteral("BAD_FORMAT") });
    EXPECT_EQ(v.errors[0].message, QStringLiteral("1 repeated ids in input/gt.csv; first: 2"));

    QByteArray gt = "id,label\n";
    QByteArray pred = "id,label\n";
    for (int id = 1; id <= 500; ++id) {
        gt += QByteArray::number(id) + ",a\n";
        if (id % 5 == 0)
            pred += QByteArray::number(id) + ",a\n";
    }
    pred += "7000,a\n";
    m_ws.write(QStringLiteral("input/gt.csv"), gt);
    m_ws.write(QStringLiteral("output/pred.csv"), pred);
    v = validate();
    ASSERT_EQ(codes(v.errors), QStringList { QStringLiteral("MISMATCH") });
    EXPECT_EQ(v.errors[0].message,
        QStringLiteral("400 ids in input/gt.csv have no prediction in output/pred.csv; first: 1, 2, 3, 4, 6; "
                       "1 ids in output/pred.csv are not in input/gt.csv; first: 7000"));
    EXPECT_EQ(v.errors[0].details.value(QStringLiteral("missing_in_pred_count")).toInt(), 400);
}

TEST_F(Validation, ExtraPredictionsAloneAreAWarning)
{
    m_ws.writeMeta({ { QStringLiteral("scorer"), QStringLiteral("classification_f1") },
        { QStringLiteral("task_type"), QStringLiteral("detection") } });
    m_ws.write(QStringLiteral("input/gt.csv"), "id,label\n1,a\n2,b\n");
    m_ws.write(QStringLiteral("output/pred.csv"), "id,label\n2,b\n1,a\n3,c\n");
    const WorkspaceValidation v = validate();
    EXPECT_TRUE(v.ok());
    ASSERT_EQ(v.warnings.size(), 2);
    EXPECT_EQ(v.warnings[0].message,
        QStringLiteral("meta.json says task_type \"detection\" but classification_f1 scores classification outputs"));
    EXPECT_EQ(v.warnings[1].message,
        QStringLiteral("1 ids in output/pred.csv are not in input/gt.csv and were left out; first: 3"));
}

TEST_F(Validation, DetectionFiles)
{
    m_ws.writeMeta({ { QStringLiteral("scorer"), QStringLiteral("detection_map") } });
    WorkspaceValidation v = validate();
    EXPECT_EQ(codes(v.errors), QStringList({ QStringLiteral("MISSING_FILE"), QStringLiteral("MISSING_FILE") }));

    m_ws.copyData(QStringLiteral("detection/small/gt.json"), QStringLiteral("input/gt.json"));
    m_ws.write(QStringLiteral("output/pred.json"), "[{\"image_id\": 1, \"category_id\": 1, \"bbox\": [1,2,3]}");
    v = validate();
    ASSERT_EQ(codes(v.errors), QStringList { QStringLiteral("PARSE_ERROR") });

    m_ws.write(QStringLiteral("output/pred.json"),
        "[{\"image_id\": 1, \"category_id\": 1, \"bbox\": [1,2,3], \"score\": 0.5}]");
    v = validate();
    ASSERT_EQ(codes(v.errors), QStringList { QStringLiteral("BAD_FORMAT") });
    EXPECT_TRUE(v.errors[0].message.contains(QStringLiteral("bbox"))) << v.errors[0].message.toStdString();

    m_ws.copyData(QStringLiteral("errors/pred_unknown_image.json"), QStringLiteral("output/pred.json"));
    v = validate();
    ASSERT_EQ(codes(v.errors), QStringList { QStringLiteral("MISMATCH") });

    m_ws.copyData(QStringLiteral("detection/small/pred.json"), QStringLiteral("output/pred.json"));
    EXPECT_TRUE(validate().ok());
    const WorkspaceValidation badFormat = validate({}, { { QStringLiteral("bbox_format"), QStringLiteral("cxcywh") } });
    ASSERT_EQ(codes(badFormat.errors), QStringList { QStringLiteral("BAD_FORMAT") });
    EXPECT_EQ(
        badFormat.errors[0].message, QStringLiteral("params.bbox_format must be one of xywh, xyxy; got \"cxcywh\""));
}

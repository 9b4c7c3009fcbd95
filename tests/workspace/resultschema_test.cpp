// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "workspace/resultschema.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QJsonDocument>

using namespace evalbench;

namespace {

const QString kFile = QStringLiteral("output/result.json");

QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

TEST(ResultSchemaTest, AcceptsAFullResult)
{
    EXPECT_FALSE(ResultSchema::check(parse(R"({"summary": {"score": 0.8, "pass": true},
        "metrics": {"acc": 0.8, "r2": null}, "versioning": {"scorer": "x"}, "timing": {"total_ms": 3},
        "details": {}, "artifacts": {}, "error": null, "extra": [1]})"),
        kFile));
}

TEST(ResultSchemaTest, EachViolationNamesTheFileAndTheField)
{
    struct Case
    {
        const char* json;
        const char* field;
        const char* message;
    };
    const Case cases[] = {
        { R"({"metrics": {}})", "summary", "output/result.json: summary is missing, expected an object" },
        { R"({"summary": 1, "metrics": {}})", "summary", "summary is a number, expected an object" },
        { R"({"summary": {}, "metrics": {}})", "summary.score", "summary.score is missing, expected a number" },
        { R"({"summary": {"score": "0.8"}, "metrics": {}})", "summary.score", "summary.score is a string" },
        { R"({"summary": {"score": null}, "metrics": {}})", "summary.score", "summary.score is null" },
        { R"({"summary": {"score": 1}})", "metrics", "metrics is missing" },
        { R"({"summary": {"score": 1}, "metrics": [1]})", "metrics", "metrics is an array" },
        { R"({"summary": {"score": 1}, "metrics": {"f1": "0.5"}})", "metrics.f1",
            "output/result.json: metrics.f1 is a string, expected a number or null" },
        { R"({"summary": {"score": 1}, "metrics": {}, "timing": 5})", "timing",
            "timing is a number, expected an object" },
        { R"({"summary": {"score": 1}, "metrics": {}, "versioning": "1.0"})", "versioning", "versioning is a string" },
        { R"({"summary": {"score": 1}, "metrics": {}, "details": []})", "details", "details is an array" },
        { R"({"summary": {"score": 1}, "metrics": {}, "artifacts": true})", "artifacts", "artifacts is true/false" },
        { R"({"error": "boom"})", "error", "error is a string" },
        { R"({"error": {"message": "boom"}})", "error.code", "error.code is missing" },
        { R"({"error": {"code": "BAD_FORMAT"}})", "error.message", "error.message is missing" },
        { R"({"error": {"code": "BAD_FORMAT", "message": "m", "details": 3}})", "error.details",
            "error.details is a number" },
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.json);
        const auto error = ResultSchema::check(parse(c.json), kFile);
        ASSERT_TRUE(error);
        EXPECT_EQ(error->code, ErrorCode::BadFormat);
        EXPECT_EQ(error->stage, QStringLiteral("output"));
        EXPECT_TRUE(error->message.startsWith(kFile + QStringLiteral(": "))) << error->message.toStdString();
        EXPECT_TRUE(error->message.contains(QString::fromUtf8(c.message))) << error->message.toStdString();
        EXPECT_EQ(error->details.value(QStringLiteral("field")).toString(), QLatin1String(c.field));
    }
}

TEST(ResultSchemaTest, InfinityIsNotAFiniteNumber)
{
    QJsonObject result { { QStringLiteral("summary"),
                             QJsonObject { { QStringLiteral("score"), std::numeric_limits<double>::infinity() } } },
        { QStringLiteral("metrics"), QJsonObject {} } };
    // QJsonValue stores infinity as a double; it must not pass as a score.
    const auto error = ResultSchema::check(result, kFile);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->details.value(QStringLiteral("field")).toString(), QStringLiteral("summary.score"));
}

TEST(ResultSchemaTest, AScorerReportedErrorIsValidAndKeepsItsCode)
{
    const QJsonObject result = parse(R"({"summary": null, "error": {"code": "MISMATCH",
        "message": "pred.csv lacks 3 ids", "stage": "validation", "details": {"missing": 3}}})");
    EXPECT_FALSE(ResultSchema::check(result, kFile));
    const auto reported = ResultSchema::reportedError(result);
    ASSERT_TRUE(reported);
    EXPECT_EQ(reported->code, ErrorCode::Mismatch);
    EXPECT_EQ(reported->message, QStringLiteral("pred.csv lacks 3 ids"));
    EXPECT_EQ(reported->stage, QStringLiteral("validation"));
    EXPECT_EQ(reported->details.value(QStringLiteral("missing")).toInt(), 3);

    const auto unknown = ResultSchema::reportedError(parse(R"({"error": {"code": "GPU_ON_FIRE", "message": "hot"}})"));
    ASSERT_TRUE(unknown);
    EXPECT_EQ(unknown->code, ErrorCode::Internal);
    EXPECT_EQ(unknown->message, QStringLiteral("hot"));
    EXPECT_EQ(unknown->stage, QStringLiteral("scoring"));
    EXPECT_EQ(unknown->details.value(QStringLiteral("reported_code")).toString(), QStringLiteral("GPU_ON_FIRE"));

    EXPECT_FALSE(ResultSchema::reportedError(parse(R"({"summary": {"score": 1}, "metrics": {}, "error": null})")));
}

TEST(ResultSchemaTest, ErrorCodeNamesRoundTrip)
{
    for (ErrorCode code : { ErrorCode::MissingFile, ErrorCode::BadFormat, ErrorCode::ParseError, ErrorCode::Mismatch,
             ErrorCode::UnknownMetric, ErrorCode::MissingInput, ErrorCode::JudgeUnavailable, ErrorCode::JudgeBadOutput,
             ErrorCode::TimeoutError, ErrorCode::NotFound, ErrorCode::Unauthorized, ErrorCode::Internal })
        EXPECT_EQ(errorCodeFromName(errorCodeName(code)), code) << errorCodeName(code).toStdString();
    EXPECT_FALSE(errorCodeFromName(u"bad_format"));
    EXPECT_FALSE(errorCodeFromName(u""));
}

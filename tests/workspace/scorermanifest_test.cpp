// SPDX-License-Identifier: MIT
#include "common/testprinters.h"
#include "scorerfixture.h"
#include "workspace/scorermanifest.h"

#include <gtest/gtest.h>

#include <QJsonArray>
#include <QTemporaryDir>

using namespace evalbench;

namespace {

class ScorerManifestTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString scorersDir() const { return m_dir.filePath(QStringLiteral("scorers")); }
    QString path() const { return scorersDir() + QStringLiteral("/top_k/scorer.json"); }

    ml::Loaded<ScorerInfo> readBytes(const QByteArray& bytes) const
    {
        EXPECT_TRUE(testdata::writeFile(path(), bytes));
        return ScorerManifest::read(path());
    }
    ml::Loaded<ScorerInfo> readJson(const QJsonObject& json) const
    {
        return ScorerManifest::read(testdata::writeScorer(scorersDir(), QStringLiteral("top_k"), json));
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(ScorerManifestTest, ReadsEveryField)
{
    const auto loaded = readBytes(R"({
        "id": "top_k_accuracy", "name": "Top-k accuracy", "version": "1.2.0", "task_type": "classification",
        "description": "Share of ids whose label is among the k best.",
        "command": ["python3", "{scorer_dir}/score.py", "{workspace}"], "timeout": 60, "primary_metric": "top_k",
        "params": {"k": {"default": 3, "description": "How many guesses count.", "choices": ["1", "3", "5"]}},
        "homepage": "ignored: unknown keys are allowed"
    })");
    ASSERT_TRUE(loaded.ok()) << loaded.error.message.toStdString();
    const ScorerInfo& info = *loaded.value;
    EXPECT_EQ(info.id, QStringLiteral("top_k_accuracy"));
    EXPECT_EQ(info.name, QStringLiteral("Top-k accuracy"));
    EXPECT_EQ(info.version, QStringLiteral("1.2.0"));
    EXPECT_EQ(info.task, MlTask::Classification);
    EXPECT_EQ(info.description, QStringLiteral("Share of ids whose label is among the k best."));
    EXPECT_EQ(info.command,
        QStringList(
            { QStringLiteral("python3"), QStringLiteral("{scorer_dir}/score.py"), QStringLiteral("{workspace}") }));
    EXPECT_EQ(info.timeoutSeconds, 60);
    EXPECT_EQ(info.primaryMetric, QStringLiteral("top_k"));
    ASSERT_EQ(info.params.size(), 1);
    EXPECT_EQ(info.params.first().name, QStringLiteral("k"));
    EXPECT_EQ(info.params.first().defaultValue, QJsonValue(3));
    EXPECT_EQ(info.params.first().description, QStringLiteral("How many guesses count."));
    EXPECT_EQ(
        info.params.first().choices, QStringList({ QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("5") }));
    EXPECT_FALSE(info.builtin);
    EXPECT_EQ(info.manifestPath, path());
    EXPECT_EQ(info.folder, scorersDir() + QStringLiteral("/top_k"));
}

TEST_F(ScorerManifestTest, OptionalFieldsGetDefaultsAndAStringCommandIsSplit)
{
    QJsonObject json = testdata::manifest(QStringLiteral("my.scorer-2"));
    json.insert(QStringLiteral("command"), QStringLiteral("python3 \"{scorer_dir}/my score.py\" {workspace}"));
    const auto loaded = readJson(json);
    ASSERT_TRUE(loaded.ok()) << loaded.error.message.toStdString();
    EXPECT_EQ(loaded.value->name, QStringLiteral("my.scorer-2"));
    EXPECT_EQ(loaded.value->timeoutSeconds, 300);
    EXPECT_EQ(loaded.value->task, MlTask::Custom);
    EXPECT_TRUE(loaded.value->params.isEmpty());
    EXPECT_EQ(loaded.value->command,
        QStringList(
            { QStringLiteral("python3"), QStringLiteral("{scorer_dir}/my score.py"), QStringLiteral("{workspace}") }));
}

TEST_F(ScorerManifestTest, NotJsonIsAParseErrorWithTheLine)
{
    const auto loaded = readBytes("{\n  \"id\": \"top_k\",\n  \"version\": 1.0.0\n}\n");
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error.code, ErrorCode::ParseError);
    EXPECT_TRUE(loaded.error.message.startsWith(QStringLiteral("scorers/top_k/scorer.json: ")))
        << loaded.error.message.toStdString();
    EXPECT_TRUE(loaded.error.message.contains(QStringLiteral("line 3"))) << loaded.error.message.toStdString();
    EXPECT_EQ(loaded.error.details.value(QStringLiteral("line")).toInt(), 3);
    EXPECT_TRUE(loaded.error.details.contains(QStringLiteral("offset")));
}

TEST_F(ScorerManifestTest, AMissingFileAndANonObjectAreReported)
{
    const auto missing = ScorerManifest::read(scorersDir() + QStringLiteral("/none/scorer.json"));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error.code, ErrorCode::MissingFile);

    const auto array = readBytes("[1, 2]");
    ASSERT_FALSE(array.ok());
    EXPECT_EQ(array.error.code, ErrorCode::BadFormat);
    EXPECT_TRUE(array.error.message.contains(QStringLiteral("an array"))) << array.error.message.toStdString();
}

TEST_F(ScorerManifestTest, EveryWrongFieldIsABadFormatNamingFileFieldAndFix)
{
    struct Case
    {
        const char* key;
        QJsonValue value; // Undefined: the key is removed
        const char* field;
        const char* hint; // part of the message
    };
    const QJsonValue missing(QJsonValue::Undefined);
    const QList<Case> cases {
        { "id", missing, "id", "\"id\" is missing; add e.g. \"id\": \"top_k\"" },
        { "id", QStringLiteral("Top K"), "id", "may only use a-z" },
        { "id", 7, "id", "\"id\" is a number, expected a string" },
        { "version", missing, "version", "\"version\" is missing; add e.g. \"version\": \"1.0.0\"" },
        { "version", 1.5, "version", "\"version\" is a number, expected a string (in quotes)" },
        { "version", QStringLiteral(" "), "version", "\"version\" is empty" },
        { "task_type", missing, "task_type", "\"task_type\" is missing" },
        { "task_type", QStringLiteral("ranking"), "task_type",
            "\"ranking\" is not one of classification, regression, detection, custom" },
        { "command", missing, "command", "\"command\" is missing; add the program" },
        { "command", QJsonArray {}, "command", "\"command\" is empty" },
        { "command", QStringLiteral("  "), "command", "\"command\" is empty" },
        { "command", QJsonArray { QStringLiteral("python3"), 3 }, "command", "command[1] is a number" },
        { "command", 12, "command", "\"command\" is a number, expected an array of strings" },
        { "timeout", 0, "timeout", "\"timeout\" must be a whole number of seconds above 0" },
        { "timeout", -5, "timeout", "got -5" },
        { "timeout", 1.5, "timeout", "got 1.5" },
        { "timeout", QStringLiteral("60"), "timeout", "got a string" },
        { "name", QJsonArray {}, "name", "\"name\" is an array, expected a string" },
        { "description", true, "description", "\"description\" is true/false, expected a string" },
        { "primary_metric", 1, "primary_metric", "\"primary_metric\" is a number" },
        { "params", QJsonArray {}, "params", "\"params\" is an array, expected an object" },
        { "params", QJsonObject { { QStringLiteral("k"), 3 } }, "params.k",
            "params.k is a number, expected an object" },
        { "params",
            QJsonObject { { QStringLiteral("k"), QJsonObject { { QStringLiteral("choices"), QJsonArray { 1 } } } } },
            "params.k.choices", "every choice must be a string" },
        { "params", QJsonObject { { QStringLiteral("k"), QJsonObject { { QStringLiteral("description"), 2 } } } },
            "params.k.description", "params.k.description is a number, expected a string" },
    };
    for (const Case& c : cases) {
        const QString key = QLatin1String(c.key);
        SCOPED_TRACE(key.toStdString() + " " + c.hint);
        QJsonObject json = testdata::manifest(QStringLiteral("top_k"));
        if (c.value.isUndefined())
            json.remove(key);
        else
            json.insert(key, c.value);
        const auto loaded = readJson(json);
        ASSERT_FALSE(loaded.ok());
        EXPECT_EQ(loaded.error.code, ErrorCode::BadFormat);
        EXPECT_TRUE(loaded.error.message.startsWith(QStringLiteral("scorers/top_k/scorer.json: ")))
            << loaded.error.message.toStdString();
        EXPECT_TRUE(loaded.error.message.contains(QString::fromUtf8(c.hint))) << loaded.error.message.toStdString();
        EXPECT_EQ(loaded.error.details.value(QStringLiteral("field")).toString(), QLatin1String(c.field));
        EXPECT_EQ(loaded.error.details.value(QStringLiteral("file")).toString(), path());
    }
}

// SPDX-License-Identifier: MIT
// JSONL and JSON array import: aliases, value shapes, null vs empty, ids, BOM / CRLF.
#include "dataset_test_helpers.h"

#include <QJsonObject>

using namespace evalbench;
using namespace evalbench::testing;

TEST(DatasetReaderJson, ReadsEveryAlias)
{
    const ReadResult result = readAll(fixture("aliases.jsonl"));
    ASSERT_FALSE(result.error) << qPrintable(errorMessage(result));
    ASSERT_EQ(result.samples.size(), 4);

    const Sample& canon = result.samples[0];
    EXPECT_EQ(canon.id, QStringLiteral("canon"));
    EXPECT_EQ(canon.question, QStringLiteral("What is RAG?"));
    EXPECT_EQ(canon.answer, QStringLiteral("Retrieval-augmented generation."));
    EXPECT_EQ(canon.contexts, QStringList { QStringLiteral("RAG retrieves passages.") });
    EXPECT_EQ(canon.groundTruth, QStringLiteral("Retrieval-augmented generation"));
    EXPECT_EQ(canon.referenceContexts, QStringList { QStringLiteral("RAG retrieves passages.") });
    EXPECT_EQ(canon.metadata, (QJsonObject { { QStringLiteral("topic"), QStringLiteral("ml") } }));

    const Sample& ragas = result.samples[1]; // user_input / response / retrieved_contexts / reference
    EXPECT_EQ(ragas.question, QStringLiteral("什么是向量检索？"));
    EXPECT_EQ(ragas.answer, QStringLiteral("用向量相似度查找段落。"));
    EXPECT_EQ(ragas.contexts, (QStringList { QStringLiteral("向量检索按相似度排序。"), QStringLiteral("第二段") }));
    EXPECT_EQ(ragas.groundTruth, QStringLiteral("按向量相似度查找相关段落。"));
    EXPECT_FALSE(ragas.referenceContexts);
    EXPECT_TRUE(ragas.metadata.isEmpty());

    const Sample& query = result.samples[2]; // query, integer id, ground_truths list
    EXPECT_EQ(query.id, QStringLiteral("7"));
    EXPECT_EQ(query.question, QStringLiteral("Who wrote Hamlet?"));
    EXPECT_EQ(query.groundTruth, QStringLiteral("William Shakespeare"));
    EXPECT_FALSE(query.contexts);

    EXPECT_EQ(result.samples[3].id, QStringLiteral("row-4")); // generated from the record number
}

TEST(DatasetReaderJson, ContextsInEveryShape)
{
    const ReadResult result = readAll(fixture("contexts_shapes.jsonl"));
    ASSERT_FALSE(result.error) << qPrintable(errorMessage(result));
    ASSERT_EQ(result.samples.size(), 4);
    EXPECT_EQ(result.samples[0].contexts, QStringList { QStringLiteral("one single context") });
    EXPECT_TRUE(result.samples[0].contextMetadata.isEmpty());
    EXPECT_EQ(
        result.samples[1].contexts, (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
    EXPECT_TRUE(result.samples[1].contextMetadata.isEmpty());

    const Sample& objects = result.samples[2];
    EXPECT_EQ(objects.contexts, (QStringList { QStringLiteral("alpha"), QStringLiteral("beta") }));
    ASSERT_EQ(objects.contextMetadata.size(), 2);
    const QJsonObject first = objects.contextMetadata[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("title")).toString(), QStringLiteral("Doc A"));
    EXPECT_DOUBLE_EQ(first.value(QStringLiteral("score")).toDouble(), 0.92);
    EXPECT_FALSE(first.contains(QStringLiteral("content")));

    ASSERT_TRUE(result.samples[3].contexts);
    EXPECT_TRUE(result.samples[3].contexts->isEmpty());
}

TEST(DatasetReaderJson, NullMeansNotGivenAndEmptyIsAValue)
{
    const ReadResult result = readAll(fixture("nulls.jsonl"));
    ASSERT_FALSE(result.error) << qPrintable(errorMessage(result));
    ASSERT_EQ(result.samples.size(), 3);
    const Sample& nulls = result.samples[0];
    EXPECT_FALSE(nulls.answer);
    EXPECT_FALSE(nulls.contexts);
    EXPECT_FALSE(nulls.groundTruth);
    EXPECT_FALSE(nulls.referenceContexts);

    const Sample& empties = result.samples[1];
    EXPECT_EQ(empties.answer, QString());
    ASSERT_TRUE(empties.contexts);
    EXPECT_TRUE(empties.contexts->isEmpty());
    EXPECT_EQ(empties.groundTruth, QString());
    ASSERT_TRUE(empties.referenceContexts);

    EXPECT_EQ(result.samples[2].id, QStringLiteral("row-3")); // "id": null
}

TEST(DatasetReaderJson, BomCrlfAndBlankLines)
{
    const ReadResult result = readAll(fixture("bom_crlf.jsonl"));
    ASSERT_FALSE(result.error) << qPrintable(errorMessage(result));
    ASSERT_EQ(result.samples.size(), 3);
    EXPECT_EQ(result.samples[0].question, QStringLiteral("first")); // no BOM / CR left in the text
    EXPECT_EQ(result.samples[1].answer, QStringLiteral("x"));
    EXPECT_EQ(result.samples[2].id, QStringLiteral("c"));
}

TEST(DatasetReaderJson, ArrayWithBracesInsideStrings)
{
    DatasetReader reader(fixture("array.json"));
    QList<Sample> samples;
    const auto error = reader.read([&](QList<Sample>&& chunk) {
        samples.append(std::move(chunk));
        return true;
    });
    ASSERT_FALSE(error) << qPrintable(error->message);
    EXPECT_EQ(reader.detectedFormat(), DatasetFormat::JsonArray);
    ASSERT_EQ(samples.size(), 3);
    EXPECT_EQ(samples[0].answer, QStringLiteral("No: braces \"{[\" in strings are text, and so is a backslash \\"));
    EXPECT_EQ(samples[0].contexts, (QStringList { QStringLiteral("{not json}"), QStringLiteral("]") }));
    EXPECT_TRUE(samples[0].metadata.value(QStringLiteral("meta")).isObject());
    EXPECT_EQ(samples[1].groundTruth, QStringLiteral("标准答案"));
    EXPECT_EQ(
        samples[2].contextMetadata.at(0).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("wiki"));
}

TEST(DatasetReaderJson, ArrayErrorNamesTheLineWhereTheObjectStarts)
{
    TempDataset temp;
    const QString path = temp.write("a.json",
        "[\n  {\"question\": \"ok\"},\n  {\n    \"id\": \"x\",\n    \"question\": \"q\",\n    \"answer\": 5\n  }\n]\n");
    const ReadResult result = readAll(path);
    EXPECT_EQ(errorMessage(result), QStringLiteral("a.json line 3: \"answer\" is a number, expected a string"));
    EXPECT_EQ(result.samples.size(), 1); // the good record before the bad one
}

TEST(DatasetReaderJson, DetectsFormatByContentWhenTheExtensionSaysNothing)
{
    TempDataset temp;
    const QString jsonl = temp.write("data.txt", "{\"question\": \"a\"}\n{\"question\": \"b\"}\n");
    const QString array = temp.write("data.dat", "  [{\"question\": \"a\"}]");
    const QString csv = temp.write("data", "question\nhello\n");
    const QString objects = temp.write("pretty.json", "{\n \"question\": \"a\"\n}\n{\n \"question\": \"b\"\n}\n");
    DatasetReader a(jsonl), b(array), c(csv), d(objects);
    auto ignore = [](QList<Sample>&&) { return true; };
    EXPECT_FALSE(a.read(ignore));
    EXPECT_FALSE(b.read(ignore));
    EXPECT_FALSE(c.read(ignore));
    EXPECT_FALSE(d.read(ignore));
    EXPECT_EQ(a.detectedFormat(), DatasetFormat::Jsonl);
    EXPECT_EQ(b.detectedFormat(), DatasetFormat::JsonArray);
    EXPECT_EQ(c.detectedFormat(), DatasetFormat::Csv);
    EXPECT_EQ(d.detectedFormat(), DatasetFormat::Jsonl);
    EXPECT_EQ(d.recordsRead(), 2);
}

TEST(DatasetReaderJson, ExplicitFormatOverridesTheExtension)
{
    TempDataset temp;
    const QString path = temp.write("data.csv", "{\"question\": \"a\"}\n");
    DatasetReadOptions options;
    options.format = DatasetFormat::Jsonl;
    const ReadResult result = readAll(path, options);
    ASSERT_FALSE(result.error) << qPrintable(errorMessage(result));
    EXPECT_EQ(result.samples.value(0).question, QStringLiteral("a"));
}

TEST(DatasetReaderJson, ExtraFieldsAreKeptAsMetadata)
{
    TempDataset temp;
    const QString path = temp.write(
        "m.jsonl", "{\"question\": \"q\", \"lang\": \"en\", \"tags\": [\"a\"], \"score\": 3, \"extra\": null}\n");
    const ReadResult result = readAll(path);
    ASSERT_FALSE(result.error) << qPrintable(errorMessage(result));
    const QJsonObject metadata = result.samples.value(0).metadata;
    EXPECT_EQ(metadata.value(QStringLiteral("lang")).toString(), QStringLiteral("en"));
    EXPECT_TRUE(metadata.value(QStringLiteral("tags")).isArray());
    EXPECT_EQ(metadata.value(QStringLiteral("score")).toInt(), 3);
    EXPECT_TRUE(metadata.contains(QStringLiteral("extra")));
}

// SPDX-License-Identifier: MIT
// CSV import: RFC 4180 quoting, CRLF / LF, BOM, cell rules for empty cells and JSON-array cells.
#include "dataset_test_helpers.h"

#include <QJsonObject>

using namespace evalbench;
using namespace evalbench::testing;

TEST(DatasetReaderCsv, QuotedFieldsAliasesAndEmptyCells)
{
    const ReadResult result = readAll(fixture("basic.csv"));
    ASSERT_FALSE(result.error) << qPrintable(errorMessage(result));
    ASSERT_EQ(result.samples.size(), 4);

    const Sample& c1 = result.samples[0];
    EXPECT_EQ(c1.id, QStringLiteral("c1"));
    EXPECT_EQ(c1.question, QStringLiteral("What is \"RAG\"?"));
    EXPECT_EQ(c1.answer, QStringLiteral("It retrieves, then generates."));
    EXPECT_EQ(c1.contexts, (QStringList { QStringLiteral("ctx one"), QStringLiteral("ctx two") }));
    EXPECT_EQ(c1.groundTruth, QStringLiteral("RAG is retrieval plus generation"));
    EXPECT_EQ(c1.referenceContexts, QStringList { QStringLiteral("ref one") });
    EXPECT_EQ(c1.metadata.value(QStringLiteral("lang")).toString(), QStringLiteral("en"));

    const Sample& c2 = result.samples[1];
    EXPECT_EQ(c2.question, QStringLiteral("多行问题"));
    EXPECT_EQ(c2.answer, QStringLiteral("第一行\r\n第二行")); // a quoted line break is text
    EXPECT_EQ(c2.contexts, QStringList { QStringLiteral("just one context, with a comma") });
    EXPECT_FALSE(c2.groundTruth);
    EXPECT_FALSE(c2.referenceContexts);

    const Sample& c3 = result.samples[2]; // every optional cell empty
    EXPECT_EQ(c3.answer, QString());
    ASSERT_TRUE(c3.contexts);
    EXPECT_TRUE(c3.contexts->isEmpty());
    EXPECT_FALSE(c3.groundTruth);
    EXPECT_FALSE(c3.referenceContexts);
    EXPECT_EQ(c3.metadata.value(QStringLiteral("lang")).toString(), QString());

    const Sample& c4 = result.samples[3];
    EXPECT_EQ(c4.id, QStringLiteral("row-4"));
    EXPECT_EQ(c4.question, QStringLiteral("Quoted \"id\" missing"));
    EXPECT_EQ(c4.answer, QStringLiteral("answer \"quoted\""));
    ASSERT_TRUE(c4.contexts);
    EXPECT_TRUE(c4.contexts->isEmpty()); // "[]"
    EXPECT_EQ(c4.referenceContexts, QStringList { QStringLiteral("plain reference") });
}

TEST(DatasetReaderCsv, LfLineEndsObjectContextsAndGroundTruthsList)
{
    const ReadResult result = readAll(fixture("lf.csv"));
    ASSERT_FALSE(result.error) << qPrintable(errorMessage(result));
    ASSERT_EQ(result.samples.size(), 2);
    const Sample& first = result.samples[0];
    EXPECT_EQ(first.question, QStringLiteral("Line one\nline two"));
    EXPECT_EQ(first.groundTruth, QStringLiteral("first truth"));
    EXPECT_EQ(first.contexts, QStringList { QStringLiteral("obj ctx") });
    EXPECT_EQ(first.contextMetadata.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("T"));

    const Sample& second = result.samples[1]; // the last line has no line end
    EXPECT_EQ(second.groundTruth, QStringLiteral("single truth"));
    EXPECT_EQ(second.contexts, QStringList { QStringLiteral("[not json") }); // not a JSON array: one context
}

TEST(DatasetReaderCsv, ErrorLineIsThePhysicalLineWhereTheRecordStarts)
{
    TempDataset temp;
    const QString path = temp.write("data.csv",
        "id,question,answer\r\n"
        "a,\"two\r\nlines\",x\r\n"
        "b,\"three\nphysical\nlines\",y\r\n"
        "a,dup,z\r\n");
    const ReadResult result = readAll(path);
    EXPECT_EQ(errorMessage(result),
        QStringLiteral("data.csv line 7: \"id\" \"a\" is used twice (first on line 2); ids must be unique"));
}

TEST(DatasetReaderCsv, ContextsCellShapes)
{
    TempDataset temp;
    const QString path = temp.write("ctx.csv",
        "question,contexts\n"
        "q1,\"[\"\"a\"\", \"\"b\"\"]\"\n"
        "q2,plain text context\n"
        "q3,\n"
        "q4,\"[{\"\"content\"\": \"\"c\"\", \"\"score\"\": 1}]\"\n");
    const ReadResult result = readAll(path);
    ASSERT_FALSE(result.error) << qPrintable(errorMessage(result));
    ASSERT_EQ(result.samples.size(), 4);
    EXPECT_EQ(result.samples[0].contexts, (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
    EXPECT_EQ(result.samples[1].contexts, QStringList { QStringLiteral("plain text context") });
    EXPECT_EQ(result.samples[2].contexts, QStringList());
    EXPECT_EQ(result.samples[3].contexts, QStringList { QStringLiteral("c") });
    EXPECT_EQ(result.samples[3].contextMetadata.at(0).toObject().value(QStringLiteral("score")).toInt(), 1);
}

TEST(DatasetReaderCsv, UnnamedIndexColumnIsKept)
{
    TempDataset temp;
    const QString path = temp.write("pandas.csv", ",question\n0,hello\n");
    const ReadResult result = readAll(path);
    ASSERT_FALSE(result.error) << qPrintable(errorMessage(result));
    EXPECT_EQ(result.samples.value(0).metadata.value(QStringLiteral("column_1")).toString(), QStringLiteral("0"));
}

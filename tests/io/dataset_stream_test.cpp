// SPDX-License-Identifier: MIT
// Streaming behaviour: chunks, cancellation, progress, preview, the bundled demo files and a
// 100,000-record file.
#include "dataset_test_helpers.h"
#include "io/datasetpreview.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace evalbench;
using namespace evalbench::testing;

TEST(DatasetStream, ChunksKeepFileOrder)
{
    const ReadResult result = readAll(fixture("chunk10.jsonl"), { DatasetFormat::Auto, 3 });
    ASSERT_FALSE(result.error) << qPrintable(errorMessage(result));
    EXPECT_EQ(result.chunkSizes, (QList<qsizetype> { 3, 3, 3, 1 }));
    ASSERT_EQ(result.samples.size(), 10);
    for (int i = 0; i < 10; ++i)
        EXPECT_EQ(result.samples[i].id, QStringLiteral("r") + QString::number(i + 1));
}

TEST(DatasetStream, CancelFromTheCallback)
{
    DatasetReader reader(fixture("chunk10.jsonl"), { DatasetFormat::Auto, 3 });
    int calls = 0;
    const auto error = reader.read([&](QList<Sample>&&) { return ++calls < 2; });
    EXPECT_FALSE(error);
    EXPECT_TRUE(reader.wasCancelled());
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(reader.recordsRead(), 6);
}

TEST(DatasetStream, NotCancelledWhenReadToTheEnd)
{
    DatasetReader reader(fixture("chunk10.jsonl"));
    EXPECT_FALSE(reader.read([](QList<Sample>&&) { return true; }));
    EXPECT_FALSE(reader.wasCancelled());
    EXPECT_EQ(reader.recordsRead(), 10);
    EXPECT_EQ(reader.bytesRead(), reader.fileSize());
    EXPECT_EQ(reader.fileSize(), QFileInfo(fixture("chunk10.jsonl")).size());
}

namespace {
// `count` JSONL records of about 2 KB each; record `badAt` (1-based, 0 for none) is malformed.
QByteArray makeJsonl(int count, int badAt = 0, const QByteArray& idPrefix = QByteArrayLiteral("s"))
{
    const QByteArray filler(600, 'x');
    QByteArray out;
    out.reserve(qsizetype(count) * 2100);
    for (int i = 1; i <= count; ++i) {
        if (i == badAt) {
            out += "{\"question\": }\n";
            continue;
        }
        const QByteArray n = QByteArray::number(i);
        out += "{\"id\": \"" + idPrefix + n + "\", \"question\": \"question " + n + " 问题\", \"answer\": \"answer " + n
            + ' ' + filler + "\", \"contexts\": [\"" + filler + "\", \"" + filler + "\"], \"ground_truth\": \"truth "
            + n + "\", \"lang\": \"en\"}\n";
    }
    return out;
}
} // namespace

TEST(DatasetStream, PreviewReadsOnlyTheHead)
{
    TempDataset temp;
    // The last record is broken: a preview that read the whole file would report it.
    const QString path = temp.write("head.jsonl", makeJsonl(3000, 3000));
    const DatasetPreview preview = previewDataset(path, 20);
    EXPECT_FALSE(preview.error) << qPrintable(preview.error->message);
    EXPECT_EQ(preview.previewedRecords, 20);
    ASSERT_EQ(preview.samples.size(), 20);
    EXPECT_EQ(preview.samples.last().id, QStringLiteral("s20"));
    EXPECT_EQ(preview.format, DatasetFormat::Jsonl);
    EXPECT_EQ(preview.presentFields,
        (QStringList { QStringLiteral("id"), QStringLiteral("question"), QStringLiteral("answer"),
            QStringLiteral("contexts"), QStringLiteral("ground_truth") }));
    EXPECT_EQ(preview.extraFields, QStringList { QStringLiteral("lang") });

    const ReadResult full = readAll(path);
    EXPECT_EQ(errorMessage(full).left(22), QStringLiteral("head.jsonl line 3000: "));
}

TEST(DatasetStream, PreviewReportsAnEarlyErrorAndCsvFields)
{
    TempDataset temp;
    const QString bad = temp.write("bad.jsonl", "{\"question\": \"a\"}\n{\"question\": 1}\n");
    const DatasetPreview badPreview = previewDataset(bad);
    ASSERT_TRUE(badPreview.error);
    EXPECT_EQ(
        badPreview.error->message, QStringLiteral("bad.jsonl line 2: \"question\" is a number, expected a string"));
    EXPECT_EQ(badPreview.previewedRecords, 1);

    const DatasetPreview csv = previewDataset(fixture("basic.csv"), 2);
    EXPECT_FALSE(csv.error);
    EXPECT_EQ(csv.format, DatasetFormat::Csv);
    EXPECT_EQ(csv.previewedRecords, 2);
    EXPECT_EQ(csv.presentFields,
        (QStringList { QStringLiteral("id"), QStringLiteral("question"), QStringLiteral("answer"),
            QStringLiteral("contexts"), QStringLiteral("ground_truth"), QStringLiteral("reference_contexts") }));
    EXPECT_EQ(csv.extraFields, QStringList { QStringLiteral("lang") });
}

TEST(DatasetStream, DemoFilesImportCleanly)
{
    const QString dir = QStringLiteral(EVALBENCH_SOURCE_DIR "/examples/");
    const ReadResult jsonl = readAll(dir + QStringLiteral("rag-demo.jsonl"));
    ASSERT_FALSE(jsonl.error) << qPrintable(errorMessage(jsonl));
    EXPECT_GE(jsonl.samples.size(), 40);
    int chinese = 0;
    bool emptyAnswer = false, noContexts = false, objectContexts = false, noGroundTruth = false, longContext = false;
    for (const Sample& sample : jsonl.samples) {
        chinese += sample.question.contains(QRegularExpression(QStringLiteral("[\\x{4e00}-\\x{9fff}]")));
        emptyAnswer |= sample.answer == QString();
        noContexts |= sample.contexts && sample.contexts->isEmpty();
        objectContexts |= !sample.contextMetadata.isEmpty();
        noGroundTruth |= !sample.groundTruth;
        for (const QString& context : sample.contexts.value_or(QStringList()))
            longContext |= context.size() > 2000;
    }
    EXPECT_GE(chinese, 15);
    EXPECT_GE(jsonl.samples.size() - chinese, 15);
    EXPECT_TRUE(emptyAnswer);
    EXPECT_TRUE(noContexts);
    EXPECT_TRUE(objectContexts);
    EXPECT_TRUE(noGroundTruth);
    EXPECT_TRUE(longContext);

    const ReadResult csv = readAll(dir + QStringLiteral("rag-demo.csv"));
    ASSERT_FALSE(csv.error) << qPrintable(errorMessage(csv));
    EXPECT_GE(csv.samples.size(), 8);
    for (const Sample& sample : csv.samples)
        EXPECT_GE(sample.contexts.value_or(QStringList()).size(), 1) << qPrintable(sample.id);
}

TEST(DatasetStream, HundredThousandRecords)
{
    TempDataset temp;
    const QString path = temp.path("big.jsonl");
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        for (int block = 0; block < 100; ++block) {
            // Ids are numbered from 1 in each block: a per-block prefix keeps them unique.
            file.write(makeJsonl(1000, 0, QByteArrayLiteral("b") + QByteArray::number(block) + '-'));
        }
    }
    DatasetReader reader(path, { DatasetFormat::Auto, 1000 });
    int records = 0;
    int chunks = 0;
    QString last;
    const auto error = reader.read([&](QList<Sample>&& chunk) {
        ++chunks;
        records += int(chunk.size());
        last = chunk.last().id;
        return true;
    });
    ASSERT_FALSE(error) << qPrintable(error->message);
    EXPECT_EQ(records, 100000);
    EXPECT_EQ(chunks, 100);
    EXPECT_EQ(reader.recordsRead(), 100000);
    EXPECT_EQ(last, QStringLiteral("b99-1000"));
    EXPECT_EQ(reader.bytesRead(), reader.fileSize());
}

namespace {
// Everything observable about a read, to compare reads of the same file.
QString summary(const QString& path, qsizetype blockSize)
{
    DatasetReader reader(path, { DatasetFormat::Auto, 2 });
    reader.setBlockSize(blockSize);
    QString out;
    const auto error = reader.read([&](QList<Sample>&& chunk) {
        for (const Sample& sample : chunk)
            out += QString::fromUtf8(QJsonDocument(sample.toJson()).toJson(QJsonDocument::Compact)) + u'\n';
        return true;
    });
    return out + (error ? error->message : QStringLiteral("ok"));
}
} // namespace

// Records, quotes, escapes, CRLF pairs and UTF-8 sequences that straddle a block boundary must
// parse exactly as when the whole file fits in one block.
TEST(DatasetStream, TinyBlocksGiveTheSameResult)
{
    const char* files[] = { "aliases.jsonl", "array.json", "basic.csv", "lf.csv", "bom_crlf.jsonl",
        "contexts_shapes.jsonl", "nulls.jsonl", "duplicate_id.jsonl", "missing_question.csv", "bad_utf8.jsonl" };
    for (const char* name : files) {
        SCOPED_TRACE(name);
        const QString expected = summary(fixture(name), 1 << 20);
        EXPECT_GT(expected.size(), 10);
        for (qsizetype blockSize : { 1, 2, 3, 7, 64 })
            EXPECT_EQ(summary(fixture(name), blockSize), expected) << "block size " << blockSize;
    }
}

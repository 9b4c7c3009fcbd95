// SPDX-License-Identifier: MIT
#include "annotatedrun.h"
#include "common/datadir.h"
#include "common/testprinters.h"
#include "io/annotationagreement.h"
#include "io/artifactwriter.h"
#include "io/reportexporter.h"
#include "store/connectionpool.h"

#include <gtest/gtest.h>

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace evalbench;
using namespace annotatedrun;

namespace {

const QString kRun = QStringLiteral("run-annotated");

// Annotations of the fixture run (human score vs the run's score):
//   overall: s0 0.0 vs 0.1, s1 0.5 vs 0.3, s2 1.0 vs 0.8  -> 3 pairs
//   token_f1: s0 0.1 vs 0.2, s2 0.7 vs 0.6, s3 0.9 vs skipped -> 2 pairs
//   exact_match: s1 label only -> no pair
// Overall: both rank the same way, rho = 1. Pass at 0.5: human F T T, run F F T:
//   po = 2/3; human passes 2, run 1; pe = (2*1 + 1*2) / 9 = 4/9; kappa = (2/9) / (5/9) = 0.4.
// token_f1: rho = 1 (two pairs in the same order); pass F T on both sides, kappa = 1.
class AnnotationExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_dataDir = std::make_unique<DataDir>(m_dir.path());
        m_writer = std::make_unique<StoreWriter>(m_dataDir->databasePath());
        ASSERT_TRUE(m_writer->openError().isEmpty());
        m_keys = write(*m_writer, kRun);
        ASSERT_EQ(m_keys.size(), 4);
        const auto save = [this](int index, const SampleAnnotation& a) {
            return m_writer->saveAnnotation(m_keys[index], a).result().ok();
        };
        ASSERT_TRUE(save(0, annotation({}, 0.0, QStringLiteral("bad"))));
        ASSERT_TRUE(save(1, annotation({}, 0.5)));
        ASSERT_TRUE(save(2, annotation({}, 1.0, QStringLiteral("good"), QStringLiteral("fine, really"))));
        ASSERT_TRUE(save(0, annotation(kF1, 0.1)));
        ASSERT_TRUE(save(2, annotation(kF1, 0.7)));
        ASSERT_TRUE(save(3, annotation(kF1, 0.9)));
        ASSERT_TRUE(save(1, annotation(kExact, std::nullopt, QStringLiteral("unsure"))));
    }
    void TearDown() override
    {
        QThreadPool::globalInstance()->waitForDone();
        m_writer.reset();
        ConnectionPool::closeForCurrentThread(m_dataDir->databasePath());
    }

    QByteArray exported(ExportFormat format, const QString& runId = kRun)
    {
        const StoreReader reader(m_dataDir->databasePath());
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const std::optional<EvalError> error = ReportExporter(*m_dataDir, reader).write(runId, format, buffer);
        EXPECT_FALSE(error) << (error ? error->message.toStdString() : std::string());
        return buffer.data();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<DataDir> m_dataDir;
    std::unique_ptr<StoreWriter> m_writer;
    QList<qint64> m_keys;
};

void expectFigures(const QJsonObject& row, int n, const QJsonValue& spearman, const QJsonValue& kappa)
{
    EXPECT_EQ(row.value(QStringLiteral("n")).toInt(-1), n);
    if (spearman.isNull())
        EXPECT_TRUE(row.value(QStringLiteral("spearman")).isNull());
    else
        EXPECT_NEAR(row.value(QStringLiteral("spearman")).toDouble(), spearman.toDouble(), 1e-9);
    if (kappa.isNull())
        EXPECT_TRUE(row.value(QStringLiteral("kappa")).isNull());
    else
        EXPECT_NEAR(row.value(QStringLiteral("kappa")).toDouble(), kappa.toDouble(), 1e-9);
}

} // namespace

TEST_F(AnnotationExportTest, AgreementPairsHumanAndRunScores)
{
    const StoreReader reader(m_dataDir->databasePath());
    const AnnotationAgreement agreement =
        AnnotationAgreement::load(reader, *reader.run(kRun), reader.annotations(kRun));
    const QList<AgreementRow> rows = agreement.rows(0.5);
    ASSERT_EQ(rows.size(), 3);
    EXPECT_TRUE(rows[0].metric.isEmpty());
    EXPECT_EQ(rows[0].pairs, 3);
    EXPECT_DOUBLE_EQ(rows[0].spearman, 1.0);
    EXPECT_NEAR(rows[0].kappa, 0.4, 1e-12);
    EXPECT_EQ(rows[1].metric, kF1);
    EXPECT_EQ(rows[1].pairs, 2);
    EXPECT_DOUBLE_EQ(rows[1].kappa, 1.0);
    EXPECT_EQ(rows[2].metric, kExact);
    EXPECT_EQ(rows[2].pairs, 0);
    EXPECT_TRUE(std::isnan(rows[2].spearman) && std::isnan(rows[2].kappa));
    // At 0.9 the human passes only s2 (1.0) and the run none: pe = (1*0 + 2*3) / 9 = 2/3, po = 2/3 -> 0.
    EXPECT_NEAR(agreement.rows(0.9)[0].kappa, 0.0, 1e-12);
}

TEST_F(AnnotationExportTest, JsonCarriesEachSamplesAnnotationsAndTheAgreement)
{
    QJsonParseError parseError;
    const QJsonObject report = QJsonDocument::fromJson(exported(ExportFormat::Json), &parseError).object();
    ASSERT_EQ(parseError.error, QJsonParseError::NoError) << parseError.errorString().toStdString();
    // The existing fields are all still there.
    for (const char* key : { "schema", "run", "summary", "samples", "advice" })
        EXPECT_TRUE(report.contains(QLatin1String(key))) << key;

    const QJsonObject agreement = report.value(QStringLiteral("agreement")).toObject();
    EXPECT_DOUBLE_EQ(agreement.value(QStringLiteral("threshold")).toDouble(), 0.5);
    expectFigures(agreement.value(QStringLiteral("overall")).toObject(), 3, 1.0, 0.4);
    const QJsonObject metrics = agreement.value(QStringLiteral("metrics")).toObject();
    expectFigures(metrics.value(kF1).toObject(), 2, 1.0, 1.0);
    expectFigures(metrics.value(kExact).toObject(), 0, QJsonValue::Null, QJsonValue::Null);

    const QJsonArray samples = report.value(QStringLiteral("samples")).toArray();
    ASSERT_EQ(samples.size(), 4);
    const QJsonObject s2 = samples[2].toObject();
    EXPECT_DOUBLE_EQ(s2.value(QStringLiteral("weighted_score")).toDouble(), 0.8);
    const QJsonObject overall =
        s2.value(QStringLiteral("annotations")).toObject().value(QStringLiteral("overall")).toObject();
    EXPECT_DOUBLE_EQ(overall.value(QStringLiteral("score")).toDouble(), 1.0);
    EXPECT_EQ(overall.value(QStringLiteral("label")).toString(), QStringLiteral("good"));
    EXPECT_EQ(overall.value(QStringLiteral("comment")).toString(), QStringLiteral("fine, really"));
    EXPECT_EQ(overall.value(QStringLiteral("author")).toString(), QStringLiteral("analyst"));
    EXPECT_TRUE(QDateTime::fromString(overall.value(QStringLiteral("updated_at")).toString(), Qt::ISODate).isValid());
    const QJsonObject s1Exact = samples[1]
                                    .toObject()
                                    .value(QStringLiteral("annotations"))
                                    .toObject()
                                    .value(QStringLiteral("metrics"))
                                    .toObject()
                                    .value(kExact)
                                    .toObject();
    EXPECT_TRUE(s1Exact.value(QStringLiteral("score")).isNull());
    EXPECT_EQ(s1Exact.value(QStringLiteral("label")).toString(), QStringLiteral("unsure"));
    const QJsonObject s3 = samples[3].toObject().value(QStringLiteral("annotations")).toObject();
    EXPECT_FALSE(s3.contains(QStringLiteral("overall")));
    EXPECT_DOUBLE_EQ(
        s3.value(QStringLiteral("metrics")).toObject().value(kF1).toObject().value(QStringLiteral("score")).toDouble(),
        0.9);
}

TEST_F(AnnotationExportTest, AnUnannotatedRunKeepsItsFilesAsTheyWere)
{
    ASSERT_EQ(write(*m_writer, QStringLiteral("plain")).size(), 4);
    const QJsonObject report = QJsonDocument::fromJson(exported(ExportFormat::Json, QStringLiteral("plain"))).object();
    EXPECT_FALSE(report.contains(QStringLiteral("agreement")));
    const QJsonArray samples = report.value(QStringLiteral("samples")).toArray();
    ASSERT_EQ(samples.size(), 4);
    for (const QJsonValue& sample : samples)
        EXPECT_FALSE(sample.toObject().contains(QStringLiteral("annotations")));
    EXPECT_FALSE(exported(ExportFormat::Markdown, QStringLiteral("plain")).contains("Human annotations"));
    EXPECT_TRUE(
        exported(ExportFormat::Csv, QStringLiteral("plain")).split('\n').first().endsWith(",skipped_metrics,errors\r"));
}

TEST_F(AnnotationExportTest, MarkdownHasAnAgreementSectionAndTheAnnotatedSamples)
{
    const QString md = QString::fromUtf8(exported(ExportFormat::Markdown));
    EXPECT_TRUE(md.contains(QStringLiteral("## Human annotations"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("7 annotation(s) on 4 sample(s)")));
    EXPECT_TRUE(md.contains(QStringLiteral("| overall (weighted score) | 3 | 1.0000 | 0.4000 |")));
    EXPECT_TRUE(md.contains(QStringLiteral("| `token_f1` | 2 | 1.0000 | 1.0000 |")));
    EXPECT_TRUE(md.contains(QStringLiteral("| `exact_match` | 0 | — | — |")));
    EXPECT_TRUE(md.contains(QStringLiteral("| `s2` | overall | 1.0000 | 0.8000 | good | fine, really | analyst |")));
    EXPECT_TRUE(md.contains(QStringLiteral("| `s3` | `token_f1` | 0.9000 | — | — | — | analyst |")));
    // Before the advice, which stays last.
    EXPECT_LT(md.indexOf(QStringLiteral("## Human annotations")), md.indexOf(QStringLiteral("## Advice")));
}

TEST_F(AnnotationExportTest, CsvEndsWithTheOverallHumanColumns)
{
    const QList<QByteArray> lines = exported(ExportFormat::Csv).split('\n');
    ASSERT_GE(lines.size(), 5);
    EXPECT_EQ(lines[0],
        QByteArray("\xEF\xBB\xBFid,question,answer,ground_truth,weighted_score,token_f1,exact_match,skipped_metrics,"
                   "errors,human_score,human_label,human_comment\r"));
    EXPECT_TRUE(lines[1].endsWith(",0,bad,\r")) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].endsWith(",0.5,,\r")) << lines[2].toStdString();
    EXPECT_TRUE(lines[3].endsWith(",1,good,\"fine, really\"\r")) << lines[3].toStdString();
    // s3 has no overall annotation (only one for token_f1): the three columns stay empty.
    EXPECT_TRUE(lines[4].endsWith(",token_f1,,,,\r")) << lines[4].toStdString();
}

TEST_F(AnnotationExportTest, RunFilesWrittenAfterAnnotatingIncludeThem)
{
    const StoreReader reader(m_dataDir->databasePath());
    ASSERT_TRUE(ArtifactWriter(*m_dataDir, reader).write(kRun).isEmpty());
    QFile json(m_dataDir->runPath(kRun) + QStringLiteral("/report.json"));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(json.readAll()).object();
    expectFigures(
        report.value(QStringLiteral("agreement")).toObject().value(QStringLiteral("overall")).toObject(), 3, 1.0, 0.4);
    QFile csv(m_dataDir->runPath(kRun) + QStringLiteral("/scores.csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    EXPECT_TRUE(csv.readAll().contains(",1,good,\"fine, really\"\r\n"));
}

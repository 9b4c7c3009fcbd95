// SPDX-License-Identifier: MIT
#include "io/artifactwriter.h"

#include "io/csvreportwriter.h"
#include "io/jsonreportwriter.h"
#include "io/markdownreportwriter.h"
#include "io/mladvice.h"
#include "io/mlreportwriter.h"
#include "io/reportjson.h"
#include "io/ruleadvice.h"
#include "store/storereader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtConcurrent>

namespace evalbench {

namespace {

QString saveFile(const QString& path, const std::function<QString(QIODevice&)>& writeContent)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    const QString error = writeContent(file);
    if (!error.isEmpty()) {
        file.cancelWriting();
        return QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), error);
    }
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

QString writeText(QIODevice& out, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return out.write(utf8) == utf8.size() ? QString() : out.errorString();
}

QJsonObject metadata(const RunRecord& run)
{
    const QFileInfo dataset(run.datasetPath);
    const qint64 seconds =
        run.createdAt.isValid() && run.finishedAt.isValid() ? run.createdAt.secsTo(run.finishedAt) : -1;
    return {
        { QStringLiteral("schema"), QStringLiteral("evalbench.metadata/1") },
        { QStringLiteral("run"), reportjson::run(run) },
        { QStringLiteral("dataset"),
            QJsonObject {
                { QStringLiteral("path"), run.datasetPath },
                { QStringLiteral("size_bytes"), dataset.exists() ? QJsonValue(double(dataset.size())) : QJsonValue() },
                { QStringLiteral("sample_count"), run.sampleCount },
            } },
        { QStringLiteral("timing"),
            QJsonObject {
                { QStringLiteral("created_at"), run.createdAt.toUTC().toString(Qt::ISODate) },
                { QStringLiteral("finished_at"),
                    run.finishedAt.isValid() ? QJsonValue(run.finishedAt.toUTC().toString(Qt::ISODate))
                                             : QJsonValue() },
                { QStringLiteral("duration_seconds"), seconds >= 0 ? QJsonValue(double(seconds)) : QJsonValue() },
            } },
        { QStringLiteral("versions"),
            QJsonObject {
                { QStringLiteral("evalbench"), QStringLiteral(EVALBENCH_VERSION) },
                { QStringLiteral("qt"), QString::fromLatin1(qVersion()) },
                { QStringLiteral("semantics"),
                    run.settings.ragasCompat ? QStringLiteral("ragas-compat") : QStringLiteral("evalbench-1") },
            } },
    };
}

} // namespace

ArtifactWriter::ArtifactWriter(DataDir dataDir, const StoreReader& reader)
    : m_dataDir(std::move(dataDir))
    , m_reader(reader)
{ }

QString ArtifactWriter::write(const QString& runId) const
{
    const std::optional<RunRecord> found = m_reader.run(runId);
    if (!found)
        return QStringLiteral("run %1 not found").arg(runId);
    const RunRecord& run = *found;
    const QString folder = m_dataDir.runPath(runId);
    if (!QDir().mkpath(folder))
        return QStringLiteral("cannot create %1").arg(QDir::toNativeSeparators(folder));

    const auto path = [&folder](
                          const char* name) -> QString { return folder + QLatin1Char('/') + QLatin1String(name); };
    if (run.kind == QLatin1String("ml"))
        return writeMlFiles(run, folder);
    // The judge's advice when it wrote one (runs with a judge), else the rules'.
    const QString advice = m_reader.runJudgeAdvice(run.id).value_or(RuleAdvice::render(run));

    QJsonObject meta = metadata(run);
    if (const std::optional<QJsonObject> usage = m_reader.runJudgeUsage(run.id))
        meta.insert(QStringLiteral("judge_usage"), *usage);
    if (QString error = saveFile(path("metadata.json"),
            [&](QIODevice& out) { return writeText(out, QString::fromUtf8(QJsonDocument(meta).toJson())); });
        !error.isEmpty())
        return error;
    if (QString error =
            saveFile(path("optimization_advice.md"), [&](QIODevice& out) { return writeText(out, advice); });
        !error.isEmpty())
        return error;
    if (QString error = saveFile(path("summary.md"),
            [&](QIODevice& out) { return writeText(out, MarkdownReportWriter(m_reader, run, advice).render()); });
        !error.isEmpty())
        return error;
    return writeSampleFiles(run, advice, path("scores.csv"), path("report.json"));
}

QString ArtifactWriter::writeMlFiles(const RunRecord& run, const QString& folder) const
{
    const std::optional<QJsonObject> result = m_reader.mlResult(run.id);
    if (!result)
        return QStringLiteral("run %1 has no stored result").arg(run.id);
    const QString advice = MlAdvice::render(run, *result);
    const MlReportWriter report(run, *result, advice);
    QJsonObject meta = metadata(run);
    meta.insert(QStringLiteral("workspace"), run.datasetPath);
    meta.insert(QStringLiteral("scorer"), result->value(QStringLiteral("versioning")).toObject());
    const QList<std::pair<const char*, QByteArray>> files = {
        { "metadata.json", QJsonDocument(meta).toJson() },
        { "result.json", QJsonDocument(*result).toJson() },
        { "optimization_advice.md", advice.toUtf8() },
        { "summary.md", report.markdown().toUtf8() },
        { "scores.csv", report.csv() },
        { "report.json", QJsonDocument(report.json()).toJson() },
    };
    for (const auto& [name, bytes] : files) {
        const QString path = folder + QLatin1Char('/') + QLatin1String(name);
        if (QString error = saveFile(path,
                [&bytes](QIODevice& out) { return out.write(bytes) == bytes.size() ? QString() : out.errorString(); });
            !error.isEmpty())
            return error;
    }
    return {};
}

QString ArtifactWriter::writeSampleFiles(
    const RunRecord& run, const QString& advice, const QString& csvPath, const QString& jsonPath) const
{
    // One pass over the samples feeds both files: a large run is read from the store once.
    QSaveFile csvFile(csvPath);
    QSaveFile jsonFile(jsonPath);
    for (QSaveFile* file : { &csvFile, &jsonFile }) {
        if (!file->open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1: %2")
                .arg(QDir::toNativeSeparators(file->fileName()), file->errorString());
    }
    const CsvReportWriter csv(m_reader, run);
    JsonReportWriter json(m_reader, run, advice);
    QString error = csv.begin(csvFile);
    if (error.isEmpty())
        error = json.begin(jsonFile);
    // Pages are read and encoded on the thread pool (each thread with its own
    // connection), a few at a time so memory stays bounded, and written in order.
    constexpr int kPage = 1000;
    constexpr int kPagesAtOnce = 4;
    struct PageBytes
    {
        QByteArray csv;
        QList<QByteArray> json;
    };
    const QString databasePath = m_reader.databasePath();
    const auto encodePage = [&csv, &json, &run, databasePath](int start) {
        PageBytes bytes;
        for (const StoredSample& sample : StoreReader(databasePath).samples(run.id, start, kPage)) {
            if (sample.index >= start + kPage)
                break;
            bytes.csv += csv.row(sample);
            bytes.json.append(json.encode(sample));
        }
        return bytes;
    };
    for (int first = 0; error.isEmpty() && first < run.sampleCount; first += kPage * kPagesAtOnce) {
        QList<int> starts;
        for (int start = first; start < run.sampleCount && starts.size() < kPagesAtOnce; start += kPage)
            starts.append(start);
        const QList<PageBytes> pages = QtConcurrent::blockingMapped<QList<PageBytes>>(starts, encodePage);
        for (const PageBytes& page : pages) {
            if (csvFile.write(page.csv) != page.csv.size()) {
                error = csvFile.errorString();
                break;
            }
            for (const QByteArray& line : page.json) {
                if (error = json.addEncoded(jsonFile, line); !error.isEmpty())
                    break;
            }
        }
    }
    if (error.isEmpty())
        error = json.finish(jsonFile);
    if (error.isEmpty() && !csvFile.commit())
        error = csvFile.errorString();
    if (error.isEmpty() && !jsonFile.commit())
        error = jsonFile.errorString();
    if (!error.isEmpty())
        return QStringLiteral("cannot write the report files of run %1: %2").arg(run.id, error);
    return {};
}

} // namespace evalbench

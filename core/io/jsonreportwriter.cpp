// SPDX-License-Identifier: MIT
#include "io/jsonreportwriter.h"

#include "io/annotationagreement.h"
#include "io/annotationjson.h"
#include "io/reportjson.h"
#include "io/samplejsonencoder.h"
#include "store/storereader.h"

#include <QJsonDocument>

namespace evalbench {

namespace {
QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

JsonReportWriter::JsonReportWriter(const StoreReader& reader, RunRecord run, QString advice)
    : m_reader(reader)
    , m_run(std::move(run))
    , m_advice(std::move(advice))
    , m_annotations(reader.annotations(m_run.id))
{ }

QString JsonReportWriter::begin(QIODevice& out) const
{
    QByteArray head = "{\"schema\":\"";
    head += reportjson::kSchema;
    head += "\",\n\"run\":" + compact(reportjson::run(m_run));
    head += ",\n\"summary\":" + compact(reportjson::summary(m_run));
    // What the judge was asked and what it cost (runs with a judge).
    if (const std::optional<QJsonObject> usage = m_reader.runJudgeUsage(m_run.id))
        head += ",\n\"judge_usage\":" + compact(*usage);
    // How the human scores agree with the run's (runs an analyst annotated).
    if (!m_annotations.isEmpty())
        head += ",\n\"agreement\":" + compact(AnnotationAgreement::load(m_reader, m_run, m_annotations).toJson());
    head += ",\n\"samples\":[";
    return out.write(head) == head.size() ? QString() : out.errorString();
}

QByteArray JsonReportWriter::encode(const StoredSample& sample) const
{
    QByteArray json = SampleJsonEncoder::encode(sample, m_run.settings.metrics);
    const auto annotations = m_annotations.constFind(sample.index);
    if (annotations != m_annotations.cend()) {
        json.chop(1); // the closing brace
        json += ",\"annotations\":" + compact(annotationjson::sampleAnnotations(*annotations)) + '}';
    }
    return json;
}

QString JsonReportWriter::addEncoded(QIODevice& out, const QByteArray& encoded)
{
    const QByteArray separator = m_first ? "\n" : ",\n";
    m_first = false;
    if (out.write(separator) != separator.size() || out.write(encoded) != encoded.size())
        return out.errorString();
    return {};
}

QString JsonReportWriter::add(QIODevice& out, const StoredSample& sample)
{
    return addEncoded(out, encode(sample));
}

QString JsonReportWriter::finish(QIODevice& out) const
{
    QByteArray tail = "\n],\n\"advice\":";
    SampleJsonEncoder::appendString(tail, m_advice);
    tail += "}\n";
    return out.write(tail) == tail.size() ? QString() : out.errorString();
}

QString JsonReportWriter::write(QIODevice& out) const
{
    JsonReportWriter writer(m_reader, m_run, m_advice);
    if (QString error = writer.begin(out); !error.isEmpty())
        return error;
    QString error;
    m_reader.forEachSample(m_run.id, [&](const StoredSample& sample) {
        error = writer.add(out, sample);
        return error.isEmpty();
    });
    if (!error.isEmpty())
        return error;
    return writer.finish(out);
}

} // namespace evalbench

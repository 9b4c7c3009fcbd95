// SPDX-License-Identifier: MIT
#include "io/jsonreportwriter.h"

#include <QJsonDocument>

#include "io/reportjson.h"
#include "store/storereader.h"

namespace evalbench {

namespace {
QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray jsonString(const QString& text)
{
    // A one-element array is the cheapest way to get QJson's string escaping.
    QByteArray array = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}
} // namespace

JsonReportWriter::JsonReportWriter(const StoreReader& reader, RunRecord run, QString advice)
    : m_reader(reader)
    , m_run(std::move(run))
    , m_advice(std::move(advice))
{
}

QString JsonReportWriter::write(QIODevice& out) const
{
    QByteArray head = "{\"schema\":\"";
    head += reportjson::kSchema;
    head += "\",\n\"run\":" + compact(reportjson::run(m_run));
    head += ",\n\"summary\":" + compact(reportjson::summary(m_run));
    head += ",\n\"samples\":[";
    if (out.write(head) != head.size())
        return out.errorString();

    bool first = true;
    bool ok = true;
    m_reader.forEachSample(m_run.id, [&](const StoredSample& sample) {
        QByteArray line = first ? "\n" : ",\n";
        first = false;
        line += compact(reportjson::sample(sample, m_run.settings.metrics));
        ok = out.write(line) == line.size();
        return ok;
    });
    if (!ok)
        return out.errorString();

    const QByteArray tail = "\n],\n\"advice\":" + jsonString(m_advice) + "}\n";
    if (out.write(tail) != tail.size())
        return out.errorString();
    return {};
}

} // namespace evalbench

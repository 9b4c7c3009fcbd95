// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"
#include "common/sample.h"
#include "io/datasetfields.h"

#include <optional>

#include <QByteArrayList>
#include <QHash>
#include <QSet>

namespace evalbench {

// Turns one raw record (JSON object bytes, or CSV cells under a header) into a Sample, applying
// the field aliases, types and null / empty rules of CONTRACTS "Datasets", and checks that ids
// are unique across the file. Keeps the state that spans records: record count, ids seen,
// fields seen (for the preview).
class DatasetRecordMapper
{
public:
    explicit DatasetRecordMapper(QString path);

    std::optional<EvalError> mapJson(const char* data, qsizetype size, int line, Sample& out);

    std::optional<EvalError> setCsvHeader(const QByteArrayList& cells, int line);
    std::optional<EvalError> mapCsv(const QByteArrayList& cells, int line, Sample& out);

    int records() const { return m_records; }
    QStringList presentFields() const; // canonical names, in the Sample's order
    QStringList extraFields() const { return m_extraFields; }

private:
    std::optional<EvalError> mapObject(const QJsonObject& object, int line, Sample& out);
    std::optional<EvalError> checkUtf8(const char* data, qsizetype size, int line);
    EvalError error(ErrorCode code, int line, const QString& field, const QString& what) const;

    QString m_path;
    int m_records = 0;
    QHash<QString, int> m_idLines;
    unsigned m_present = 0;
    QSet<QString> m_extraSeen;
    QStringList m_extraFields;
    QStringList m_csvNames;
    QList<std::optional<DatasetField>> m_csvFields;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"
#include "common/sample.h"
#include "io/datasetformat.h"

#include <functional>
#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

namespace evalbench {

class DatasetBlockBuffer;
class DatasetRecordMapper;

// Streams a RAG dataset (JSONL, JSON array or CSV; CONTRACTS "Datasets") in chunks of samples.
// The file is read in blocks and parsed record by record, so memory stays flat whatever its size.
class DatasetReader
{
public:
    explicit DatasetReader(QString path, DatasetReadOptions options = {});

    // Calls onChunk with consecutive samples in file order. Stops at the end of the file, at the
    // first bad record (returns its error; the good records before it have been delivered, none
    // after it), or when onChunk returns false (then returns nullopt and wasCancelled() is true).
    std::optional<EvalError> read(const std::function<bool(QList<Sample>&& chunk)>& onChunk);

    bool wasCancelled() const { return m_cancelled; }
    // Progress; up to date whenever onChunk is called.
    qint64 bytesRead() const { return m_bytesRead; }
    qint64 fileSize() const { return m_fileSize; }
    int recordsRead() const { return m_recordsRead; }
    DatasetFormat detectedFormat() const { return m_detected; }

    // Canonical field names given by any record read so far, and the other keys (kept as metadata).
    QStringList presentFields() const { return m_presentFields; }
    QStringList extraFields() const { return m_extraFields; }

    // Read granularity; the preview uses small blocks so that it touches only the file's head.
    void setBlockSize(qsizetype bytes) { m_blockSize = bytes; }

private:
    enum class Flow
    {
        Continue,
        Stop
    };

    std::optional<EvalError> readJson(DatasetBlockBuffer& buffer, DatasetRecordMapper& mapper, int mode);
    std::optional<EvalError> readCsv(DatasetBlockBuffer& buffer, DatasetRecordMapper& mapper);
    Flow add(Sample&& sample, const DatasetBlockBuffer& buffer);
    Flow flush(const DatasetBlockBuffer& buffer);
    std::optional<EvalError> fail(EvalError error, const DatasetBlockBuffer& buffer);

    QString m_path;
    DatasetReadOptions m_options;
    qsizetype m_blockSize = 1 << 20;
    const std::function<bool(QList<Sample>&&)>* m_onChunk = nullptr;
    QList<Sample> m_chunk;
    bool m_cancelled = false;
    qint64 m_bytesRead = 0;
    qint64 m_fileSize = 0;
    int m_recordsRead = 0;
    DatasetFormat m_detected = DatasetFormat::Auto;
    QStringList m_presentFields;
    QStringList m_extraFields;
};

} // namespace evalbench

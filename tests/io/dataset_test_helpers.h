// SPDX-License-Identifier: MIT
#pragma once

#include "common/testprinters.h"
#include "io/datasetreader.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QTemporaryDir>

namespace evalbench::testing {

inline QString fixture(const char* name)
{
    return QStringLiteral(EVALBENCH_TEST_DATA_DIR "/io/") + QString::fromUtf8(name);
}

struct ReadResult
{
    QList<Sample> samples;
    std::optional<EvalError> error;
    QList<qsizetype> chunkSizes;
};

inline ReadResult readAll(const QString& path, DatasetReadOptions options = {})
{
    ReadResult result;
    DatasetReader reader(path, options);
    result.error = reader.read([&](QList<Sample>&& chunk) {
        result.chunkSizes.append(chunk.size());
        result.samples.append(std::move(chunk));
        return true;
    });
    return result;
}

// Writes bytes to <temp dir>/<name> so that a test keeps its input next to its assertions.
class TempDataset
{
public:
    QString write(const char* name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(QString::fromUtf8(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }

private:
    QTemporaryDir m_dir;
};

inline QString errorMessage(const ReadResult& result)
{
    return result.error ? result.error->message : QStringLiteral("<no error>");
}

} // namespace evalbench::testing

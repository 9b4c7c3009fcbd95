// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

class QIODevice;

namespace evalbench {

// A sliding window over a file: the parsers look at the unconsumed bytes, consume whole records
// and ask for more when a record runs past the window. Only the current block plus the one
// unfinished record are ever held in memory, whatever the file size.
class DatasetBlockBuffer
{
public:
    explicit DatasetBlockBuffer(QIODevice* device, qsizetype blockSize = 1 << 20);

    // Appends the next block (dropping consumed bytes first). False at the end of the file or on
    // a read error (see hasReadError()).
    bool readMore();
    bool atEnd() const { return m_atEnd; }
    bool hasReadError() const { return !m_readError.isEmpty(); }
    QString readError() const { return m_readError; }

    const char* data() const { return m_buffer.constData() + m_pos; }
    qsizetype size() const { return m_buffer.size() - m_pos; }
    void consume(qsizetype count) { m_pos += count; }

    qint64 bytesRead() const { return m_bytesRead; }

private:
    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_blockSize;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    QString m_readError;
};

} // namespace evalbench

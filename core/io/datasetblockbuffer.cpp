// SPDX-License-Identifier: MIT
#include "io/datasetblockbuffer.h"

#include <cstring>

#include <QIODevice>

namespace evalbench {

DatasetBlockBuffer::DatasetBlockBuffer(QIODevice* device, qsizetype blockSize)
    : m_device(device)
    , m_blockSize(blockSize)
{ }

bool DatasetBlockBuffer::readMore()
{
    if (m_atEnd)
        return false;
    // The unconsumed tail is one partial record, so moving it to the front is cheap and keeps the
    // buffer from growing with the file.
    const qsizetype keep = size();
    if (m_pos > 0) {
        if (keep > 0)
            std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(keep));
        m_pos = 0;
    }
    m_buffer.resize(keep + m_blockSize);
    const qint64 got = m_device->read(m_buffer.data() + keep, m_blockSize);
    if (got < 0) {
        m_readError = m_device->errorString();
        m_buffer.resize(keep);
        m_atEnd = true;
        return false;
    }
    m_buffer.resize(keep + qsizetype(got));
    m_bytesRead += got;
    if (got == 0) {
        m_atEnd = true;
        return false;
    }
    return true;
}

} // namespace evalbench

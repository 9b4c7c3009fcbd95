// SPDX-License-Identifier: MIT
#include "io/csvrecordparser.h"

#include "io/datasetblockbuffer.h"

#include <cstring>

namespace evalbench {

CsvRecordParser::CsvRecordParser(DatasetBlockBuffer& buffer)
    : m_buffer(buffer)
{ }

CsvRecordParser::Status CsvRecordParser::next()
{
    for (;;) {
        qsizetype consumed = 0;
        int newlines = 0;
        const Parse result = parseRecord(consumed, newlines);
        if (result == Parse::NeedMore) {
            // A record crosses the end of the window: read on and parse it again from its start.
            // Records are small next to a block, so the repeated work is negligible.
            if (m_buffer.readMore())
                continue;
            if (m_buffer.hasReadError()) {
                m_errorCode = ErrorCode::MissingFile;
                m_errorLine = m_line;
                m_errorText = QStringLiteral("cannot read the file (") + m_buffer.readError() + u')';
                return Status::Error;
            }
            continue; // at the end of the file parseRecord settles the last record
        }
        if (result == Parse::Error)
            return Status::Error;
        if (consumed == 0)
            return Status::End;
        const int startLine = m_line;
        const char first = m_buffer.data()[0];
        const bool blank = m_fields.size() == 1 && (first == '\n' || first == '\r');
        // The fields point into the buffer, so consuming only moves the window start; the bytes
        // stay in place until the next readMore().
        m_buffer.consume(consumed);
        m_line += newlines;
        if (blank)
            continue;
        m_recordLine = startLine;
        return Status::Record;
    }
}

// Parses one record at the window start. NeedMore when the window ends inside it and the file
// has more; at the end of the file the last record may lack its line end.
CsvRecordParser::Parse CsvRecordParser::parseRecord(qsizetype& consumed, int& newlines)
{
    m_fields.clear();
    const char* data = m_buffer.data();
    const qsizetype size = m_buffer.size();
    const bool atEnd = m_buffer.atEnd();
    if (size == 0)
        return atEnd ? Parse::Done : Parse::NeedMore; // consumed stays 0: end of file
    qsizetype i = 0;
    for (;;) {
        if (i < size && data[i] == '"') {
            QByteArray field;
            qsizetype from = i + 1;
            for (;;) {
                const void* hit = std::memchr(data + from, '"', size_t(size - from));
                if (!hit) {
                    if (!atEnd)
                        return Parse::NeedMore;
                    m_errorCode = ErrorCode::ParseError;
                    m_errorLine = m_line + newlines;
                    m_errorText =
                        QStringLiteral("a quoted field is not closed (missing \" before the end of the file)");
                    return Parse::Error;
                }
                const qsizetype quote = static_cast<const char*>(hit) - data;
                newlines += [&] {
                    int n = 0;
                    for (qsizetype k = from; k < quote; ++k)
                        n += data[k] == '\n';
                    return n;
                }();
                field.append(data + from, quote - from);
                if (quote + 1 >= size && !atEnd)
                    return Parse::NeedMore; // cannot tell "" from a closing quote yet
                if (quote + 1 < size && data[quote + 1] == '"') {
                    field.append('"');
                    from = quote + 2;
                    continue;
                }
                i = quote + 1;
                break;
            }
            m_fields.append(field);
            if (i < size && data[i] != ',' && data[i] != '\n' && data[i] != '\r') {
                m_errorCode = ErrorCode::ParseError;
                m_errorLine = m_line + newlines;
                m_errorText = QStringLiteral("unexpected text after the closing quote of field ")
                    + QString::number(m_fields.size())
                    + QStringLiteral("; a quote inside a quoted field must be doubled (\"\")");
                return Parse::Error;
            }
        } else {
            qsizetype j = i;
            while (j < size && data[j] != ',' && data[j] != '\n' && data[j] != '\r')
                ++j;
            if (j == size && !atEnd)
                return Parse::NeedMore;
            // fromRawData: no copy; the bytes stay in the buffer until the next call.
            m_fields.append(QByteArray::fromRawData(data + i, j - i));
            i = j;
        }
        if (i >= size) {
            consumed = i;
            return Parse::Done;
        }
        if (data[i] == ',') {
            ++i;
            continue;
        }
        if (data[i] == '\r') {
            if (i + 1 >= size && !atEnd)
                return Parse::NeedMore;
            if (i + 1 < size && data[i + 1] == '\n')
                ++i;
        }
        ++newlines;
        consumed = i + 1;
        return Parse::Done;
    }
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"

#include <QByteArrayList>
#include <QString>

namespace evalbench {

class DatasetBlockBuffer;

// RFC 4180 records from a block buffer: comma separated, fields optionally in double quotes,
// quotes doubled inside quoted fields, CRLF or LF line ends, newlines allowed inside quotes.
// Fields come out as raw UTF-8 bytes; blank lines are skipped.
class CsvRecordParser
{
public:
    enum class Status
    {
        Record,
        End,
        Error
    };

    explicit CsvRecordParser(DatasetBlockBuffer& buffer);

    Status next();
    // The current record's fields; the bytes stay valid until the next call.
    const QByteArrayList& fields() const { return m_fields; }
    // Physical line where the current record starts.
    int recordLine() const { return m_recordLine; }

    ErrorCode errorCode() const { return m_errorCode; }
    int errorLine() const { return m_errorLine; }
    QString errorText() const { return m_errorText; }

private:
    enum class Parse
    {
        Done,
        NeedMore,
        Error
    };
    Parse parseRecord(qsizetype& consumed, int& newlines);

    DatasetBlockBuffer& m_buffer;
    QByteArrayList m_fields;
    int m_line = 1;
    int m_recordLine = 0;
    ErrorCode m_errorCode = ErrorCode::ParseError;
    int m_errorLine = 0;
    QString m_errorText;
};

} // namespace evalbench

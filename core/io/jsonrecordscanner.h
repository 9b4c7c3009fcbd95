// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"

#include <QString>

namespace evalbench {

class DatasetBlockBuffer;

// Splits a JSON dataset into the byte ranges of its records without parsing them, so that only
// one record at a time is handed to QJsonDocument (a whole-file document of a 200 MB dataset
// would need gigabytes).
//  - Lines: JSONL, one record per line, blank lines skipped.
//  - Array: a top-level JSON array of objects; each object's extent is found by tracking
//    nesting depth outside strings (escape-aware), so "}" inside text does not end a record.
//  - Objects: top-level objects separated by whitespace (a .json file holding JSONL or
//    pretty-printed concatenated objects).
class JsonRecordScanner
{
public:
    enum class Mode
    {
        Lines,
        Array,
        Objects
    };
    enum class Status
    {
        Record,
        End,
        Error
    };

    JsonRecordScanner(DatasetBlockBuffer& buffer, Mode mode);

    // Moves to the next record. The record's bytes stay valid until the next call.
    Status next();

    const char* recordData() const;
    qsizetype recordSize() const { return m_recordSize; }
    int recordLine() const { return m_recordLine; }

    // When next() returned Error: what went wrong (without the file name) and where.
    ErrorCode errorCode() const { return m_errorCode; }
    int errorLine() const { return m_errorLine; }
    QString errorText() const { return m_errorText; }

private:
    enum class State
    {
        Start,
        FirstItem,
        Item,
        AfterItem,
        Done
    };

    Status nextLine();
    Status nextInContainer();
    bool skipSpace(); // false at the end of the file
    Status scanObject();
    Status fail(ErrorCode code, int line, const QString& text);
    Status failNotClosed();
    void consumePending();

    DatasetBlockBuffer& m_buffer;
    Mode m_mode;
    State m_state;
    int m_line = 1; // line number of the first unconsumed byte
    qsizetype m_pendingBytes = 0; // the current record, consumed on the next call
    int m_pendingLines = 0;
    qsizetype m_recordSize = 0;
    int m_recordLine = 0;
    int m_items = 0;
    ErrorCode m_errorCode = ErrorCode::ParseError;
    int m_errorLine = 0;
    QString m_errorText;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "io/jsonrecordscanner.h"

#include "io/datasetblockbuffer.h"
#include "io/datasetfields.h"

#include <cstring>

namespace evalbench {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

JsonRecordScanner::JsonRecordScanner(DatasetBlockBuffer& buffer, Mode mode)
    : m_buffer(buffer)
    , m_mode(mode)
    , m_state(mode == Mode::Array ? State::Start : State::Item)
{ }

const char* JsonRecordScanner::recordData() const
{
    return m_buffer.data();
}

JsonRecordScanner::Status JsonRecordScanner::next()
{
    consumePending();
    return m_mode == Mode::Lines ? nextLine() : nextInContainer();
}

void JsonRecordScanner::consumePending()
{
    m_buffer.consume(m_pendingBytes);
    m_line += m_pendingLines;
    m_pendingBytes = 0;
    m_pendingLines = 0;
}

JsonRecordScanner::Status JsonRecordScanner::fail(ErrorCode code, int line, const QString& text)
{
    m_errorCode = code;
    m_errorLine = line;
    m_errorText = text;
    return Status::Error;
}

JsonRecordScanner::Status JsonRecordScanner::failNotClosed()
{
    if (m_buffer.hasReadError())
        return fail(
            ErrorCode::MissingFile, m_line, QStringLiteral("cannot read the file (") + m_buffer.readError() + u')');
    return fail(
        ErrorCode::ParseError, m_line, QStringLiteral("the JSON array is not closed (missing \"]\" at the end)"));
}

JsonRecordScanner::Status JsonRecordScanner::nextLine()
{
    for (;;) {
        qsizetype scanned = 0;
        qsizetype lineEnd = -1;
        for (;;) {
            const char* data = m_buffer.data();
            const void* hit = std::memchr(data + scanned, '\n', size_t(m_buffer.size() - scanned));
            if (hit) {
                lineEnd = static_cast<const char*>(hit) - data;
                break;
            }
            scanned = m_buffer.size();
            if (!m_buffer.readMore())
                break;
        }
        if (m_buffer.hasReadError())
            return fail(
                ErrorCode::MissingFile, m_line, QStringLiteral("cannot read the file (") + m_buffer.readError() + u')');
        const qsizetype consumed = lineEnd >= 0 ? lineEnd + 1 : m_buffer.size();
        if (consumed == 0)
            return Status::End;
        qsizetype length = lineEnd >= 0 ? lineEnd : m_buffer.size();
        const char* data = m_buffer.data();
        if (length > 0 && data[length - 1] == '\r')
            --length;
        qsizetype first = 0;
        while (first < length && isSpace(data[first]))
            ++first;
        if (first == length) { // blank line
            m_buffer.consume(consumed);
            ++m_line;
            continue;
        }
        m_recordSize = length;
        m_recordLine = m_line;
        m_pendingBytes = consumed;
        m_pendingLines = 1;
        return Status::Record;
    }
}

bool JsonRecordScanner::skipSpace()
{
    for (;;) {
        const char* data = m_buffer.data();
        const qsizetype size = m_buffer.size();
        qsizetype i = 0;
        while (i < size && isSpace(data[i])) {
            if (data[i] == '\n')
                ++m_line;
            ++i;
        }
        m_buffer.consume(i);
        if (i < size)
            return true;
        if (!m_buffer.readMore())
            return false;
    }
}

JsonRecordScanner::Status JsonRecordScanner::nextInContainer()
{
    for (;;) {
        const bool more = skipSpace();
        if (m_buffer.hasReadError())
            return failNotClosed();
        const char c = more ? m_buffer.data()[0] : '\0';
        switch (m_state) {
        case State::Start:
            if (!more)
                return Status::End;
            if (c != '[')
                return fail(ErrorCode::ParseError, m_line,
                    QStringLiteral("expected a JSON array of objects starting with \"[\""));
            m_buffer.consume(1);
            m_state = State::FirstItem;
            continue;
        case State::FirstItem:
        case State::Item:
            if (!more)
                return m_mode == Mode::Objects ? Status::End : failNotClosed();
            if (c == ']' && m_mode == Mode::Array) {
                // Also accepts a trailing comma: harmless, and common in hand-edited files.
                m_buffer.consume(1);
                m_state = State::Done;
                continue;
            }
            if (c != '{') {
                const QString kind = DatasetFields::describeStart(c);
                if (kind.isEmpty())
                    return fail(ErrorCode::ParseError, m_line,
                        QStringLiteral("invalid JSON: unexpected character \"") + QChar::fromLatin1(c)
                            + QStringLiteral("\", expected an object starting with \"{\""));
                return fail(ErrorCode::BadFormat, m_line,
                    QStringLiteral("record ") + QString::number(m_items + 1) + QStringLiteral(" is ") + kind
                        + QStringLiteral(", expected a JSON object"));
            }
            return scanObject();
        case State::AfterItem:
            if (!more)
                return failNotClosed();
            if (c == ',') {
                m_buffer.consume(1);
                m_state = State::Item;
                continue;
            }
            if (c == ']') {
                m_buffer.consume(1);
                m_state = State::Done;
                continue;
            }
            return fail(ErrorCode::ParseError, m_line,
                QStringLiteral("invalid JSON: expected \",\" or \"]\" after record ") + QString::number(m_items));
        case State::Done:
            if (!more)
                return Status::End;
            return fail(
                ErrorCode::ParseError, m_line, QStringLiteral("invalid JSON: unexpected text after the closing \"]\""));
        }
    }
}

JsonRecordScanner::Status JsonRecordScanner::scanObject()
{
    int depth = 0;
    bool inString = false;
    int newlines = 0;
    qsizetype i = 0;
    qsizetype end = -1;
    for (;;) {
        const char* data = m_buffer.data();
        const qsizetype size = m_buffer.size();
        while (i < size) {
            const char c = data[i];
            if (inString) {
                if (c == '\\') {
                    if (i + 1 >= size)
                        break; // the escaped byte is in the next block
                    i += 2;
                    continue;
                }
                if (c == '"')
                    inString = false;
                else if (c == '\n')
                    ++newlines;
                ++i;
                continue;
            }
            if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0) {
                    end = i + 1;
                    break;
                }
            } else if (c == '\n') {
                ++newlines;
            }
            ++i;
        }
        if (end >= 0)
            break;
        if (!m_buffer.readMore()) {
            if (m_buffer.hasReadError())
                return failNotClosed();
            return fail(ErrorCode::ParseError, m_line,
                QStringLiteral("invalid JSON: the object starting on this line is not closed (missing \"}\")"));
        }
    }
    ++m_items;
    m_recordSize = end;
    m_recordLine = m_line;
    m_pendingBytes = end;
    m_pendingLines = newlines;
    m_state = m_mode == Mode::Array ? State::AfterItem : State::Item;
    return Status::Record;
}

} // namespace evalbench

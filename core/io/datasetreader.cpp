// SPDX-License-Identifier: MIT
#include "io/datasetreader.h"

#include "io/csvrecordparser.h"
#include "io/datasetblockbuffer.h"
#include "io/dataseterror.h"
#include "io/datasetrecordmapper.h"
#include "io/jsonrecordscanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace evalbench {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The first byte that is not whitespace, reading further blocks if the head is all blank;
// '\0' for a blank file.
char firstSignificantByte(DatasetBlockBuffer& buffer)
{
    qsizetype i = 0;
    for (;;) {
        for (; i < buffer.size(); ++i) {
            if (!isSpace(buffer.data()[i]))
                return buffer.data()[i];
        }
        if (!buffer.readMore())
            return '\0';
    }
}
} // namespace

DatasetReader::DatasetReader(QString path, DatasetReadOptions options)
    : m_path(std::move(path))
    , m_options(options)
{ }

std::optional<EvalError> DatasetReader::read(const std::function<bool(QList<Sample>&& chunk)>& onChunk)
{
    m_onChunk = &onChunk;
    m_chunk.clear();
    m_cancelled = false;
    m_bytesRead = 0;
    m_recordsRead = 0;
    m_detected = DatasetFormat::Auto;
    m_presentFields.clear();
    m_extraFields.clear();

    const QFileInfo info(m_path);
    if (!info.exists())
        return datasetError(ErrorCode::MissingFile, m_path, 0, QString(),
            QStringLiteral("the file does not exist (") + QDir::toNativeSeparators(info.absoluteFilePath()) + u')');
    if (info.isDir())
        return datasetError(ErrorCode::MissingFile, m_path, 0, QString(),
            QStringLiteral("is a folder; choose a .jsonl, .json or .csv file"));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return datasetError(ErrorCode::MissingFile, m_path, 0, QString(),
            QStringLiteral("cannot open the file (") + file.errorString() + u')');
    m_fileSize = file.size();

    DatasetBlockBuffer buffer(&file, m_blockSize);
    while (buffer.size() < 3 && buffer.readMore()) { } // enough bytes to recognise a byte order mark
    const auto* head = reinterpret_cast<const unsigned char*>(buffer.data());
    if (buffer.size() >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        buffer.consume(3); // UTF-8 byte order mark, as Excel and Notepad write it
    else if (buffer.size() >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        return datasetError(ErrorCode::ParseError, m_path, 1, QString(),
            QStringLiteral("the file is UTF-16 encoded; save it with UTF-8 encoding"));

    const char first = firstSignificantByte(buffer);
    m_bytesRead = buffer.bytesRead();
    if (buffer.hasReadError())
        return datasetError(ErrorCode::MissingFile, m_path, 0, QString(),
            QStringLiteral("cannot read the file (") + buffer.readError() + u')');
    if (first == '\0')
        return datasetError(ErrorCode::BadFormat, m_path, 0, QString(),
            QStringLiteral("the file is empty; expected JSONL, a JSON array or CSV with a header"));

    const QString suffix = info.suffix().toLower();
    DatasetFormat format = m_options.format;
    if (format == DatasetFormat::Auto) {
        if (suffix == QLatin1String("csv"))
            format = DatasetFormat::Csv;
        else if (suffix == QLatin1String("json") || first == '[')
            format = DatasetFormat::JsonArray; // also a JSON array saved as .jsonl
        else if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") || first == '{')
            format = DatasetFormat::Jsonl;
        else
            format = DatasetFormat::Csv;
    }

    DatasetRecordMapper mapper(m_path);
    std::optional<EvalError> error;
    if (format == DatasetFormat::Csv) {
        m_detected = DatasetFormat::Csv;
        error = readCsv(buffer, mapper);
    } else if (format == DatasetFormat::JsonArray && first == '{') {
        // A .json file holding objects one after another (JSONL, or pretty-printed): accept it.
        m_detected = DatasetFormat::Jsonl;
        error = readJson(buffer, mapper, int(JsonRecordScanner::Mode::Objects));
    } else if (format == DatasetFormat::JsonArray) {
        m_detected = DatasetFormat::JsonArray;
        error = readJson(buffer, mapper, int(JsonRecordScanner::Mode::Array));
    } else {
        m_detected = DatasetFormat::Jsonl;
        error = readJson(buffer, mapper, int(JsonRecordScanner::Mode::Lines));
    }
    m_presentFields = mapper.presentFields();
    m_extraFields = mapper.extraFields();
    m_onChunk = nullptr;
    if (error || m_cancelled)
        return error;
    if (mapper.records() == 0)
        return datasetError(ErrorCode::BadFormat, m_path, 0, QString(),
            format == DatasetFormat::Csv ? QStringLiteral("the file has a header but no records")
                                         : QStringLiteral("the file has no records"));
    return std::nullopt;
}

std::optional<EvalError> DatasetReader::readJson(DatasetBlockBuffer& buffer, DatasetRecordMapper& mapper, int mode)
{
    JsonRecordScanner scanner(buffer, JsonRecordScanner::Mode(mode));
    Sample sample;
    for (;;) {
        const JsonRecordScanner::Status status = scanner.next();
        if (status == JsonRecordScanner::Status::End) {
            flush(buffer);
            return std::nullopt;
        }
        if (status == JsonRecordScanner::Status::Error)
            return fail(
                datasetError(scanner.errorCode(), m_path, scanner.errorLine(), QString(), scanner.errorText()), buffer);
        if (auto error = mapper.mapJson(scanner.recordData(), scanner.recordSize(), scanner.recordLine(), sample))
            return fail(*error, buffer);
        if (add(std::move(sample), buffer) == Flow::Stop)
            return std::nullopt;
    }
}

std::optional<EvalError> DatasetReader::readCsv(DatasetBlockBuffer& buffer, DatasetRecordMapper& mapper)
{
    CsvRecordParser parser(buffer);
    bool header = true;
    Sample sample;
    for (;;) {
        const CsvRecordParser::Status status = parser.next();
        if (status == CsvRecordParser::Status::End) {
            flush(buffer);
            return std::nullopt;
        }
        if (status == CsvRecordParser::Status::Error)
            return fail(
                datasetError(parser.errorCode(), m_path, parser.errorLine(), QString(), parser.errorText()), buffer);
        if (header) {
            if (auto error = mapper.setCsvHeader(parser.fields(), parser.recordLine()))
                return error;
            header = false;
            continue;
        }
        if (auto error = mapper.mapCsv(parser.fields(), parser.recordLine(), sample))
            return fail(*error, buffer);
        if (add(std::move(sample), buffer) == Flow::Stop)
            return std::nullopt;
    }
}

DatasetReader::Flow DatasetReader::add(Sample&& sample, const DatasetBlockBuffer& buffer)
{
    const int chunkSize = qMax(1, m_options.chunkSize);
    if (m_chunk.isEmpty())
        m_chunk.reserve(chunkSize);
    m_chunk.append(std::move(sample));
    ++m_recordsRead;
    if (m_chunk.size() < chunkSize)
        return Flow::Continue;
    return flush(buffer);
}

DatasetReader::Flow DatasetReader::flush(const DatasetBlockBuffer& buffer)
{
    m_bytesRead = buffer.bytesRead();
    if (m_chunk.isEmpty())
        return Flow::Continue;
    QList<Sample> chunk = std::move(m_chunk);
    m_chunk = QList<Sample>();
    if ((*m_onChunk)(std::move(chunk)))
        return Flow::Continue;
    m_cancelled = true;
    return Flow::Stop;
}

std::optional<EvalError> DatasetReader::fail(EvalError error, const DatasetBlockBuffer& buffer)
{
    // The records before the bad one are good: hand them over, then report the error.
    flush(buffer);
    return error;
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "io/labelcsvparser.h"

#include <algorithm>
#include <cstring>

#include <QFile>
#include <QFileInfo>

namespace evalbench::ml {

namespace {

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
        return (x >= 'A' && x <= 'Z' ? x + 32 : x) == (y >= 'A' && y <= 'Z' ? y + 32 : y);
    });
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

int TwoColumnCsv::lineOf(std::size_t row) const
{
    // Only used for error messages, so counting newlines on demand is fine.
    const char* begin = buffer.constData();
    const char* at = ids[row].data();
    return 1 + static_cast<int>(std::count(begin, at, '\n'));
}

Loaded<TwoColumnCsv> readTwoColumnCsv(const QString& path, std::string_view valueColumn)
{
    using Result = Loaded<TwoColumnCsv>;
    TwoColumnCsv csv;
    csv.fileName = shownFileName(path);
    QFile file(path);
    if (!file.exists())
        return Result::failure(ErrorCode::MissingFile, QStringLiteral("%1 does not exist").arg(path),
            { { QStringLiteral("file"), path } });
    if (!file.open(QIODevice::ReadOnly))
        return Result::failure(ErrorCode::MissingFile,
            QStringLiteral("%1 cannot be read: %2").arg(path, file.errorString()),
            { { QStringLiteral("file"), path } });
    csv.buffer = file.readAll();

    const char* p = csv.buffer.constData();
    const char* end = p + csv.buffer.size();
    if (end - p >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    const char* eol = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
    const std::string_view header(p, static_cast<std::size_t>((eol ? eol : end) - p));
    const std::size_t comma = header.find(',');
    const std::string_view expected = valueColumn;
    if (comma == std::string_view::npos || !equalsIgnoreCase(trimmed(header.substr(0, comma)), "id")
        || !equalsIgnoreCase(trimmed(header.substr(comma + 1)), expected)) {
        return Result::failure(ErrorCode::BadFormat,
            QStringLiteral("%1: the header must be \"id,%2\", found \"%3\"")
                .arg(csv.fileName, text(expected), text(trimmed(header))),
            { { QStringLiteral("file"), csv.fileName } });
    }
    p = eol ? eol + 1 : end;

    // Rows: one memchr for the comma, one for the end of line; no allocation per row.
    const std::size_t guess = static_cast<std::size_t>(end - p) / 12 + 16;
    csv.ids.reserve(guess);
    csv.values.reserve(guess);
    while (p < end) {
        const char* lineEnd = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        if (!lineEnd)
            lineEnd = end;
        std::string_view line(p, static_cast<std::size_t>(lineEnd - p));
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        const std::size_t c = line.find(',');
        if (line.empty() || trimmed(line).empty()) {
            p = lineEnd + 1;
            continue; // blank lines (typically the last one) carry no row
        }
        if (c == std::string_view::npos || line.find(',', c + 1) != std::string_view::npos) {
            const int lineNo = 1 + static_cast<int>(std::count(csv.buffer.constData(), p, '\n'));
            return Result::failure(ErrorCode::ParseError,
                QStringLiteral("%1 line %2: expected 2 columns (id,%3), found \"%4\"")
                    .arg(csv.fileName)
                    .arg(lineNo)
                    .arg(text(expected), text(line.substr(0, 80))),
                { { QStringLiteral("file"), csv.fileName }, { QStringLiteral("line"), lineNo } });
        }
        const std::string_view id = trimmed(line.substr(0, c));
        if (id.empty()) {
            const int lineNo = 1 + static_cast<int>(std::count(csv.buffer.constData(), p, '\n'));
            return Result::failure(ErrorCode::ParseError,
                QStringLiteral("%1 line %2: empty id").arg(csv.fileName).arg(lineNo),
                { { QStringLiteral("file"), csv.fileName }, { QStringLiteral("line"), lineNo } });
        }
        csv.ids.push_back(id);
        csv.values.push_back(line.substr(c + 1));
        p = lineEnd + 1;
    }
    if (csv.ids.empty())
        return Result::failure(ErrorCode::BadFormat,
            QStringLiteral("%1 has a header but no data rows").arg(csv.fileName),
            { { QStringLiteral("file"), csv.fileName } });
    return Result::success(std::move(csv));
}

} // namespace evalbench::ml

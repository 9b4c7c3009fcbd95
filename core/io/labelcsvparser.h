// SPDX-License-Identifier: MIT
#pragma once

#include "io/labelcsvresult.h"

#include <string_view>
#include <vector>

#include <QByteArray>
#include <QString>

namespace evalbench::ml {

// A two-column `id,<column>` CSV file held in memory; ids and values point into `buffer`.
// No quoting (AutoScorer's id,label / id,value files have none); `\r\n` and a UTF-8 BOM are accepted.
struct TwoColumnCsv
{
    QString fileName; // for messages: the file name with its folder ("input/gt.csv")
    QByteArray buffer;
    std::vector<std::string_view> ids;
    std::vector<std::string_view> values;

    int lineOf(std::size_t row) const; // 1-based line of a data row, for messages
};

// Reads `path`; the header must be `id,<valueColumn>` (case-insensitive). Errors: MISSING_FILE,
// BAD_FORMAT (header, no rows), PARSE_ERROR (a row without exactly two columns or with an empty id).
Loaded<TwoColumnCsv> readTwoColumnCsv(const QString& path, std::string_view valueColumn);

} // namespace evalbench::ml

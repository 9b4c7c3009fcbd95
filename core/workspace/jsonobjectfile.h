// SPDX-License-Identifier: MIT
#pragma once

#include "io/labelcsvresult.h"

#include <QJsonObject>
#include <QString>

namespace evalbench {

// Reads a file that must hold one JSON object (scorer.json, result.json). Errors name the file
// as `shownName`: MISSING_FILE (absent or unreadable), PARSE_ERROR (not JSON; line, column and
// offset in the message and details), BAD_FORMAT (JSON but not an object).
class JsonObjectFile
{
public:
    static ml::Loaded<QJsonObject> read(const QString& path, const QString& shownName);
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "io/datasetformat.h"

namespace evalbench {

QString datasetFormatName(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Auto:
        return QStringLiteral("auto");
    case DatasetFormat::Jsonl:
        return QStringLiteral("jsonl");
    case DatasetFormat::JsonArray:
        return QStringLiteral("json");
    case DatasetFormat::Csv:
        return QStringLiteral("csv");
    }
    return QStringLiteral("auto");
}

} // namespace evalbench

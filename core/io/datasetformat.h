// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace evalbench {

// Auto picks by extension (.jsonl/.ndjson, .json, .csv), else by the first non-space byte.
enum class DatasetFormat
{
    Auto,
    Jsonl,
    JsonArray,
    Csv
};

struct DatasetReadOptions
{
    DatasetFormat format = DatasetFormat::Auto;
    int chunkSize = 1000;
};

// "jsonl", "json", "csv" or "auto": the names used in logs and run metadata.
QString datasetFormatName(DatasetFormat format);

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"
#include "common/sample.h"
#include "io/datasetformat.h"

#include <optional>

#include <QList>
#include <QStringList>

namespace evalbench {

// The head of a dataset, for the import dialog: what was found and whether it reads cleanly.
struct DatasetPreview
{
    QList<Sample> samples;
    QStringList presentFields; // canonical names present in any previewed record
    QStringList extraFields; // other keys, kept as metadata
    DatasetFormat format = DatasetFormat::Auto;
    std::optional<EvalError> error;
    int previewedRecords = 0;
};

// Reads only the first maxRecords records (and the blocks they sit in), never the whole file.
DatasetPreview previewDataset(const QString& path, int maxRecords = 20);

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "common/evalerror.h"
#include "common/runrecord.h"

#include <optional>

#include <QIODevice>
#include <QString>

namespace evalbench {

class StoreReader;

enum class ExportFormat
{
    Markdown,
    Json,
    Csv
};

std::optional<ExportFormat> exportFormatFromName(const QString& name);
QString exportFormatExtension(ExportFormat format);

// `evalbench export`, the window's export buttons and the HTTP export route:
// one run in one format, written to any device.
class ReportExporter
{
public:
    ReportExporter(DataDir dataDir, const StoreReader& reader);
    std::optional<EvalError> write(const QString& runId, ExportFormat format, QIODevice& out) const;
    // Writes to a file through a temporary name.
    std::optional<EvalError> writeFile(const QString& runId, ExportFormat format, const QString& path) const;

private:
    QString advice(const QString& runId) const;
    std::optional<EvalError> writeMl(const RunRecord& run, ExportFormat format, QIODevice& out) const;

    DataDir m_dataDir;
    const StoreReader& m_reader;
};

} // namespace evalbench

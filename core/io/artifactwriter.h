// SPDX-License-Identifier: MIT
#pragma once

#include "common/datadir.h"
#include "common/runrecord.h"

#include <QString>

namespace evalbench {

class StoreReader;

// Writes a finished run's files under DATA_DIR/runs/<run_id>/ (CONTRACTS):
// metadata.json, scores.csv, summary.md, optimization_advice.md, report.json (and result.json for
// an ML scoring run).
// Each file is written to a temporary name and renamed, so a crash never
// leaves a half-written report behind.
class ArtifactWriter
{
public:
    ArtifactWriter(DataDir dataDir, const StoreReader& reader);
    // Empty on success, else what failed.
    QString write(const QString& runId) const;

private:
    // An ML scoring run: the same files rendered from its result.json, plus result.json itself.
    QString writeMlFiles(const RunRecord& run, const QString& folder) const;
    QString writeSampleFiles(
        const RunRecord& run, const QString& advice, const QString& csvPath, const QString& jsonPath) const;

    DataDir m_dataDir;
    const StoreReader& m_reader;
};

} // namespace evalbench

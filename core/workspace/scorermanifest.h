// SPDX-License-Identifier: MIT
#pragma once

#include "io/labelcsvresult.h"
#include "workspace/scorerinfo.h"

#include <QString>

namespace evalbench {

// Reads a custom scorer's DATA_DIR/scorers/<id>/scorer.json (format: docs/custom-scorers.md).
// Not JSON is PARSE_ERROR (with line and offset); a missing or wrongly typed field is
// BAD_FORMAT. Each message starts with the file ("scorers/top_k/scorer.json: ") and says
// what to write instead. Unknown keys are ignored so that manifests can grow.
class ScorerManifest
{
public:
    static ml::Loaded<ScorerInfo> read(const QString& manifestPath);

    // How messages name a manifest: its last three path parts, "scorers/<folder>/scorer.json".
    static QString shownPath(const QString& manifestPath);
};

} // namespace evalbench

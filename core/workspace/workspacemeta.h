// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace evalbench {

class WorkspaceLayout;

// meta.json: {"scorer": "classification_f1", "params": {...}, "timeout": 300}. AutoScorer's other
// keys (job_id, task_type, input_uri, resources, container, ...) are accepted and ignored, and
// its `time_limit` is read as `timeout`.
struct WorkspaceMeta
{
    bool present = false; // meta.json exists and is a JSON object
    QString scorer;
    QJsonObject params;
    std::optional<int> timeoutSeconds;
    QString taskType; // as written, when given

    // Reads root/meta.json; every problem found is appended to `errors` (MISSING_FILE,
    // PARSE_ERROR, BAD_FORMAT), naming meta.json and the field. A missing file is an error
    // only when `scorerRequired` (no --scorer given).
    static WorkspaceMeta read(const WorkspaceLayout& workspace, bool scorerRequired, QList<EvalError>& errors);
};

} // namespace evalbench

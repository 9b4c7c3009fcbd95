// SPDX-License-Identifier: MIT
#pragma once

#include "workspace/scorerinfo.h"
#include "workspace/scoreroutcome.h"
#include "workspace/workspacelayout.h"

#include <atomic>

#include <QJsonObject>

namespace evalbench {

// Runs a custom scorer: its manifest's command as a child process, in the workspace folder,
// with the placeholders {workspace} {input} {output} {result} {params} {scorer_dir} expanded
// (and the same values in EVALBENCH_WORKSPACE, EVALBENCH_INPUT, EVALBENCH_OUTPUT,
// EVALBENCH_RESULT, EVALBENCH_PARAMS, EVALBENCH_SCORER_DIR). The command writes
// output/result.json; the runner then reads it and checks it against the result schema.
//
// Blocking: call it on a worker thread. Errors: TIMEOUT_ERROR (the process ran past
// `timeoutSeconds` and was killed), INTERNAL (it could not start, or exited non-zero: the
// message quotes the end of its stderr), PARSE_ERROR / BAD_FORMAT (result.json missing, not
// JSON, or not the schema), or the error the scorer itself reported in result.json.
class CustomScorerRunner
{
public:
    static ScorerOutcome run(const ScorerInfo& scorer, const WorkspaceLayout& workspace, const QJsonObject& params,
        int timeoutSeconds, const std::atomic<bool>* cancelled = nullptr);
};

} // namespace evalbench

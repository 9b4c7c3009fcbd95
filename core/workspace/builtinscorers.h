// SPDX-License-Identifier: MIT
#pragma once

#include "workspace/scorerinfo.h"
#include "workspace/scoreroutcome.h"
#include "workspace/workspacelayout.h"

#include <atomic>

#include <QJsonObject>
#include <QList>

namespace evalbench {

// The scorers EvalBench ships, under AutoScorer's ids: classification_accuracy,
// classification_f1, regression_rmse, detection_map.
const QList<ScorerInfo>& builtinScorerInfos();
const ScorerInfo* findBuiltinScorer(const QString& id);

// Loads the workspace's gt/pred files for the scorer's task, computes every metric of the task
// and returns result.json's object. Params unknown to the scorer are ignored; a bad value of a
// known one is BAD_FORMAT (stage "validation"). Blocking: call on a worker thread; `cancelled`
// is checked between loading and computing.
ScorerOutcome runBuiltinScorer(const ScorerInfo& scorer, const WorkspaceLayout& workspace, const QJsonObject& params,
    const std::atomic<bool>* cancelled = nullptr);

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "workspace/scorerinfo.h"
#include "workspace/scoreroutcome.h"

#include <atomic>
#include <optional>

#include <QJsonObject>
#include <QString>

namespace evalbench {

class ScorerCatalog;
class WorkspaceLayout;

// One `evalbench score`: what was scored with what, and how it ended.
struct WorkspaceScore
{
    ScorerOutcome outcome; // result.json's object, or the error (every validation problem in its details)
    std::optional<ScorerInfo> scorer;
    QJsonObject params; // meta.json's params with the overrides applied
    QString resultPath; // output/result.json
    QString writeError; // empty when result.json was written
    qint64 elapsedMs = 0;

    // What result.json holds: the result, or the error envelope with `stage`.
    QJsonObject resultFile() const;
};

// Scores a workspace: meta.json, scorer and params are checked first; then the built-in scorer
// runs in this thread, or the custom one as a child process with its timeout (meta.json's
// `timeout` wins over the manifest's). When it fails on the workspace's files, the full validator
// runs so that the error lists every problem, not only the first. Either way output/result.json is
// written (atomically: a temporary file renamed over it), unless the attempt was cancelled.
// Blocking: call it on a worker thread.
class WorkspaceScorer
{
public:
    static WorkspaceScore score(const WorkspaceLayout& workspace, const ScorerCatalog& catalog,
        const QString& scorerOverride = {}, const QJsonObject& paramsOverride = {},
        const std::atomic<bool>* cancelled = nullptr);
};

} // namespace evalbench

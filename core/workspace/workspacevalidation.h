// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"
#include "workspace/scorerinfo.h"
#include "workspace/workspacemeta.h"

#include <optional>

#include <QJsonObject>
#include <QList>

namespace evalbench {

class ScorerCatalog;
class WorkspaceLayout;

// Everything `evalbench validate` found in a workspace: every problem (each with its code,
// message and stage "validation"), warnings that do not stop scoring, the meta.json read, and
// the scorer it names.
struct WorkspaceValidation
{
    WorkspaceMeta meta;
    std::optional<ScorerInfo> scorer;
    QJsonObject params; // meta.json's params with --params applied over them
    QList<EvalError> errors;
    QList<EvalError> warnings;

    bool ok() const { return errors.isEmpty(); }
    // {"valid", "workspace", "scorer", "task_type", "problems":[...], "warnings":[...]}
    QJsonObject toJson(const QString& workspaceRoot) const;
    // The error that stands for all of them (the first), with every problem in its details.
    EvalError summaryError() const;
};

// Checks a workspace without scoring it: meta.json, the scorer, its params, the files its task
// needs, their headers and value types, duplicate ids and id alignment. Reports every problem it
// finds rather than the first one. `scorerOverride` / `paramsOverride` are --scorer / --params.
class WorkspaceValidator
{
public:
    enum class Depth
    {
        Everything,
        MetaOnly // meta.json, the scorer and its params: what scoring checks before it loads the files
    };
    static WorkspaceValidation validate(const WorkspaceLayout& workspace, const ScorerCatalog& catalog,
        const QString& scorerOverride = {}, const QJsonObject& paramsOverride = {}, Depth depth = Depth::Everything);
};

} // namespace evalbench

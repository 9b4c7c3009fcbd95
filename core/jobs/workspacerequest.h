// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>

namespace evalbench {

// What the analyst asked for: score this AutoScorer-style workspace. The scorer and params come
// from meta.json unless given here (--scorer, --params; params are merged key by key).
struct WorkspaceRequest
{
    QString workspacePath;
    QString scorerId; // empty: meta.json's
    QJsonObject params; // applied over meta.json's
    QString name; // empty: the workspace folder's name

    QJsonObject toPayload() const;
    static WorkspaceRequest fromPayload(const QJsonObject& payload);
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#include "jobs/workspacerequest.h"

namespace evalbench {

QJsonObject WorkspaceRequest::toPayload() const
{
    return QJsonObject {
        { QStringLiteral("workspace"), workspacePath },
        { QStringLiteral("scorer"), scorerId },
        { QStringLiteral("params"), params },
    };
}

WorkspaceRequest WorkspaceRequest::fromPayload(const QJsonObject& payload)
{
    WorkspaceRequest request;
    request.workspacePath = payload.value(QStringLiteral("workspace")).toString();
    request.scorerId = payload.value(QStringLiteral("scorer")).toString();
    request.params = payload.value(QStringLiteral("params")).toObject();
    return request;
}

} // namespace evalbench

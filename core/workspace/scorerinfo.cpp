// SPDX-License-Identifier: MIT
#include "workspace/scorerinfo.h"

namespace evalbench {

QString mlTaskName(MlTask task)
{
    switch (task) {
    case MlTask::Classification:
        return QStringLiteral("classification");
    case MlTask::Regression:
        return QStringLiteral("regression");
    case MlTask::Detection:
        return QStringLiteral("detection");
    case MlTask::Custom:
        return QStringLiteral("custom");
    }
    return QStringLiteral("custom");
}

std::optional<MlTask> mlTaskFromName(QStringView name)
{
    for (MlTask task : { MlTask::Classification, MlTask::Regression, MlTask::Detection, MlTask::Custom }) {
        if (name.compare(mlTaskName(task), Qt::CaseInsensitive) == 0)
            return task;
    }
    return std::nullopt;
}

} // namespace evalbench

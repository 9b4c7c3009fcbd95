// SPDX-License-Identifier: MIT
#include "ui/runstatuslabel.h"

namespace evalbench {

QString RunStatusLabel::text(RunStatus status)
{
    switch (status) {
    case RunStatus::Importing:
        return tr("importing");
    case RunStatus::Queued:
        return tr("queued");
    case RunStatus::Running:
        return tr("running");
    case RunStatus::Completed:
        return tr("completed");
    case RunStatus::Failed:
        return tr("failed");
    case RunStatus::Cancelled:
        return tr("cancelled");
    }
    return {};
}

} // namespace evalbench

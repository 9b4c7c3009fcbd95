// SPDX-License-Identifier: MIT
#include "jobs/runremoval.h"

#include "store/storewriter.h"

#include <QDir>

namespace evalbench {

WriteResult RunRemoval::remove(StoreWriter& writer, const DataDir& dataDir, const QString& runId)
{
    // A run id never holds a path separator, but the id comes from the list: make sure the
    // folder removed is a child of runs/, whatever it says.
    if (runId.isEmpty() || runId.contains(QLatin1Char('/')) || runId.contains(QLatin1Char('\\'))
        || runId.startsWith(QLatin1Char('.')))
        return { QStringLiteral("not a run id: %1").arg(runId) };
    QFuture<WriteResult> deleted = writer.deleteRun(runId);
    deleted.waitForFinished();
    const WriteResult result = deleted.result();
    if (!result.ok())
        return result;
    QDir folder(dataDir.runPath(runId));
    if (folder.exists() && !folder.removeRecursively())
        return { QStringLiteral("the run was deleted, but its folder %1 could not be removed entirely")
                     .arg(QDir::toNativeSeparators(folder.path())) };
    return {};
}

} // namespace evalbench

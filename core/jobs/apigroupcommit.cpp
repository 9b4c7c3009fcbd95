// SPDX-License-Identifier: MIT
#include "jobs/apigroupcommit.h"

#include "store/apiacceptbatch.h"
#include "store/storewriter.h"

namespace evalbench {

ApiGroupCommit::ApiGroupCommit(StoreWriter& writer)
    : m_writer(writer)
{ }

std::variant<ApiJobInserted, QString> ApiGroupCommit::commit(ApiJobInsert insert)
{
    // Encoding happens here, on the caller's thread, outside the lock.
    ApiAcceptBatch::Row row = ApiAcceptBatch::encode(std::move(insert));
    std::shared_ptr<ApiAcceptBatch> batch;
    QFuture<WriteResult> committed;
    int index = -1;
    {
        const QMutexLocker lock(&m_mutex);
        if (m_open)
            index = m_open->tryAdd(row);
        if (index < 0) {
            // The open batch is being written (or there is none): the next one starts here and
            // waits in the writer's queue, collecting posts until its turn.
            m_open = std::make_shared<ApiAcceptBatch>();
            index = m_open->tryAdd(row);
            m_openCommitted = m_writer.acceptApiJobs(m_open);
        }
        batch = m_open;
        committed = m_openCommitted;
    }
    const WriteResult result = committed.result();
    if (!result.ok())
        return result.error;
    return batch->outcome(index);
}

} // namespace evalbench

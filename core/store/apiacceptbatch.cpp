// SPDX-License-Identifier: MIT
#include "store/apiacceptbatch.h"

#include "store/sqlcodec.h"

namespace evalbench {

ApiAcceptBatch::Row ApiAcceptBatch::encode(ApiJobInsert insert)
{
    Row row;
    const Sample& sample = insert.sample;
    row.answer = sqlcodec::text(sample.answer);
    row.contexts = sqlcodec::list(sample.contexts);
    row.groundTruth = sqlcodec::text(sample.groundTruth);
    row.referenceContexts = sqlcodec::list(sample.referenceContexts);
    row.contextMetadata = sqlcodec::json(sample.contextMetadata);
    row.metadata = sqlcodec::json(sample.metadata);
    row.createdAt = sqlcodec::time(insert.job.createdAt);
    row.payload = sqlcodec::json(insert.job.payload);
    // The payload is encoded: the writer does not need the object any more.
    insert.job.payload = {};
    row.insert = std::move(insert);
    return row;
}

int ApiAcceptBatch::tryAdd(Row& row)
{
    const QMutexLocker lock(&m_mutex);
    if (m_sealed)
        return -1;
    m_rows.append(std::move(row));
    return int(m_rows.size() - 1);
}

QList<ApiAcceptBatch::Row> ApiAcceptBatch::seal()
{
    const QMutexLocker lock(&m_mutex);
    m_sealed = true;
    return std::exchange(m_rows, {});
}

void ApiAcceptBatch::setOutcomes(QList<ApiJobInserted> outcomes)
{
    const QMutexLocker lock(&m_mutex);
    m_outcomes = std::move(outcomes);
}

ApiJobInserted ApiAcceptBatch::outcome(int index) const
{
    const QMutexLocker lock(&m_mutex);
    return index >= 0 && index < m_outcomes.size() ? m_outcomes.at(index) : ApiJobInserted {};
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "store/apijobrows.h"
#include "store/writeresult.h"

#include <memory>
#include <variant>

#include <QFuture>
#include <QMutex>

namespace evalbench {

class ApiAcceptBatch;
class StoreWriter;

// Commits API posts from many threads with few transactions: a post joins the batch that is
// waiting for the writer, or opens the next one; each caller returns once its batch committed.
class ApiGroupCommit
{
public:
    explicit ApiGroupCommit(StoreWriter& writer);

    // Blocks until the post is committed; the store's error text otherwise.
    std::variant<ApiJobInserted, QString> commit(ApiJobInsert insert);

private:
    StoreWriter& m_writer;
    QMutex m_mutex;
    std::shared_ptr<ApiAcceptBatch> m_open; // the batch new posts join until the writer seals it
    QFuture<WriteResult> m_openCommitted;
};

} // namespace evalbench

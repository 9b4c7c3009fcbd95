// SPDX-License-Identifier: MIT
#pragma once

#include "store/apijobrows.h"

#include <QList>
#include <QMutex>
#include <QVariant>

namespace evalbench {

// A group commit of API posts: callers on any thread add rows until the writer seals the batch
// as its transaction begins; every row added before that commits in that one transaction.
class ApiAcceptBatch
{
public:
    // An ApiJobInsert with its column values encoded: done on the caller's thread, so the writer
    // thread only binds them.
    struct Row
    {
        ApiJobInsert insert;
        QVariant answer;
        QVariant contexts;
        QVariant groundTruth;
        QVariant referenceContexts;
        QVariant contextMetadata;
        QVariant metadata;
        QVariant createdAt;
        QVariant payload;
    };

    static Row encode(ApiJobInsert insert);

    // Adds the row (moved from) and returns its place, or -1 (row untouched) once sealed.
    int tryAdd(Row& row);
    // Writer thread: closes the batch and hands over its rows.
    QList<Row> seal();
    // Writer thread, before the transaction's future finishes: one outcome per sealed row.
    void setOutcomes(QList<ApiJobInserted> outcomes);
    // After the future finished.
    ApiJobInserted outcome(int index) const;

private:
    mutable QMutex m_mutex;
    bool m_sealed = false;
    QList<Row> m_rows;
    QList<ApiJobInserted> m_outcomes;
};

} // namespace evalbench

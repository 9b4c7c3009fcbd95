// SPDX-License-Identifier: MIT
#pragma once

#include "common/metricscore.h"
#include "judge/judgeprofile.h"
#include "store/storedsample.h"

#include <atomic>

#include <QList>
#include <QString>
#include <QStringList>

namespace evalbench {

class StoreWriter;

// The judged metrics of API jobs, with the listener's judge profile. A post may name its own
// chat and embedding model (`judge_model`, `embedding_model`); the profile gives the endpoint,
// key, concurrency and retries. Jobs that share language, metrics and models are judged
// together, so the profile's concurrency is used across the whole batch; every answer goes to
// the judge cache as it arrives, so a job resumed after a stop or crash asks only what is
// missing.
class ApiJudgedScorer
{
public:
    struct Item
    {
        StoredSample sample;
        QStringList metrics; // the judged ones the job asked for
        QString chatModel; // empty: the profile's
        QString embeddingModel; // empty: the profile's
        QList<MetricScore> scores; // filled once judged
        bool judged = false; // false: cut short by a cancel
    };

    explicit ApiJudgedScorer(StoreWriter& writer);

    // Blocks the calling thread, with an event loop of its own, until every item is judged or
    // soon after `cancelled` turns true (items cut short keep judged == false).
    void score(const JudgeProfile& profile, QList<Item>& items, const std::atomic<bool>& cancelled);

private:
    StoreWriter& m_writer;
};

} // namespace evalbench

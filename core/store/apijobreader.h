// SPDX-License-Identifier: MIT
#pragma once

#include "store/apijobrows.h"

#include <optional>

#include <QJsonObject>
#include <QList>
#include <QString>

namespace evalbench {

// Read-only queries on the HTTP API's jobs, on the calling thread's connection (like StoreReader).
class ApiJobReader
{
public:
    explicit ApiJobReader(QString databasePath);

    // With its payload (ScoreRequest::toPayload(): the sample is stored once, as the run's
    // sample, and put back here) and, once scored, its scores.
    std::optional<StoredApiJob> job(const QString& jobId) const;
    // Newest first, with payloads and scores; *total counts the matches ignoring limit and offset.
    QList<StoredApiJob> jobs(const StoredApiJobQuery& query, int* total) const;
    // The newest job's seq (0 when there is none).
    qint64 lastSeq() const;
    // Queued and running jobs up to `lastSeq`, oldest first, without payloads and scores (a
    // restart resumes them).
    QList<StoredApiJob> unfinished(qint64 lastSeq) const;
    // A job's payload, its sample put back (for jobs queued without their request in memory).
    QJsonObject payload(const QString& jobId) const;
    // The stored scores of one sample; *weighted gets its weighted score.
    QList<MetricScore> scores(qint64 sampleKey, std::optional<double>* weighted) const;

private:
    void attachScores(QList<StoredApiJob>& jobs) const;

    QString m_path;
};

} // namespace evalbench

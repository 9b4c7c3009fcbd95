// SPDX-License-Identifier: MIT
#pragma once

#include "common/sample.h"

#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace evalbench {

// One answer posted to the HTTP API (POST /api/score/async or /api/score), already parsed and
// normalised (CONTRACTS "HTTP API"; Dify's shapes: dify-reference.md §2.3).
struct ScoreRequest
{
    Sample sample; // question, answer, contexts (+ their retrieval metadata), ground_truth, metadata
    QStringList metrics; // empty: the default offline metrics
    QMap<QString, double> weights; // optional
    QString judgeModel; // kept in the request summary; judged metrics need the judge (another issue)
    QString embeddingModel;
    QString runName; // empty: the daily "API inbox YYYY-MM-DD" run
    QString requestId; // `request_id`, else the Idempotency-Key header; empty: no idempotency
    bool ragasCompat = false;

    // What JobStatus.request_summary shows: question and answer cut to 80 characters, metrics,
    // judge_model, embedding_model, has_contexts, has_ground_truth.
    QJsonObject summary() const;
    // The stored job payload, and back (a job resumed after a crash is rebuilt from it).
    QJsonObject toPayload() const;
    static ScoreRequest fromPayload(const QJsonObject& payload);
};

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::ScoreRequest)

// SPDX-License-Identifier: MIT
#pragma once

#include "common/evalerror.h"
#include "common/runrecord.h"
#include "jobs/jobprogress.h"

#include <atomic>
#include <functional>

#include <QString>
#include <QStringList>

namespace evalbench {

class StoreWriter;

// Scores a run whose metrics include judged ones: on the job's thread, in an
// event loop of its own, the judge client keeps the profile's concurrency of
// calls in flight while offline metrics are computed as each sample's judge
// answers arrive. Every finished sample is committed within a fraction of a
// second and every judge answer is cached as it arrives, so a cancel or a crash
// loses no answer; a resumed or repeated run asks the judge only what it has not
// answered yet.
class JudgedScoring
{
public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // `apiKey`: the judge profile's key (may be empty: servers without auth).
    JudgedScoring(StoreWriter& writer, RunRecord run, QString jobId, QString apiKey);

    // False with the error when the judge cannot be used or the store refused a write.
    bool run(const std::atomic<bool>& cancelled, const Progress& progress, EvalError* error);

    // The metrics of `settings` that need the judge.
    static QStringList judgedMetrics(const RunSettings& settings);

private:
    StoreWriter& m_writer;
    RunRecord m_run;
    QString m_jobId;
    QString m_apiKey;
};

} // namespace evalbench

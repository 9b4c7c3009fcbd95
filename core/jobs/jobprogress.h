// SPDX-License-Identifier: MIT
#pragma once

#include <QMetaType>
#include <QString>

namespace evalbench {

enum class JobPhase
{
    Importing,
    Scoring,
    ScoringWorkspace, // an ML scoring job: one step, done/total are 0/1
    WritingReport
};

// Progress of a job. While importing, done/total count bytes of the dataset;
// while scoring, samples.
struct JobProgress
{
    QString jobId;
    QString runId;
    JobPhase phase = JobPhase::Importing;
    qint64 done = 0;
    qint64 total = 0;

    double fraction() const { return total > 0 ? double(done) / double(total) : 0.0; }
};

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::JobProgress)

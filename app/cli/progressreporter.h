// SPDX-License-Identifier: MIT
#pragma once

#include "jobs/jobprogress.h"

#include <QElapsedTimer>
#include <QString>

namespace evalbench::cli {

// Progress on stderr: a redrawn bar on a terminal, a plain line every 10 %
// otherwise (logs stay readable).
class ProgressReporter
{
public:
    ProgressReporter();
    void update(const JobProgress& progress);
    void done();

private:
    bool m_terminal;
    int m_lastStep = -1;
    JobPhase m_lastPhase = JobPhase::Importing;
    QElapsedTimer m_sinceDraw;
    bool m_drawn = false;
};

} // namespace evalbench::cli

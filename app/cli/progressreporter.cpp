// SPDX-License-Identifier: MIT
#include "cli/progressreporter.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define EVALBENCH_ISATTY _isatty
#define EVALBENCH_FILENO _fileno
#else
#include <unistd.h>
#define EVALBENCH_ISATTY isatty
#define EVALBENCH_FILENO fileno
#endif

#include "cli/clioutput.h"

namespace evalbench::cli {

namespace {
QString phaseName(JobPhase phase)
{
    switch (phase) {
    case JobPhase::Importing:
        return QStringLiteral("importing");
    case JobPhase::Scoring:
        return QStringLiteral("scoring");
    case JobPhase::ScoringWorkspace:
        return QStringLiteral("scoring the workspace");
    case JobPhase::WritingReport:
        return QStringLiteral("writing report");
    }
    return {};
}
} // namespace

ProgressReporter::ProgressReporter()
    : m_terminal(EVALBENCH_ISATTY(EVALBENCH_FILENO(stderr)) != 0)
{
    m_sinceDraw.start();
}

void ProgressReporter::update(const JobProgress& progress)
{
    const int percent = int(progress.fraction() * 100.0);
    if (m_terminal) {
        // Redraw at most 10 times a second.
        if (m_drawn && progress.phase == m_lastPhase && m_sinceDraw.elapsed() < 100 && percent < 100)
            return;
        constexpr int kWidth = 30;
        const int filled = percent * kWidth / 100;
        QString line = QStringLiteral("\r%1 [%2%3] %4%")
                           .arg(phaseName(progress.phase).leftJustified(14), QString(filled, QLatin1Char('#')),
                               QString(kWidth - filled, QLatin1Char('.')))
                           .arg(percent, 3);
        if (progress.phase == JobPhase::Scoring)
            line += QStringLiteral("  %1/%2 samples").arg(progress.done).arg(progress.total);
        CliOutput::printStderr(line + QStringLiteral("\x1b[K"));
        m_sinceDraw.restart();
        m_drawn = true;
    } else {
        const int step = percent / 10;
        if (progress.phase == m_lastPhase && step == m_lastStep)
            return;
        m_lastStep = step;
        QString line = QStringLiteral("%1: %2%").arg(phaseName(progress.phase)).arg(percent);
        if (progress.phase == JobPhase::Scoring)
            line += QStringLiteral(" (%1/%2 samples)").arg(progress.done).arg(progress.total);
        CliOutput::printStderr(line + QLatin1Char('\n'));
    }
    m_lastPhase = progress.phase;
}

void ProgressReporter::done()
{
    if (m_terminal && m_drawn)
        CliOutput::printStderr(QStringLiteral("\n"));
}

} // namespace evalbench::cli

// SPDX-License-Identifier: MIT
#include "ui/runlistmodel.h"

#include "ui/runstatuslabel.h"

#include <QLocale>

namespace evalbench {

void RunListModel::setRuns(QList<RunRecord> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    m_metrics.clear();
    m_rowByRunId.clear();
    for (int row = 0; row < m_runs.size(); ++row) {
        const RunRecord& run = m_runs.at(row);
        m_rowByRunId.insert(run.id, row);
        collectMetrics(run);
    }
    // Progress of jobs that ended is now in the records themselves.
    for (auto it = m_progress.begin(); it != m_progress.end();) {
        const int row = m_rowByRunId.value(it.key(), -1);
        if (row < 0 || m_runs.at(row).status != RunStatus::Running)
            it = m_progress.erase(it);
        else
            ++it;
    }
    endResetModel();
}

bool RunListModel::collectMetrics(const RunRecord& run)
{
    bool added = false;
    for (const QString& metric : run.settings.metrics) {
        if (!m_metrics.contains(metric)) {
            m_metrics.append(metric);
            added = true;
        }
    }
    return added;
}

void RunListModel::appendRuns(const QList<RunRecord>& runs)
{
    if (runs.isEmpty())
        return;
    // New metric columns are rare (a page of runs scored with other metrics); a
    // reset keeps that case simple.
    QStringList metrics = m_metrics;
    for (const RunRecord& run : runs) {
        for (const QString& metric : run.settings.metrics) {
            if (!metrics.contains(metric))
                metrics.append(metric);
        }
    }
    if (metrics.size() != m_metrics.size()) {
        QList<RunRecord> all = m_runs;
        all += runs;
        setRuns(std::move(all));
        return;
    }
    const int first = int(m_runs.size());
    beginInsertRows({}, first, first + int(runs.size()) - 1);
    for (const RunRecord& run : runs) {
        m_rowByRunId.insert(run.id, int(m_runs.size()));
        m_runs.append(run);
    }
    endInsertRows();
}

void RunListModel::updateProgress(const JobProgress& progress)
{
    m_progress.insert(progress.runId, progress);
    const int row = rowOfRun(progress.runId);
    if (row < 0)
        return;
    RunRecord& run = m_runs[row];
    if (progress.phase == JobPhase::Scoring) {
        run.status = RunStatus::Running;
        run.sampleCount = int(progress.total);
        run.scoredCount = int(progress.done);
    }
    Q_EMIT dataChanged(index(row, SamplesColumn), index(row, StatusColumn));
}

const RunRecord* RunListModel::runAt(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int RunListModel::rowOfRun(const QString& runId) const
{
    return m_rowByRunId.value(runId, -1);
}

int RunListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstMetricColumn + int(m_metrics.size());
}

QVariant RunListModel::statusText(const RunRecord& run) const
{
    const auto progress = m_progress.constFind(run.id);
    if (progress != m_progress.cend() && (run.status == RunStatus::Running || run.status == RunStatus::Queued)) {
        if (progress->phase == JobPhase::Importing)
            return tr("importing %1%").arg(int(progress->fraction() * 100));
        return tr("running %1%").arg(int(progress->fraction() * 100));
    }
    return RunStatusLabel::text(run.status);
}

QVariant RunListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const RunRecord& run = m_runs.at(index.row());
    const int column = index.column();
    if (role == RunIdRole)
        return run.id;
    if (role == RunningRole)
        return run.status == RunStatus::Running || run.status == RunStatus::Queued;
    if (role == ProgressRole) {
        const auto progress = m_progress.constFind(run.id);
        return progress != m_progress.cend() ? progress->fraction() : QVariant();
    }
    if (role == Qt::ToolTipRole) {
        if (column == StatusColumn && !run.error.isEmpty())
            return run.error;
        if (column == NameColumn)
            return run.datasetPath;
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return column >= SamplesColumn && column != StatusColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                 : QVariant();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};

    const bool sort = role == SortRole;
    switch (column) {
    case NameColumn:
        return run.name;
    case CreatedColumn:
        return sort ? QVariant(run.createdAt)
                    : QVariant(QLocale().toString(run.createdAt.toLocalTime(), QLocale::ShortFormat));
    case SamplesColumn:
        if (sort)
            return run.sampleCount;
        return run.status == RunStatus::Completed || run.scoredCount == run.sampleCount
            ? QString::number(run.sampleCount)
            : tr("%1 / %2").arg(run.scoredCount).arg(run.sampleCount);
    case StatusColumn:
        return sort ? QVariant(int(run.status)) : statusText(run);
    case ScoreColumn:
        if (!run.weightedScore)
            return sort ? QVariant(-1.0) : QVariant(QStringLiteral("—"));
        return sort ? QVariant(*run.weightedScore) : QVariant(QString::number(*run.weightedScore, 'f', 3));
    default: {
        const QString metric = m_metrics.value(column - FirstMetricColumn);
        const auto summary = run.summary.constFind(metric);
        if (summary == run.summary.cend() || summary->scored == 0)
            return sort ? QVariant(-1.0) : QVariant();
        return sort ? QVariant(summary->mean) : QVariant(QString::number(summary->mean, 'f', 3));
    }
    }
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CreatedColumn:
        return tr("Created");
    case SamplesColumn:
        return tr("Samples");
    case StatusColumn:
        return tr("Status");
    case ScoreColumn:
        return tr("Weighted score");
    default:
        return m_metrics.value(section - FirstMetricColumn);
    }
}

} // namespace evalbench

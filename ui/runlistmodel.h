// SPDX-License-Identifier: MIT
#pragma once

#include "common/runrecord.h"
#include "jobs/jobprogress.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace evalbench {

// The Runs table over a snapshot of run records (setRuns → reset). Live job
// progress is patched into single rows, so a running job never reloads the list.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn = 0,
        CreatedColumn,
        SamplesColumn,
        StatusColumn,
        ScoreColumn,
        FirstMetricColumn
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        RunIdRole,
        ProgressRole,
        RunningRole
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRuns(QList<RunRecord> runs);
    // The next page of a list that loads in pages (older runs, same order).
    void appendRuns(const QList<RunRecord>& runs);
    void updateProgress(const JobProgress& progress);
    const RunRecord* runAt(int row) const;
    int rowOfRun(const QString& runId) const;
    QStringList metricColumns() const { return m_metrics; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant statusText(const RunRecord& run) const;
    // Adds the metrics of `run` to the columns; true when one was new.
    bool collectMetrics(const RunRecord& run);

    QList<RunRecord> m_runs;
    QStringList m_metrics; // union of every run's metrics, in first-seen order
    QHash<QString, int> m_rowByRunId;
    QHash<QString, JobProgress> m_progress; // run id -> latest progress
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "jobs/apijobstatus.h"

#include <algorithm>
#include <optional>

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QTimer>

namespace evalbench {

class ApiJobService;

// The Score jobs table: the HTTP API's jobs, newest first, read from the service a page at a
// time in the background (fetchMore loads the next page). Live changes come from the service's
// jobAccepted / jobChanged signals; they are buffered and applied together every
// kCoalesceMs, as row inserts, removals (a job that left the status filter) and dataChanged —
// never a reset, so the selection stays. Only a new filter reloads.
class ApiJobListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ReceivedColumn = 0,
        StatusColumn,
        QuestionColumn,
        ScoreColumn,
        LatencyColumn,
        MetricsColumn,
        ColumnCount
    };
    enum Role
    {
        JobIdRole = Qt::UserRole + 1,
        StateRole, // JobState as int
        RunIdRole,
        SampleIndexRole,
    };
    static constexpr int kPageSize = 200;
    // Live inserts past this trim the oldest rows (fetchMore brings them back).
    static constexpr int kMaxRows = 3000;
    static constexpr int kCoalesceMs = 200;

    explicit ApiJobListModel(ApiJobService& service, QObject* parent = nullptr);
    ~ApiJobListModel() override; // waits for pages being read (they read through the service)

    // Reloads with the filter: one status (nullopt: all) and a text the question contains.
    void setFilter(std::optional<JobState> state, const QString& search);
    std::optional<JobState> stateFilter() const { return m_state; }
    QString search() const { return m_search; }
    void reload();
    bool isLoading() const { return m_loadingFirst; }
    // Jobs matching the filter in the store (rowCount() may hold fewer: the list loads in pages).
    // Counted in the background after changes; never less than the rows shown.
    int total() const { return std::max(m_total, int(m_rows.size())); }
    const ApiJobStatus* jobAt(int row) const;
    int rowOfJob(const QString& jobId) const;
    // Applies the buffered live changes now (the timer does it on its own).
    void applyUpdates();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    static QString stateText(JobState state);

Q_SIGNALS:
    // The first page of the current filter is in (the rows were reset).
    void reloaded();
    // A further page was appended.
    void pageAppended();
    // A batch of live changes was applied.
    void updated();
    void totalChanged(int total);

private:
    bool matches(const ApiJobStatus& job) const;
    void noteJob(const ApiJobStatus& job);
    void load(int offset, int limit);
    void applyPage(quint64 generation, int offset, const ApiJobPage& page);
    void countTotal();
    void setTotal(int total);
    void notifyTotal(); // totalChanged if total() moved
    // Rebuilds m_keyOfJob (after removals and inserts below the top).
    void reindex();
    int rowOf(const QString& jobId) const;
    // Inserts a job that is not among the rows where its time puts it; false past the pages.
    bool insertJob(const ApiJobStatus& job);
    void removeRowList(QList<int> rows);
    ApiJobQuery query(int offset, int limit) const;

    ApiJobService& m_service;
    std::optional<JobState> m_state;
    QString m_search;
    QList<ApiJobStatus> m_rows; // newest first
    // Job id → key; its row is key − m_topKey, so a block inserted at the top (the common live
    // change) only lowers m_topKey instead of renumbering every row.
    QHash<QString, qint64> m_keyOfJob;
    qint64 m_topKey = 0;
    QHash<QString, ApiJobStatus> m_pending; // job id → latest state, not applied yet
    QList<QString> m_pendingOrder; // first-seen order of m_pending's keys
    QTimer m_timer;
    QList<QFuture<void>> m_loads;
    quint64 m_generation = 0; // bumped by reload: pages of an older filter are dropped
    quint64 m_countGeneration = 0;
    bool m_loadingFirst = false;
    bool m_fetching = false;
    bool m_atEnd = true;
    bool m_counting = false;
    bool m_countAgain = false;
    int m_total = 0; // the store's count
    int m_shownTotal = 0; // total() as last announced
};

} // namespace evalbench

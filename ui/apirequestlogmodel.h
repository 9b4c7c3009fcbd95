// SPDX-License-Identifier: MIT
#pragma once

#include "server/apirequestlog.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

namespace evalbench {

// What the listener has answered since the window opened.
struct ApiRequestCounters
{
    qint64 requests = 0;
    qint64 success = 0; // 2xx
    qint64 clientErrors = 0; // 4xx
    qint64 serverErrors = 0; // 5xx
    qint64 acceptedJobs = 0; // 202 to POST /api/score/async (a repeated request id included)
};

// The API server page's live request log: the last `capacity` requests, newest first. Under
// load the listener answers thousands of requests a second, so add() only buffers; a timer
// moves the buffer into the model in one insert (and one trim) per interval, never a reset.
class ApiRequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn = 0,
        MethodColumn,
        RouteColumn,
        StatusColumn,
        LatencyColumn,
        ColumnCount
    };
    static constexpr int kDefaultCapacity = 1000;
    static constexpr int kFlushIntervalMs = 200;

    explicit ApiRequestLogModel(QObject* parent = nullptr);

    void setCapacity(int rows);
    int capacity() const { return m_capacity; }
    // Buffers one answered request; it shows with the next flush.
    void add(const ApiRequestLog& entry);
    // Moves the buffered requests into the model now (the timer does this on its own).
    void flush();
    void clear();
    ApiRequestCounters counters() const { return m_counters; }
    const ApiRequestLog& entryAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After each flush that brought new requests.
    void flushed(const evalbench::ApiRequestCounters& counters);

private:
    QList<ApiRequestLog> m_rows; // newest first
    QList<ApiRequestLog> m_pending; // oldest first
    ApiRequestCounters m_counters;
    int m_capacity = kDefaultCapacity;
    QTimer m_timer;
};

} // namespace evalbench

Q_DECLARE_METATYPE(evalbench::ApiRequestCounters)

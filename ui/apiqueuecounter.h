// SPDX-License-Identifier: MIT
#pragma once

#include <QFuture>
#include <QObject>
#include <QTimer>

namespace evalbench {

class ApiJobService;

// How many API jobs wait to be scored, for the status bar and the API server page. Counted in
// the store, in the background, at most once per interval while jobs are accepted or change
// (no polling when nothing happens).
class ApiQueueCounter : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 250;

    explicit ApiQueueCounter(ApiJobService& service, QObject* parent = nullptr);
    ~ApiQueueCounter() override; // waits for a count in progress (it reads through the service)

    int queued() const { return m_queued; }
    // Counts again soon (the service's signals call this).
    void refresh();

Q_SIGNALS:
    void queuedChanged(int queued);

private:
    void count();

    ApiJobService& m_service;
    QTimer m_timer;
    QFuture<int> m_counting;
    bool m_again = false; // something changed while counting
    int m_queued = 0;
};

} // namespace evalbench

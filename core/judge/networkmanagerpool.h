// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <vector>

#include <QList>

class QNetworkAccessManager;

namespace evalbench {

// Several QNetworkAccessManagers, each given at most 6 calls at a time.
// Why: a QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host and
// queues the rest, and Qt 6.4 has no QHttp1Configuration (6.5+) to raise that. A
// profile allowing 32 calls in flight against a local HTTP/1.1 server would
// silently run 6. With ceil(maxConcurrency / 6) managers, each below its limit,
// the profile's own cap is the one that counts. Managers live as long as the pool
// (QCoro 0.8: never a short-lived QNAM under a pending reply).
class NetworkManagerPool
{
public:
    static constexpr int callsPerManager = 6;

    explicit NetworkManagerPool(int maxConcurrency);
    ~NetworkManagerPool();

    // The least busy manager, counted as busy by one more call until release().
    QNetworkAccessManager* acquire();
    void release(QNetworkAccessManager* manager);

    int size() const { return static_cast<int>(m_managers.size()); }

private:
    std::vector<std::unique_ptr<QNetworkAccessManager>> m_managers;
    QList<int> m_busy;
};

} // namespace evalbench

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
// the profile's own cap is the one that counts.
// Managers are shared with the calls using them and freed with deleteLater(): a
// call still waiting on a reply when the client dies keeps its manager (and so its
// reply) alive until it has resumed, and nothing is deleted inside a reply's
// signal (QCoro 0.8 resumes coroutines from there).
class NetworkManagerPool
{
public:
    static constexpr int callsPerManager = 6;

    explicit NetworkManagerPool(int maxConcurrency);
    ~NetworkManagerPool();

    // The least busy manager, counted as busy by one more call until release().
    std::shared_ptr<QNetworkAccessManager> acquire();
    void release(const std::shared_ptr<QNetworkAccessManager>& manager);

    int size() const { return static_cast<int>(m_managers.size()); }

private:
    std::vector<std::shared_ptr<QNetworkAccessManager>> m_managers;
    QList<int> m_busy;
};

} // namespace evalbench

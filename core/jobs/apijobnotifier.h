// SPDX-License-Identifier: MIT
#pragma once

#include "jobs/apijobstatus.h"

#include <QList>
#include <QMutex>

namespace evalbench {

class ApiJobService;

// Delivers the service's jobAccepted / jobChanged signals on the service's thread, from any
// thread, coalesced: one queued call carries everything that happened since the last one, and
// a job that changed several times in between is reported once, in its latest state.
class ApiJobNotifier
{
public:
    explicit ApiJobNotifier(ApiJobService& service);

    void accepted(const ApiJobStatus& job);
    void changed(const QList<ApiJobStatus>& jobs);

private:
    void post(); // with m_mutex held
    void deliver(); // on the service's thread

    ApiJobService& m_service;
    QMutex m_mutex;
    QList<ApiJobStatus> m_accepted;
    QList<ApiJobStatus> m_changed;
    bool m_posted = false;
};

} // namespace evalbench

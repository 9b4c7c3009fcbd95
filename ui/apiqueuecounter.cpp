// SPDX-License-Identifier: MIT
#include "ui/apiqueuecounter.h"

#include "jobs/apijobservice.h"
#include "ui/backgroundtask.h"

namespace evalbench {

ApiQueueCounter::ApiQueueCounter(ApiJobService& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ApiQueueCounter::count);
    connect(&service, &ApiJobService::jobAccepted, this, &ApiQueueCounter::refresh);
    connect(&service, &ApiJobService::jobChanged, this, &ApiQueueCounter::refresh);
    count();
}

ApiQueueCounter::~ApiQueueCounter()
{
    m_counting.waitForFinished();
}

void ApiQueueCounter::refresh()
{
    if (m_counting.isRunning())
        m_again = true;
    else if (!m_timer.isActive())
        m_timer.start();
}

void ApiQueueCounter::count()
{
    ApiJobService* service = &m_service;
    m_counting = runInBackground(
        this, [service] { return service->queuedCount(); },
        [this](int queued) {
            if (std::exchange(m_again, false))
                m_timer.start();
            if (queued == m_queued)
                return;
            m_queued = queued;
            Q_EMIT queuedChanged(queued);
        });
}

} // namespace evalbench

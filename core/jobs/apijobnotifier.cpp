// SPDX-License-Identifier: MIT
#include "jobs/apijobnotifier.h"

#include "jobs/apijobservice.h"

#include <QHash>

namespace evalbench {

ApiJobNotifier::ApiJobNotifier(ApiJobService& service)
    : m_service(service)
{ }

void ApiJobNotifier::accepted(const ApiJobStatus& job)
{
    const QMutexLocker lock(&m_mutex);
    m_accepted.append(job);
    post();
}

void ApiJobNotifier::changed(const QList<ApiJobStatus>& jobs)
{
    if (jobs.isEmpty())
        return;
    const QMutexLocker lock(&m_mutex);
    m_changed += jobs;
    post();
}

void ApiJobNotifier::post()
{
    if (m_posted)
        return;
    m_posted = true;
    // The service is the context: a call still queued when it is destroyed is dropped.
    QMetaObject::invokeMethod(
        &m_service, [this] { deliver(); }, Qt::QueuedConnection);
}

void ApiJobNotifier::deliver()
{
    QList<ApiJobStatus> accepted;
    QList<ApiJobStatus> changed;
    {
        const QMutexLocker lock(&m_mutex);
        accepted.swap(m_accepted);
        changed.swap(m_changed);
        m_posted = false;
    }
    for (const ApiJobStatus& job : std::as_const(accepted))
        Q_EMIT m_service.jobAccepted(job);
    QHash<QString, qsizetype> latest;
    for (qsizetype i = 0; i < changed.size(); ++i)
        latest.insert(changed.at(i).jobId, i);
    for (qsizetype i = 0; i < changed.size(); ++i) {
        if (latest.value(changed.at(i).jobId) == i)
            Q_EMIT m_service.jobChanged(changed.at(i));
    }
}

} // namespace evalbench

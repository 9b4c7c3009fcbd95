// SPDX-License-Identifier: MIT
#include "judge/asyncsemaphore.h"

#include <algorithm>

namespace evalbench {

AsyncSemaphore::AsyncSemaphore(int permits)
    : m_available(std::max(1, permits))
{ }

AsyncWait AsyncSemaphore::acquire()
{
    AsyncWait wait;
    if (m_available > 0 && m_waiters.empty()) {
        --m_available;
        wait.wake(true); // not suspended yet: await_ready() sees it, nothing is scheduled
    } else {
        m_waiters.push_back(wait);
    }
    return wait;
}

void AsyncSemaphore::release()
{
    while (!m_waiters.empty()) {
        const AsyncWait next = m_waiters.front();
        m_waiters.pop_front();
        if (next.wake(true))
            return;
    }
    ++m_available;
}

void AsyncSemaphore::cancelWaiting()
{
    std::deque<AsyncWait> waiters;
    waiters.swap(m_waiters);
    for (const AsyncWait& wait : waiters)
        wait.wake(false);
}

} // namespace evalbench

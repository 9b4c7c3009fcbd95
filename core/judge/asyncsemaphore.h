// SPDX-License-Identifier: MIT
#pragma once

#include "judge/asyncwait.h"

#include <deque>

namespace evalbench {

// A counting semaphore for coroutines on one thread: `co_await acquire()` gives
// true with a permit, or false when cancelWaiting() ran first. Waiters are served
// first in, first out; release() hands the permit straight to the oldest waiter so
// a newcomer cannot overtake it.
class AsyncSemaphore
{
public:
    explicit AsyncSemaphore(int permits);

    AsyncWait acquire();
    void release();
    // Wakes every waiter with false; permits already held stay held.
    void cancelWaiting();

    int available() const { return m_available; }
    int waiting() const { return static_cast<int>(m_waiters.size()); }

private:
    int m_available;
    std::deque<AsyncWait> m_waiters;
};

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include <coroutine>
#include <memory>

namespace evalbench {

// One suspension point that something else wakes: the building block of the
// client's semaphore and its cancellable sleeps. A plain awaitable, so QCoro 0.8
// tasks can co_await it. Copies share one state. The coroutine is resumed from
// the event loop, never inside wake(): the waker's stack (a signal emission, a
// loop over waiters) is never re-entered by the woken coroutine.
class AsyncWait
{
public:
    AsyncWait();

    bool await_ready() const noexcept { return m_state->woken; }
    void await_suspend(std::coroutine_handle<> handle) noexcept { m_state->handle = handle; }
    // True when granted (a permit, a sleep that ran out), false when cancelled.
    bool await_resume() const noexcept { return m_state->granted; }

    // Only the first wake counts; returns false when it had been woken already.
    bool wake(bool granted) const;
    bool isWoken() const { return m_state->woken; }

private:
    struct State
    {
        std::coroutine_handle<> handle;
        bool woken = false;
        bool granted = false;
    };
    std::shared_ptr<State> m_state;
};

} // namespace evalbench

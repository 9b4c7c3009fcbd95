// SPDX-License-Identifier: MIT
#include "judge/asyncwait.h"

#include <QTimer>

namespace evalbench {

AsyncWait::AsyncWait()
    : m_state(std::make_shared<State>())
{ }

bool AsyncWait::wake(bool granted) const
{
    if (m_state->woken)
        return false;
    m_state->woken = true;
    m_state->granted = granted;
    if (const std::coroutine_handle<> handle = m_state->handle)
        QTimer::singleShot(0, [handle] { handle.resume(); });
    return true;
}

} // namespace evalbench

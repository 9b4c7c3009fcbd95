// SPDX-License-Identifier: MIT
#include "judge/requestratelimiter.h"

#include <algorithm>
#include <cmath>

namespace evalbench {

RequestRateLimiter::RequestRateLimiter(int requestsPerMinute)
    : m_spacingMs(requestsPerMinute > 0 ? 60'000.0 / requestsPerMinute : 0.0)
{ }

qint64 RequestRateLimiter::reserve(qint64 nowMs)
{
    if (m_spacingMs <= 0.0)
        return nowMs;
    const double slot = m_started ? std::max(static_cast<double>(nowMs), m_next) : static_cast<double>(nowMs);
    m_started = true;
    m_next = slot + m_spacingMs;
    return static_cast<qint64>(std::ceil(slot));
}

} // namespace evalbench

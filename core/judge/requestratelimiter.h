// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace evalbench {

// Spaces request starts evenly, 60 000 / rpm ms apart, so no 60 s window holds
// more than `rpm` starts. Even spacing rather than a burst bucket because
// providers also enforce their per-minute limits over shorter periods (a burst of
// 60 at once can be refused under "60 RPM"). Pure arithmetic on a caller's clock,
// so it is tested without waiting.
class RequestRateLimiter
{
public:
    explicit RequestRateLimiter(int requestsPerMinute = 0);

    // Reserves the next start and returns when it is (>= nowMs). 0 rpm: always nowMs.
    qint64 reserve(qint64 nowMs);
    double spacingMs() const { return m_spacingMs; }

private:
    double m_spacingMs = 0.0;
    double m_next = 0.0;
    bool m_started = false;
};

} // namespace evalbench

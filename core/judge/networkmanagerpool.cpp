// SPDX-License-Identifier: MIT
#include "judge/networkmanagerpool.h"

#include <algorithm>

#include <QNetworkAccessManager>

namespace evalbench {

NetworkManagerPool::NetworkManagerPool(int maxConcurrency)
{
    const int count = std::max(1, (maxConcurrency + callsPerManager - 1) / callsPerManager);
    for (int i = 0; i < count; ++i)
        m_managers.push_back(std::make_unique<QNetworkAccessManager>());
    m_busy.fill(0, count);
}

NetworkManagerPool::~NetworkManagerPool() = default;

QNetworkAccessManager* NetworkManagerPool::acquire()
{
    const auto least = std::min_element(m_busy.begin(), m_busy.end());
    ++*least;
    return m_managers[static_cast<size_t>(least - m_busy.begin())].get();
}

void NetworkManagerPool::release(QNetworkAccessManager* manager)
{
    for (size_t i = 0; i < m_managers.size(); ++i) {
        if (m_managers[i].get() == manager) {
            --m_busy[static_cast<qsizetype>(i)];
            return;
        }
    }
}

} // namespace evalbench

// SPDX-License-Identifier: MIT
#pragma once

#include "metrics/metric.h"

#include <memory>
#include <vector>

#include <QList>
#include <QString>

namespace evalbench {

// Every built-in metric, by id. Built once, read-only afterwards, so safe to
// share between threads.
class MetricRegistry
{
public:
    static const MetricRegistry& builtin();

    const Metric* find(const QString& id) const;
    QList<MetricInfo> infos() const;
    QStringList ids() const;
    // Offline metrics an analyst gets when they name none.
    QStringList defaultOfflineMetrics() const;

    void add(std::unique_ptr<Metric> metric);

private:
    std::vector<std::unique_ptr<Metric>> m_metrics;
};

} // namespace evalbench
